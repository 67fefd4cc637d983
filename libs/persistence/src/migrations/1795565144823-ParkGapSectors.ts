import { MigrationInterface, QueryRunner } from 'typeorm';

export class ParkGapSectors1795565144823 implements MigrationInterface {
  name = 'ParkGapSectors1795565144823';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "parks" ADD "gap_sectors" text array NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "parks" DROP COLUMN "gap_sectors"`);
  }
}
