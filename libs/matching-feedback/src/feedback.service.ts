import { BeforeApplicationShutdown, Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_LOGGER, BadUserInputException, ForbiddenException, NotFoundException, visibleProfileSql } from '@hc/core';
import type { AppLogger } from '@hc/core';
import { Actor, assertCanEdit, owns, Role, SubjectKind } from '@hc/identity';
import { preparedQuery } from '@hc/persistence';
import { DataSource } from 'typeorm';
import { DismissSuggestionArgs, SuggestionPairArgs } from './dto/feedback.args';
import { DismissalEntity } from './entities/dismissal.entity';
import { ShortlistEntryEntity } from './entities/shortlist-entry.entity';
import { CandidateTraits, FeedbackAdjustments } from './feedback-adjustment';
import { DismissalView, ShortlistEntryView } from './feedback.mapper';
import { describeSubject, MatchSubject, subjectColumn, subjectColumns } from './feedback.model';
import { loadProfiles, loadVisiblePair, nameOf, PROFILE_ENTITY_NAME, profileKey } from './profile-lookup';

/** Who may read a subject's shortlist besides its owners. */
const SHORTLIST_READERS: readonly Role[] = [Role.ADMIN, Role.REVIEWER];

/**
 * What users tell the matcher about its suggestions, and what the matcher reads back.
 *
 * Model:
 * - `match_suggestions_log`: one row per (subject, candidate) from the first time it was suggested, with the first
 *   and last time and how often (the "suggested" stage). `recordSuggested` only notes the pairs shown, so no
 *   suggestion waits for a write; they are written together within SUGGESTION_LOG_FLUSH_MS, when the funnel is
 *   read (`flushSuggested`), and at shutdown.
 * - `match_dismissals`: per user. A dismissed pair is never suggested to that user again (`adjustmentsFor(...).excluded`);
 *   colleagues managing the same park or company still see it. `undismissSuggestion` deletes the row. Dismissing
 *   again only replaces the reason.
 * - `match_shortlist_entries`: per subject, shared by its owners. Removing sets `removed_at` (the row stays, so the
 *   funnel keeps counting the pair as once shortlisted); shortlisting again revives it.
 * A subject is a park or a company (exactly one foreign key, so deleting it removes its feedback); the candidate
 * is always a company. Owners act for their subjects, admins for any (`assertCanEdit`); the API guard already refuses
 * API keys. New feedback (dismiss, shortlist) needs a visible subject and candidate; taking it back does not.
 * Dismissals and shortlists are preferences, not transitions: they are not written to the audit log.
 */
/** Pairs shown are written at most this long after (one statement per subject kind for everything shown meanwhile). */
export const SUGGESTION_LOG_FLUSH_MS = 1_000;
/** Pairs kept while the database cannot take them; beyond this the oldest are dropped (and a warning logged). */
const SUGGESTION_LOG_MAX_PENDING = 100_000;

/** A pair shown and how often, not written yet. */
interface SuggestedPair {
  subject: MatchSubject;
  candidateId: string;
  times: number;
}

const pairKey = (subject: MatchSubject, candidateId: string) => `${subject.kind}:${subject.id}:${candidateId}`;

