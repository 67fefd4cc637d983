import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchFeedback1795565735324 implements MigrationInterface {
  name = 'MatchFeedback1795565735324';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "match_suggestions_log" ("subject_park_id" uuid, "subject_company_id" uuid, "candidate_id" uuid NOT NULL, "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "first_suggested_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_suggested_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "times_shown" integer NOT NULL DEFAULT '1', CONSTRAINT "match_suggestions_log_one_subject" CHECK ((subject_park_id IS NULL) <> (subject_company_id IS NULL)), CONSTRAINT "PK_52a6014c0f8ab8b0481e816c79a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "match_suggestions_log_candidate_idx" ON "match_suggestions_log"  ("candidate_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "match_suggestions_log_company_uq" ON "match_suggestions_log"  ("subject_company_id", "candidate_id") WHERE subject_company_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "match_suggestions_log_park_uq" ON "match_suggestions_log"  ("subject_park_id", "candidate_id") WHERE subject_park_id IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "match_dismissals" ("subject_park_id" uuid, "subject_company_id" uuid, "candidate_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "reason" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "match_dismissals_one_subject" CHECK ((subject_park_id IS NULL) <> (subject_company_id IS NULL)), CONSTRAINT "PK_27db07b3e7302e879d2427b58cf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "match_dismissals_candidate_idx" ON "match_dismissals"  ("candidate_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "match_dismissals_company_uq" ON "match_dismissals"  ("user_id", "subject_company_id", "candidate_id") WHERE subject_company_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "match_dismissals_park_uq" ON "match_dismissals"  ("user_id", "subject_park_id", "candidate_id") WHERE subject_park_id IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "match_shortlist_entries" ("subject_park_id" uuid, "subject_company_id" uuid, "candidate_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "shortlisted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "shortlisted_by" uuid, "removed_at" TIMESTAMP(3) WITH TIME ZONE, "removed_by" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "match_shortlist_entries_one_subject" CHECK ((subject_park_id IS NULL) <> (subject_company_id IS NULL)), CONSTRAINT "PK_c3d424260f120b2fbe513a451b6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "match_shortlist_entries_candidate_idx" ON "match_shortlist_entries"  ("candidate_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "match_shortlist_entries_company_uq" ON "match_shortlist_entries"  ("subject_company_id", "candidate_id") WHERE subject_company_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "match_shortlist_entries_park_uq" ON "match_shortlist_entries"  ("subject_park_id", "candidate_id") WHERE subject_park_id IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "match_interests" ("subject_park_id" uuid, "subject_company_id" uuid, "candidate_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" text NOT NULL DEFAULT 'sent', "message" text NOT NULL, "sent_by" uuid, "responded_by" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, "accepted_at" TIMESTAMP WITH TIME ZONE, "decline_reason" text, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "meeting_at" TIMESTAMP WITH TIME ZONE, "meeting_place" text, "meeting_scheduled_by" uuid, "agreement_id" uuid, "agreed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "match_interests_one_subject" CHECK ((subject_park_id IS NULL) <> (subject_company_id IS NULL)), CONSTRAINT "PK_cd7962194463bd150d93ea2162b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "match_interests_agreement_idx" ON "match_interests"  ("agreement_id") `);
    await queryRunner.query(`CREATE INDEX "match_interests_candidate_created_idx" ON "match_interests"  ("candidate_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "match_interests_company_created_idx" ON "match_interests"  ("subject_company_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "match_interests_park_created_idx" ON "match_interests"  ("subject_park_id", "created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "match_interests_open_company_uq" ON "match_interests"  ("subject_company_id", "candidate_id") WHERE status IN ('sent', 'accepted', 'meeting_scheduled') AND subject_company_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "match_interests_open_park_uq" ON "match_interests"  ("subject_park_id", "candidate_id") WHERE status IN ('sent', 'accepted', 'meeting_scheduled') AND subject_park_id IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" text NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "notifications_recipient_unread_idx" ON "notifications"  ("recipient_id", "created_at", "id") WHERE read_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "notifications_recipient_created_idx" ON "notifications"  ("recipient_id", "created_at", "id") `);
    await queryRunner.query(`ALTER TABLE "match_suggestions_log" ADD CONSTRAINT "FK_c1b2119e8d8ecd6f6397c148edd" FOREIGN KEY ("subject_park_id") REFERENCES "parks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_suggestions_log" ADD CONSTRAINT "FK_2ca3ded679afc4baffbb9fa33ff" FOREIGN KEY ("subject_company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_suggestions_log" ADD CONSTRAINT "FK_14bde2d6042203e2d1935573598" FOREIGN KEY ("candidate_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_dismissals" ADD CONSTRAINT "FK_27911bb3fd1d675f71dd4f0c97e" FOREIGN KEY ("subject_park_id") REFERENCES "parks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_dismissals" ADD CONSTRAINT "FK_c34e62e413a0df6e0c985217d0a" FOREIGN KEY ("subject_company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_dismissals" ADD CONSTRAINT "FK_d764ebb39267e5032850d17d497" FOREIGN KEY ("candidate_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_dismissals" ADD CONSTRAINT "FK_68cc8a6fdfd80993cde2d7ba9c4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_shortlist_entries" ADD CONSTRAINT "FK_cad657dc49f9dced34d11da4a58" FOREIGN KEY ("subject_park_id") REFERENCES "parks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_shortlist_entries" ADD CONSTRAINT "FK_a1428fc8a0a60b839ac7550bb6c" FOREIGN KEY ("subject_company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_shortlist_entries" ADD CONSTRAINT "FK_9636146268fcf2af439aad20348" FOREIGN KEY ("candidate_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_interests" ADD CONSTRAINT "FK_775ed15b63b11316cb3f355625d" FOREIGN KEY ("subject_park_id") REFERENCES "parks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_interests" ADD CONSTRAINT "FK_9ecf5b33c981cdc3c8625cce56e" FOREIGN KEY ("subject_company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_interests" ADD CONSTRAINT "FK_308f6566d05865267dfe387b17c" FOREIGN KEY ("candidate_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_interests" ADD CONSTRAINT "FK_8672317fe4f3757a4b84f74dbe9" FOREIGN KEY ("agreement_id") REFERENCES "cooperation_agreements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d"`);
    await queryRunner.query(`ALTER TABLE "match_interests" DROP CONSTRAINT "FK_8672317fe4f3757a4b84f74dbe9"`);
    await queryRunner.query(`ALTER TABLE "match_interests" DROP CONSTRAINT "FK_308f6566d05865267dfe387b17c"`);
    await queryRunner.query(`ALTER TABLE "match_interests" DROP CONSTRAINT "FK_9ecf5b33c981cdc3c8625cce56e"`);
    await queryRunner.query(`ALTER TABLE "match_interests" DROP CONSTRAINT "FK_775ed15b63b11316cb3f355625d"`);
    await queryRunner.query(`ALTER TABLE "match_shortlist_entries" DROP CONSTRAINT "FK_9636146268fcf2af439aad20348"`);
    await queryRunner.query(`ALTER TABLE "match_shortlist_entries" DROP CONSTRAINT "FK_a1428fc8a0a60b839ac7550bb6c"`);
    await queryRunner.query(`ALTER TABLE "match_shortlist_entries" DROP CONSTRAINT "FK_cad657dc49f9dced34d11da4a58"`);
    await queryRunner.query(`ALTER TABLE "match_dismissals" DROP CONSTRAINT "FK_68cc8a6fdfd80993cde2d7ba9c4"`);
    await queryRunner.query(`ALTER TABLE "match_dismissals" DROP CONSTRAINT "FK_d764ebb39267e5032850d17d497"`);
    await queryRunner.query(`ALTER TABLE "match_dismissals" DROP CONSTRAINT "FK_c34e62e413a0df6e0c985217d0a"`);
    await queryRunner.query(`ALTER TABLE "match_dismissals" DROP CONSTRAINT "FK_27911bb3fd1d675f71dd4f0c97e"`);
    await queryRunner.query(`ALTER TABLE "match_suggestions_log" DROP CONSTRAINT "FK_14bde2d6042203e2d1935573598"`);
    await queryRunner.query(`ALTER TABLE "match_suggestions_log" DROP CONSTRAINT "FK_2ca3ded679afc4baffbb9fa33ff"`);
    await queryRunner.query(`ALTER TABLE "match_suggestions_log" DROP CONSTRAINT "FK_c1b2119e8d8ecd6f6397c148edd"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_recipient_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_recipient_unread_idx"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."match_interests_open_park_uq"`);
    await queryRunner.query(`DROP INDEX "public"."match_interests_open_company_uq"`);
    await queryRunner.query(`DROP INDEX "public"."match_interests_park_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."match_interests_company_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."match_interests_candidate_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."match_interests_agreement_idx"`);
    await queryRunner.query(`DROP TABLE "match_interests"`);
    await queryRunner.query(`DROP INDEX "public"."match_shortlist_entries_park_uq"`);
    await queryRunner.query(`DROP INDEX "public"."match_shortlist_entries_company_uq"`);
    await queryRunner.query(`DROP INDEX "public"."match_shortlist_entries_candidate_idx"`);
    await queryRunner.query(`DROP TABLE "match_shortlist_entries"`);
    await queryRunner.query(`DROP INDEX "public"."match_dismissals_park_uq"`);
    await queryRunner.query(`DROP INDEX "public"."match_dismissals_company_uq"`);
    await queryRunner.query(`DROP INDEX "public"."match_dismissals_candidate_idx"`);
    await queryRunner.query(`DROP TABLE "match_dismissals"`);
    await queryRunner.query(`DROP INDEX "public"."match_suggestions_log_park_uq"`);
    await queryRunner.query(`DROP INDEX "public"."match_suggestions_log_company_uq"`);
    await queryRunner.query(`DROP INDEX "public"."match_suggestions_log_candidate_idx"`);
    await queryRunner.query(`DROP TABLE "match_suggestions_log"`);
  }
}
