import { MigrationInterface, QueryRunner } from 'typeorm';

export class IssueFourProfiles1795557931564 implements MigrationInterface {
  name = 'IssueFourProfiles1795557931564';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "opportunities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid, "park_id" uuid, "type" text NOT NULL, "title_zh" text, "title_de" text, "title_en" text, "description_zh" text, "description_de" text, "description_en" text, "partnership_types" text array NOT NULL, "technology_keywords" text array NOT NULL DEFAULT '{}', "market_keywords" text array NOT NULL DEFAULT '{}', "target_countries" text array NOT NULL DEFAULT '{}', "partner_sizes" text array NOT NULL DEFAULT '{}', "stage" text, "ip_status" text, "status" text NOT NULL DEFAULT 'active', "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "content_hash" text NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "opportunities_one_owner" CHECK ((company_id IS NULL) <> (park_id IS NULL)), CONSTRAINT "PK_4bd9cd12ddc0ff48a5a97ddebce" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "opportunities_active_expiry_idx" ON "opportunities"  ("expires_at") WHERE status = 'active'`);
    await queryRunner.query(`CREATE INDEX "opportunities_park_idx" ON "opportunities"  ("park_id") `);
    await queryRunner.query(`CREATE INDEX "opportunities_company_idx" ON "opportunities"  ("company_id") `);
    await queryRunner.query(`ALTER TABLE "companies" ADD "registry_id" text`);
    await queryRunner.query(`ALTER TABLE "companies" ADD "activity_codes" jsonb NOT NULL DEFAULT '[]'`);
    // Data carried over: ISIC codes become ISIC4 activity codes; the old column keeps the derived codes.
    await queryRunner.query(`UPDATE "companies" SET "activity_codes" = (
      SELECT coalesce(jsonb_agg(jsonb_build_object('scheme', 'ISIC4', 'code', c, 'primary', i = 1, 'confidence', 1, 'source', 'self_declared') ORDER BY i), '[]')
        FROM unnest("sector_codes") WITH ORDINALITY AS t(c, i))`);
    await queryRunner.query(`ALTER TABLE "companies" RENAME COLUMN "sector_codes" TO "isic_codes"`);
    // Badges {type, source, awardedOn} gain evidence fields; EU SME is computed from now on.
    await queryRunner.query(`UPDATE "companies" SET "badges" = (
      SELECT coalesce(jsonb_agg(jsonb_build_object(
               'type', b->>'type', 'variant', null,
               'evidence', CASE WHEN b->>'source' ILIKE 'self%' THEN 'self_declared' ELSE 'document' END,
               'reference', CASE WHEN b->>'source' ILIKE 'self%' THEN null ELSE b->>'source' END,
               'awardedOn', b->>'awardedOn', 'expiresOn', null)), '[]')
        FROM jsonb_array_elements("badges") AS b WHERE b->>'type' <> 'eu_sme')`);
    await queryRunner.query(`ALTER TABLE "companies" ADD "annual_turnover_eur" double precision`);
    await queryRunner.query(`ALTER TABLE "companies" ADD "balance_sheet_total_eur" double precision`);
    await queryRunner.query(`ALTER TABLE "companies" ADD "eu_sme_category" text`);
    await queryRunner.query(`ALTER TABLE "companies" ADD "eu_sme_assessed_on" date`);
    await queryRunner.query(`ALTER TABLE "companies" ADD "registry_key" text`);
    await queryRunner.query(`ALTER TABLE "companies" ADD "name_keys" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "companies" ADD "city_key" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "companies" ADD "content_hash" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`CREATE INDEX "companies_city_key_idx" ON "companies"  ("country", "city_key") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "companies_registry_key_uq" ON "companies"  ("country", "registry_key") WHERE registry_key IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "opportunities" ADD CONSTRAINT "FK_4eaa4303f913092c822f59d4961" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "opportunities" ADD CONSTRAINT "FK_4f0fab7fbb4351a562901cfa3fc" FOREIGN KEY ("park_id") REFERENCES "parks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Last run of the expiry sweeper (libs/search ExpirySweeper), so an outage is caught up.
    await queryRunner.query(`CREATE TABLE "index_sweeps" ("name" text PRIMARY KEY, "swept_at" TIMESTAMP WITH TIME ZONE NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "index_sweeps"`);
    await queryRunner.query(`ALTER TABLE "opportunities" DROP CONSTRAINT "FK_4f0fab7fbb4351a562901cfa3fc"`);
    await queryRunner.query(`ALTER TABLE "opportunities" DROP CONSTRAINT "FK_4eaa4303f913092c822f59d4961"`);
    await queryRunner.query(`DROP INDEX "public"."companies_registry_key_uq"`);
    await queryRunner.query(`DROP INDEX "public"."companies_city_key_idx"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "content_hash"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "city_key"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "name_keys"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "registry_key"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "eu_sme_assessed_on"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "eu_sme_category"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "balance_sheet_total_eur"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "annual_turnover_eur"`);
    await queryRunner.query(`ALTER TABLE "companies" RENAME COLUMN "isic_codes" TO "sector_codes"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "activity_codes"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "registry_id"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_company_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_park_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_active_expiry_idx"`);
    await queryRunner.query(`DROP TABLE "opportunities"`);
  }
}
