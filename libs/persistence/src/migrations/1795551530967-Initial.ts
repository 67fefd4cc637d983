import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795551530967 implements MigrationInterface {
  name = 'Initial1795551530967';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "outbox_events" ("id" BIGSERIAL NOT NULL, "aggregate_type" text NOT NULL, "aggregate_id" uuid NOT NULL, "aggregate_version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "outbox_events_pending_idx" ON "outbox_events"  ("next_attempt_at", "id") WHERE processed_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "companies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name_zh" text, "name_de" text, "name_en" text, "description_zh" text, "description_de" text, "description_en" text, "country" character(2) NOT NULL, "region" text, "city" text NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "sector_codes" text array NOT NULL, "isic_divisions" text array NOT NULL, "employees" integer, "revenue_band" text, "founded_year" smallint, "website" text, "badges" jsonb NOT NULL DEFAULT '[]', "offers" text array NOT NULL DEFAULT '{}', "needs" text array NOT NULL DEFAULT '{}', "initiative_member" boolean NOT NULL DEFAULT false, "status" text NOT NULL DEFAULT 'draft', "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d4bc3e82a314fa9e29f652c2c22" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "companies_isic_divisions_gin" ON "companies" USING gin ("isic_divisions") `);
    await queryRunner.query(`CREATE INDEX "companies_country_idx" ON "companies"  ("country") `);
    await queryRunner.query(`CREATE INDEX "companies_status_created_idx" ON "companies"  ("status", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "parks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name_zh" text, "name_de" text, "name_en" text, "description_zh" text, "description_de" text, "description_en" text, "country" character(2) NOT NULL, "region" text, "city" text NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "focus_sectors" text array NOT NULL, "offerings" text array NOT NULL DEFAULT '{}', "initiative_member" boolean NOT NULL DEFAULT false, "website" text, "status" text NOT NULL DEFAULT 'submitted', "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_035f21558c39565edbf33f03210" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "parks_status_created_idx" ON "parks"  ("status", "created_at", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."parks_status_created_idx"`);
    await queryRunner.query(`DROP TABLE "parks"`);
    await queryRunner.query(`DROP INDEX "public"."companies_status_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."companies_country_idx"`);
    await queryRunner.query(`DROP INDEX "public"."companies_isic_divisions_gin"`);
    await queryRunner.query(`DROP TABLE "companies"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_events_pending_idx"`);
    await queryRunner.query(`DROP TABLE "outbox_events"`);
  }
}
