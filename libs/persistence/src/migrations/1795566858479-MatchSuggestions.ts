import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchSuggestions1795566858479 implements MigrationInterface {
  name = 'MatchSuggestions1795566858479';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "match_suggestions" ("subject_park_id" uuid, "subject_company_id" uuid, "candidate_id" uuid NOT NULL, "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "rank" integer NOT NULL, "score" double precision NOT NULL, "fit_for_you" double precision, "fit_for_them" double precision, "reasons" jsonb NOT NULL, "computed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "match_suggestions_one_subject" CHECK ((subject_park_id IS NULL) <> (subject_company_id IS NULL)), CONSTRAINT "PK_f8e85208498f9896bab64b811da" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "match_suggestions_candidate_idx" ON "match_suggestions"  ("candidate_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "match_suggestions_company_uq" ON "match_suggestions"  ("subject_company_id", "candidate_id") WHERE subject_company_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "match_suggestions_park_uq" ON "match_suggestions"  ("subject_park_id", "candidate_id") WHERE subject_park_id IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "match_suggestion_sets" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "subject_park_id" uuid, "subject_company_id" uuid, "subject_version" integer NOT NULL, "computed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "stale_at" TIMESTAMP(3) WITH TIME ZONE, "suggestions" integer NOT NULL, CONSTRAINT "match_suggestion_sets_one_subject" CHECK ((subject_park_id IS NULL) <> (subject_company_id IS NULL)), CONSTRAINT "PK_dfe8369fb097f2b4896e9bb11de" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "match_suggestion_sets_company_uq" ON "match_suggestion_sets"  ("subject_company_id") WHERE subject_company_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "match_suggestion_sets_park_uq" ON "match_suggestion_sets"  ("subject_park_id") WHERE subject_park_id IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "match_refresh_cursor" ("source" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_id" uuid NOT NULL, "advanced_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b582c9591deac28eb8626b2715a" PRIMARY KEY ("source"))`);
    await queryRunner.query(`ALTER TABLE "match_suggestions" ADD CONSTRAINT "FK_5e435428bb0872c17958d4524d1" FOREIGN KEY ("subject_park_id") REFERENCES "parks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_suggestions" ADD CONSTRAINT "FK_bb326ac5ac3b43cde35ed9f6375" FOREIGN KEY ("subject_company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_suggestions" ADD CONSTRAINT "FK_e4e2b9e9493f61a17b5def6a95a" FOREIGN KEY ("candidate_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_suggestion_sets" ADD CONSTRAINT "FK_cb1c14d78383b48ac4e815d5be1" FOREIGN KEY ("subject_park_id") REFERENCES "parks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_suggestion_sets" ADD CONSTRAINT "FK_4358abc96615714906c1343af19" FOREIGN KEY ("subject_company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_suggestion_sets" DROP CONSTRAINT "FK_4358abc96615714906c1343af19"`);
    await queryRunner.query(`ALTER TABLE "match_suggestion_sets" DROP CONSTRAINT "FK_cb1c14d78383b48ac4e815d5be1"`);
    await queryRunner.query(`ALTER TABLE "match_suggestions" DROP CONSTRAINT "FK_e4e2b9e9493f61a17b5def6a95a"`);
    await queryRunner.query(`ALTER TABLE "match_suggestions" DROP CONSTRAINT "FK_bb326ac5ac3b43cde35ed9f6375"`);
    await queryRunner.query(`ALTER TABLE "match_suggestions" DROP CONSTRAINT "FK_5e435428bb0872c17958d4524d1"`);
    await queryRunner.query(`DROP TABLE "match_refresh_cursor"`);
    await queryRunner.query(`DROP INDEX "public"."match_suggestion_sets_park_uq"`);
    await queryRunner.query(`DROP INDEX "public"."match_suggestion_sets_company_uq"`);
    await queryRunner.query(`DROP TABLE "match_suggestion_sets"`);
    await queryRunner.query(`DROP INDEX "public"."match_suggestions_park_uq"`);
    await queryRunner.query(`DROP INDEX "public"."match_suggestions_company_uq"`);
    await queryRunner.query(`DROP INDEX "public"."match_suggestions_candidate_idx"`);
    await queryRunner.query(`DROP TABLE "match_suggestions"`);
  }
}