@Injectable()
export class FeedbackService implements BeforeApplicationShutdown {
  /** Pairs shown and not written yet: times shown per (subject, candidate). */
  private pending = new Map<string, SuggestedPair>();
  private timer?: NodeJS.Timeout;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() @Inject(APP_LOGGER) private readonly logger?: AppLogger,
  ) {}

  /**
   * Notes that these candidates were just suggested to the subject (a company is never its own candidate);
   * returns at once. Within SUGGESTION_LOG_FLUSH_MS new pairs get a row, known ones their `last_suggested_at`
   * and `times_shown` bumped; candidates that no longer exist are skipped.
   */
  recordSuggested(subject: MatchSubject, candidateIds: readonly string[]): void {
    for (const candidateId of new Set(candidateIds)) {
      if (subject.kind === SubjectKind.COMPANY && candidateId === subject.id) continue;
      const key = pairKey(subject, candidateId);
      const known = this.pending.get(key);
      if (known) known.times++;
      else this.pending.set(key, { subject, candidateId, times: 1 });
    }
    if (this.pending.size > 0 && !this.timer) {
      this.timer = setTimeout(() => void this.flushSuggested().catch(() => undefined), SUGGESTION_LOG_FLUSH_MS);
      this.timer.unref();
    }
  }

  /**
   * Writes every pair noted so far, after any write under way. On failure the pairs stay noted for the
   * next write (up to SUGGESTION_LOG_MAX_PENDING) and the error is logged and thrown.
   */
  flushSuggested(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = new Map();
    // In key order: concurrent writers lock the rows in the same order.
    const write = this.writing.then(() => this.writeSuggested([...batch.keys()].sort().map((key) => batch.get(key) as SuggestedPair)));
    this.writing = write.catch((err: unknown) => {
      for (const [key, pair] of batch) {
        const known = this.pending.get(key);
        if (known) known.times += pair.times;
        else this.pending.set(key, pair);
      }
      let dropped = 0;
      for (const key of this.pending.keys()) {
        if (this.pending.size <= SUGGESTION_LOG_MAX_PENDING) break;
        this.pending.delete(key);
        dropped++;
      }
      this.logger?.warn({ err, pairs: batch.size, dropped }, 'suggestion log: writing failed; the pairs are written with the next ones');
    });
    return write;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.flushSuggested().catch(() => undefined);
  }

  /** One upsert per subject kind. */
  private async writeSuggested(pairs: readonly SuggestedPair[]): Promise<void> {
    if (pairs.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      for (const kind of [SubjectKind.PARK, SubjectKind.COMPANY]) {
        const ofKind = pairs.filter((p) => p.subject.kind === kind);
        if (ofKind.length === 0) continue;
        const column = subjectColumn(kind);
        await manager.query(
          `INSERT INTO match_suggestions_log (${column}, candidate_id, times_shown)
           SELECT x.subject, x.candidate, x.times
             FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS x(subject, candidate, times)
             JOIN ${kind === SubjectKind.PARK ? 'parks' : 'companies'} s ON s.id = x.subject
             JOIN companies c ON c.id = x.candidate
           ON CONFLICT (${column}, candidate_id) WHERE ${column} IS NOT NULL
           DO UPDATE SET last_suggested_at = now(), times_shown = match_suggestions_log.times_shown + EXCLUDED.times_shown`,
          [ofKind.map((p) => p.subject.id), ofKind.map((p) => p.candidateId), ofKind.map((p) => p.times)],
        );
      }
    });
  }

  async dismiss(actor: Actor, args: DismissSuggestionArgs): Promise<DismissalView> {
    const subject = this.subjectOf(actor, args);
    const reason = args.reason?.trim() || null;
    return this.dataSource.transaction(async (manager) => {
      const { profiles } = await loadVisiblePair(manager, subject, args.candidateId, `dismiss company ${args.candidateId} for ${describeSubject(subject)}`);
      const column = subjectColumn(subject.kind);
      const { subjectParkId, subjectCompanyId } = subjectColumns(subject);
      const [row] = await manager.query<{ id: string }[]>(
        `INSERT INTO match_dismissals (user_id, subject_park_id, subject_company_id, candidate_id, reason)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (user_id, ${column}, candidate_id) WHERE ${column} IS NOT NULL DO UPDATE SET reason = EXCLUDED.reason
         RETURNING id`,
        [actor.userId, subjectParkId, subjectCompanyId, args.candidateId, reason],
      );
      const dismissal = await manager.getRepository(DismissalEntity).findOneByOrFail({ id: row!.id });
      return { dismissal, subjectName: nameOf(profiles, subject), candidateName: nameOf(profiles, { kind: SubjectKind.COMPANY, id: args.candidateId }) };
    });
  }

  /** Takes back the actor's own dismissal; false when there was none. */
  async undismiss(actor: Actor, args: SuggestionPairArgs): Promise<boolean> {
    const subject = this.subjectOf(actor, args);
    const [, affected] = (await this.dataSource.query(
      `DELETE FROM match_dismissals WHERE user_id = $1 AND ${subjectColumn(subject.kind)} = $2 AND candidate_id = $3`,
      [actor.userId, subject.id, args.candidateId],
    )) as [unknown, number];
    return affected > 0;
  }

  async shortlist(actor: Actor, args: SuggestionPairArgs): Promise<ShortlistEntryView> {
    const subject = this.subjectOf(actor, args);
    return this.dataSource.transaction(async (manager) => {
      const { profiles } = await loadVisiblePair(manager, subject, args.candidateId, `shortlist company ${args.candidateId} for ${describeSubject(subject)}`);
      const column = subjectColumn(subject.kind);
      const { subjectParkId, subjectCompanyId } = subjectColumns(subject);
      // Already on the list: nothing changes (the WHERE of DO UPDATE), and the entry is read below.
      await manager.query(
        `INSERT INTO match_shortlist_entries (subject_park_id, subject_company_id, candidate_id, shortlisted_by)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (${column}, candidate_id) WHERE ${column} IS NOT NULL
         DO UPDATE SET shortlisted_at = now(), shortlisted_by = EXCLUDED.shortlisted_by, removed_at = NULL, removed_by = NULL
           WHERE match_shortlist_entries.removed_at IS NOT NULL`,
        [subjectParkId, subjectCompanyId, args.candidateId, actor.userId],
      );
      const entry = await manager
        .getRepository(ShortlistEntryEntity)
        .createQueryBuilder('s')
        .where(`s.${column} = :subjectId AND s.candidate_id = :candidateId`, { subjectId: subject.id, candidateId: args.candidateId })
        .getOneOrFail();
      return { entry, subjectName: nameOf(profiles, subject), candidateName: nameOf(profiles, { kind: SubjectKind.COMPANY, id: args.candidateId }) };
    });
  }

  /** Removes the candidate from the subject's shortlist; false when it was not on it. */
  async unshortlist(actor: Actor, args: SuggestionPairArgs): Promise<boolean> {
    const subject = this.subjectOf(actor, args);
    const [, affected] = (await this.dataSource.query(
      `UPDATE match_shortlist_entries SET removed_at = now(), removed_by = $1
        WHERE ${subjectColumn(subject.kind)} = $2 AND candidate_id = $3 AND removed_at IS NULL`,
      [actor.userId, subject.id, args.candidateId],
    )) as [unknown, number];
    return affected > 0;
  }

  /** The subject's shortlist, last shortlisted first; candidates that are no longer visible are left out. Owners, admins and reviewers. */
  async listShortlist(actor: Actor, subject: MatchSubject): Promise<ShortlistEntryView[]> {
    if (!(SHORTLIST_READERS.includes(actor.role) || owns(actor, subject.kind, subject.id))) {
      throw new ForbiddenException(`only the owners of ${describeSubject(subject)}, reviewers and admins may read its shortlist`);
    }
    const profiles = await loadProfiles(this.dataSource.manager, [subject]);
    if (!profiles.has(profileKey(subject))) throw new NotFoundException(PROFILE_ENTITY_NAME[subject.kind], subject.id);
    const entries = await this.dataSource
      .getRepository(ShortlistEntryEntity)
      .createQueryBuilder('s')
      .where(`s.${subjectColumn(subject.kind)} = :id AND s.removed_at IS NULL`, { id: subject.id })
      .andWhere(`EXISTS (SELECT 1 FROM companies c WHERE c.id = s.candidate_id AND ${visibleProfileSql('c')})`)
      .orderBy('s.shortlisted_at', 'DESC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
    const candidates = await loadProfiles(this.dataSource.manager, entries.map((e) => ({ kind: SubjectKind.COMPANY, id: e.candidateId })));
    return entries.map((entry) => ({
      entry,
      subjectName: nameOf(profiles, subject),
      candidateName: nameOf(candidates, { kind: SubjectKind.COMPANY, id: entry.candidateId }),
    }));
  }

  /**
   * What feedback says about the subject's candidates, for the ranking (see `feedbackAdjustment`): the user's
   * dismissals (none for an anonymous caller) and the candidates whose interest from this subject was accepted
   * by anyone (still counted after a meeting or agreement). One query.
   */
  async adjustmentsFor(userId: string | null, subject: MatchSubject): Promise<FeedbackAdjustments> {
    const column = subjectColumn(subject.kind);
    // Prepared: it runs on every suggestion request, and planning it costs more than running it.
    const rows = await preparedQuery<{ source: 'dismissed' | 'accepted'; id: string; divisions: string[]; country: string }>(
      this.dataSource,
      `SELECT 'dismissed' AS source, c.id, c.isic_divisions AS divisions, c.country
         FROM match_dismissals d JOIN companies c ON c.id = d.candidate_id
        WHERE d.user_id = $1::uuid AND d.${column} = $2
       UNION
       SELECT 'accepted' AS source, c.id, c.isic_divisions AS divisions, c.country
         FROM match_interests i JOIN companies c ON c.id = i.candidate_id
        WHERE i.${column} = $2 AND i.accepted_at IS NOT NULL
       ORDER BY source, id`,
      [userId, subject.id],
    );
    const traits = (source: string): CandidateTraits[] => rows.filter((r) => r.source === source).map((r) => ({ id: r.id, divisions: r.divisions, country: r.country }));
    const dismissed = traits('dismissed');
    return { excluded: new Set(dismissed.map((d) => d.id)), dismissed, accepted: traits('accepted') };
  }

  /** The pair's subject, after checking the actor may act for it and that it is not the candidate itself. */
  private subjectOf(actor: Actor, args: SuggestionPairArgs): MatchSubject {
    assertCanEdit(actor, args.subjectKind, args.subjectId);
    if (args.subjectKind === SubjectKind.COMPANY && args.subjectId === args.candidateId) {
      throw new BadUserInputException([{ field: 'candidateId', message: 'is the company itself; a company is not its own partner' }]);
    }
    return { kind: args.subjectKind, id: args.subjectId };
  }
}
