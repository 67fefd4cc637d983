import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initiative1795563289002 implements MigrationInterface {
  name = 'Initiative1795563289002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "initiative_memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "park_id" uuid, "company_id" uuid, "status" text NOT NULL DEFAULT 'applied', "motivation" text NOT NULL, "decline_reason" text, "applied_by" uuid, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "initiative_memberships_one_member" CHECK ((park_id IS NULL) <> (company_id IS NULL)), CONSTRAINT "PK_3a09e0c4d99c34e240c2bde5094" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "initiative_memberships_status_created_idx" ON "initiative_memberships"  ("status", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "initiative_memberships_company_idx" ON "initiative_memberships"  ("company_id") `);
    await queryRunner.query(`CREATE INDEX "initiative_memberships_park_idx" ON "initiative_memberships"  ("park_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "initiative_memberships_open_company_uq" ON "initiative_memberships"  ("company_id") WHERE status IN ('applied', 'accepted') AND company_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "initiative_memberships_open_park_uq" ON "initiative_memberships"  ("park_id") WHERE status IN ('applied', 'accepted') AND park_id IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "shared_resources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "park_id" uuid, "company_id" uuid, "type" text NOT NULL, "name_zh" text, "name_de" text, "name_en" text, "description_zh" text, "description_de" text, "description_en" text, "country" character(2) NOT NULL, "region" text, "city" text NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "capacity" text, "conditions" text, "status" text NOT NULL DEFAULT 'active', "withdrawn_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "shared_resources_one_owner" CHECK ((park_id IS NULL) <> (company_id IS NULL)), CONSTRAINT "PK_9bcd8bde19b35697ea53ff3fb67" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "shared_resources_status_created_idx" ON "shared_resources"  ("status", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "shared_resources_company_idx" ON "shared_resources"  ("company_id") `);
    await queryRunner.query(`CREATE INDEX "shared_resources_park_idx" ON "shared_resources"  ("park_id") `);
    await queryRunner.query(`CREATE TABLE "cooperation_agreements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title_zh" text, "title_de" text, "title_en" text, "sectors" text array NOT NULL, "type" text NOT NULL, "signed_on" date NOT NULL, "status" text NOT NULL DEFAULT 'signed', "suggestion_id" uuid, "notes" text, "recorded_by" uuid, "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d2a05996b80c68db13be781929e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "cooperation_agreements_sectors_gin" ON "cooperation_agreements" USING gin ("sectors") `);
    await queryRunner.query(`CREATE INDEX "cooperation_agreements_status_created_idx" ON "cooperation_agreements"  ("status", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "agreement_parties" ("agreement_id" uuid NOT NULL, "position" smallint NOT NULL, "park_id" uuid, "company_id" uuid, CONSTRAINT "agreement_parties_one_party" CHECK ((park_id IS NULL) <> (company_id IS NULL)), CONSTRAINT "PK_f29c69701ad51f6f0654d1c8e90" PRIMARY KEY ("agreement_id", "position"))`);
    await queryRunner.query(`CREATE INDEX "agreement_parties_company_idx" ON "agreement_parties"  ("company_id") `);
    await queryRunner.query(`CREATE INDEX "agreement_parties_park_idx" ON "agreement_parties"  ("park_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "agreement_parties_company_uq" ON "agreement_parties"  ("agreement_id", "company_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "agreement_parties_park_uq" ON "agreement_parties"  ("agreement_id", "park_id") `);
    await queryRunner.query(`CREATE TABLE "experts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "full_name" text NOT NULL, "affiliation" text NOT NULL, "bio_zh" text, "bio_de" text, "bio_en" text, "sectors" text array NOT NULL, "languages" text array NOT NULL, "regions" text array NOT NULL DEFAULT '{}', "appointed_on" date NOT NULL, "term_ends_on" date NOT NULL, "email" text NOT NULL, "appointed_by" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "experts_term_after_appointment" CHECK (term_ends_on > appointed_on), CONSTRAINT "PK_8ecb9ec7e8b977b177fde797e6a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "experts_sectors_gin" ON "experts" USING gin ("sectors") `);
    await queryRunner.query(`CREATE INDEX "experts_term_idx" ON "experts"  ("appointed_on", "term_ends_on") `);
    await queryRunner.query(`CREATE TABLE "expert_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "expert_id" uuid NOT NULL, "park_id" uuid, "agreement_id" uuid, "assigned_by" uuid, "assigned_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "expert_assignments_one_subject" CHECK ((park_id IS NULL) <> (agreement_id IS NULL)), CONSTRAINT "PK_336a91e3bd187bb16634ba5f877" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "expert_assignments_agreement_idx" ON "expert_assignments"  ("agreement_id") `);
    await queryRunner.query(`CREATE INDEX "expert_assignments_park_idx" ON "expert_assignments"  ("park_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "expert_assignments_agreement_uq" ON "expert_assignments"  ("expert_id", "agreement_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "expert_assignments_park_uq" ON "expert_assignments"  ("expert_id", "park_id") `);
    await queryRunner.query(`ALTER TABLE "initiative_memberships" ADD CONSTRAINT "FK_086b40634c4fa077b2fd61420ae" FOREIGN KEY ("park_id") REFERENCES "parks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "initiative_memberships" ADD CONSTRAINT "FK_60cd03eb078caa0c81c0000bae5" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "shared_resources" ADD CONSTRAINT "FK_53b4de8311629011754cc2451e1" FOREIGN KEY ("park_id") REFERENCES "parks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "shared_resources" ADD CONSTRAINT "FK_1860c3dccc4a7674f238d485773" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agreement_parties" ADD CONSTRAINT "FK_4d0cf7ca4e34453f04cbf522871" FOREIGN KEY ("agreement_id") REFERENCES "cooperation_agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agreement_parties" ADD CONSTRAINT "FK_6863acb069a645afab20d1e871a" FOREIGN KEY ("park_id") REFERENCES "parks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agreement_parties" ADD CONSTRAINT "FK_2f0f94ed5b436c131b91a06d8b0" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "expert_assignments" ADD CONSTRAINT "FK_77ff2e7ea1fe333da1f7cd7cec9" FOREIGN KEY ("expert_id") REFERENCES "experts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "expert_assignments" ADD CONSTRAINT "FK_c92c19ab49440beffa0d586ad9c" FOREIGN KEY ("park_id") REFERENCES "parks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "expert_assignments" ADD CONSTRAINT "FK_8234522e05039acbb9daf524e63" FOREIGN KEY ("agreement_id") REFERENCES "cooperation_agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Written by hand: trigram indexes over the lower-cased text that textMatch searches (sharedResourceSearchText() and
    // expertSearchText() in libs/initiative). Expression indexes with an operator class cannot be declared on an entity;
    // the entities mark them `synchronize: false`. Keep the expressions identical to the functions.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "shared_resources_search_trgm" ON "shared_resources" USING gin ((lower(coalesce(name_zh, '') || ' ' || coalesce(name_de, '') || ' ' || coalesce(name_en, '') || ' ' || coalesce(description_zh, '') || ' ' || coalesce(description_de, '') || ' ' || coalesce(description_en, '') || ' ' || city || ' ' || coalesce(capacity, '') || ' ' || coalesce(conditions, ''))) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "experts_search_trgm" ON "experts" USING gin ((lower(full_name || ' ' || affiliation || ' ' || coalesce(bio_zh, '') || ' ' || coalesce(bio_de, '') || ' ' || coalesce(bio_en, ''))) gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."experts_search_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."shared_resources_search_trgm"`);
    await queryRunner.query(`ALTER TABLE "expert_assignments" DROP CONSTRAINT "FK_8234522e05039acbb9daf524e63"`);
    await queryRunner.query(`ALTER TABLE "expert_assignments" DROP CONSTRAINT "FK_c92c19ab49440beffa0d586ad9c"`);
    await queryRunner.query(`ALTER TABLE "expert_assignments" DROP CONSTRAINT "FK_77ff2e7ea1fe333da1f7cd7cec9"`);
    await queryRunner.query(`ALTER TABLE "agreement_parties" DROP CONSTRAINT "FK_2f0f94ed5b436c131b91a06d8b0"`);
    await queryRunner.query(`ALTER TABLE "agreement_parties" DROP CONSTRAINT "FK_6863acb069a645afab20d1e871a"`);
    await queryRunner.query(`ALTER TABLE "agreement_parties" DROP CONSTRAINT "FK_4d0cf7ca4e34453f04cbf522871"`);
    await queryRunner.query(`ALTER TABLE "shared_resources" DROP CONSTRAINT "FK_1860c3dccc4a7674f238d485773"`);
    await queryRunner.query(`ALTER TABLE "shared_resources" DROP CONSTRAINT "FK_53b4de8311629011754cc2451e1"`);
    await queryRunner.query(`ALTER TABLE "initiative_memberships" DROP CONSTRAINT "FK_60cd03eb078caa0c81c0000bae5"`);
    await queryRunner.query(`ALTER TABLE "initiative_memberships" DROP CONSTRAINT "FK_086b40634c4fa077b2fd61420ae"`);
    await queryRunner.query(`DROP INDEX "public"."expert_assignments_park_uq"`);
    await queryRunner.query(`DROP INDEX "public"."expert_assignments_agreement_uq"`);
    await queryRunner.query(`DROP INDEX "public"."expert_assignments_park_idx"`);
    await queryRunner.query(`DROP INDEX "public"."expert_assignments_agreement_idx"`);
    await queryRunner.query(`DROP TABLE "expert_assignments"`);
    await queryRunner.query(`DROP INDEX "public"."experts_term_idx"`);
    await queryRunner.query(`DROP INDEX "public"."experts_sectors_gin"`);
    await queryRunner.query(`DROP TABLE "experts"`);
    await queryRunner.query(`DROP INDEX "public"."agreement_parties_park_uq"`);
    await queryRunner.query(`DROP INDEX "public"."agreement_parties_company_uq"`);
    await queryRunner.query(`DROP INDEX "public"."agreement_parties_park_idx"`);
    await queryRunner.query(`DROP INDEX "public"."agreement_parties_company_idx"`);
    await queryRunner.query(`DROP TABLE "agreement_parties"`);
    await queryRunner.query(`DROP INDEX "public"."cooperation_agreements_status_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cooperation_agreements_sectors_gin"`);
    await queryRunner.query(`DROP TABLE "cooperation_agreements"`);
    await queryRunner.query(`DROP INDEX "public"."shared_resources_park_idx"`);
    await queryRunner.query(`DROP INDEX "public"."shared_resources_company_idx"`);
    await queryRunner.query(`DROP INDEX "public"."shared_resources_status_created_idx"`);
    await queryRunner.query(`DROP TABLE "shared_resources"`);
    await queryRunner.query(`DROP INDEX "public"."initiative_memberships_open_park_uq"`);
    await queryRunner.query(`DROP INDEX "public"."initiative_memberships_open_company_uq"`);
    await queryRunner.query(`DROP INDEX "public"."initiative_memberships_park_idx"`);
    await queryRunner.query(`DROP INDEX "public"."initiative_memberships_company_idx"`);
    await queryRunner.query(`DROP INDEX "public"."initiative_memberships_status_created_idx"`);
    await queryRunner.query(`DROP TABLE "initiative_memberships"`);
  }
}
