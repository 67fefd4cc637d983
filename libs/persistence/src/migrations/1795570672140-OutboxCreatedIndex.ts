import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxCreatedIndex1795570672140 implements MigrationInterface {
  name = 'OutboxCreatedIndex1795570672140';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "outbox_events_created_idx" ON "outbox_events"  ("created_at", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."outbox_events_created_idx"`);
  }
}
