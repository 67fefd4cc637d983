import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityAndReview1795562968616 implements MigrationInterface {
  name = 'IdentityAndReview1795562968616';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "email_key" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "role" text NOT NULL, "disabled" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_sign_in_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key_uq" ON "users"  ("email_key") `);
    await queryRunner.query(`CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" text NOT NULL, "prefix" text NOT NULL, "key_hash" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "api_keys_hash_uq" ON "api_keys"  ("key_hash") `);
    await queryRunner.query(`CREATE INDEX "api_keys_user_idx" ON "api_keys"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "profile_grants" ("user_id" uuid NOT NULL, "subject_kind" text NOT NULL, "subject_id" uuid NOT NULL, "granted_by" uuid, "granted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ed893903f71c0f65b86bda87978" PRIMARY KEY ("user_id", "subject_kind", "subject_id"))`);
    await queryRunner.query(`CREATE INDEX "profile_grants_subject_idx" ON "profile_grants"  ("subject_kind", "subject_id") `);
    await queryRunner.query(`CREATE TABLE "audit_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_role" text, "subject_kind" text NOT NULL, "subject_id" uuid NOT NULL, "action" text NOT NULL, "from_status" text, "to_status" text, "changes" jsonb NOT NULL DEFAULT '[]', "reason" text, CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_events_subject_idx" ON "audit_events"  ("subject_kind", "subject_id", "id") `);
    await queryRunner.query(`ALTER TABLE "companies" ADD "revision" jsonb`);
    await queryRunner.query(`ALTER TABLE "companies" ADD "rejection_reason" text`);
    await queryRunner.query(`ALTER TABLE "companies" ADD "submitted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "companies" ADD "published_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "companies" ADD "expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "parks" ADD "revision" jsonb`);
    await queryRunner.query(`ALTER TABLE "parks" ADD "rejection_reason" text`);
    await queryRunner.query(`ALTER TABLE "parks" ADD "submitted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "parks" ADD "published_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "parks" ADD "expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`DROP INDEX "public"."parks_status_created_idx"`);
    await queryRunner.query(`ALTER TABLE "parks" ALTER COLUMN "status" SET DEFAULT 'draft'`);
    await queryRunner.query(`CREATE INDEX "parks_status_created_idx" ON "parks"  ("status", "created_at", "id") `);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD CONSTRAINT "FK_a3baee01d8408cd3c0f89a9a973" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "profile_grants" ADD CONSTRAINT "FK_68b75d2572f830b5598e02bd750" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Hand-written: text search over parks in every language (substrings, so 汽车 finds 新能源汽车).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "parks_search_trgm" ON "parks" USING gin ((lower(coalesce(name_zh, '') || ' ' || coalesce(name_de, '') || ' ' || coalesce(name_en, '') || ' ' || coalesce(description_zh, '') || ' ' || coalesce(description_de, '') || ' ' || coalesce(description_en, '') || ' ' || city)) gin_trgm_ops)`,
    );
    // Hand-written data carry-over: profiles published before the review workflow start their first term now;
    // parks that waited as SUBMITTED keep waiting for review.
    await queryRunner.query(`UPDATE "companies" SET "published_at" = "updated_at", "expires_at" = now() + interval '365 days' WHERE "status" = 'published'`);
    await queryRunner.query(`UPDATE "parks" SET "published_at" = "updated_at", "expires_at" = now() + interval '365 days' WHERE "status" = 'published'`);
    await queryRunner.query(`UPDATE "parks" SET "submitted_at" = "created_at" WHERE "status" = 'submitted'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "profile_grants" DROP CONSTRAINT "FK_68b75d2572f830b5598e02bd750"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "FK_a3baee01d8408cd3c0f89a9a973"`);
    await queryRunner.query(`DROP INDEX "public"."parks_status_created_idx"`);
    await queryRunner.query(`ALTER TABLE "parks" ALTER COLUMN "status" SET DEFAULT 'submitted'`);
    await queryRunner.query(`CREATE INDEX "parks_status_created_idx" ON "parks" USING btree ("created_at", "id", "status") `);
    await queryRunner.query(`DROP INDEX "public"."parks_search_trgm"`);
    await queryRunner.query(`ALTER TABLE "parks" DROP COLUMN "expires_at"`);
    await queryRunner.query(`ALTER TABLE "parks" DROP COLUMN "published_at"`);
    await queryRunner.query(`ALTER TABLE "parks" DROP COLUMN "submitted_at"`);
    await queryRunner.query(`ALTER TABLE "parks" DROP COLUMN "rejection_reason"`);
    await queryRunner.query(`ALTER TABLE "parks" DROP COLUMN "revision"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "expires_at"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "published_at"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "submitted_at"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "rejection_reason"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "revision"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_subject_idx"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
    await queryRunner.query(`DROP INDEX "public"."profile_grants_subject_idx"`);
    await queryRunner.query(`DROP TABLE "profile_grants"`);
    await queryRunner.query(`DROP INDEX "public"."api_keys_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."api_keys_hash_uq"`);
    await queryRunner.query(`DROP TABLE "api_keys"`);
    await queryRunner.query(`DROP INDEX "public"."users_email_key_uq"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
