import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { visibleProfileSql } from '@hc/core';
import { SubjectKind } from '@hc/identity';
import { preparedQuery } from '@hc/persistence';
import { DataSource } from 'typeorm';
import { ScoredReason } from '../features/park-features';
import { Scored, withReasons } from '../ranking/final-ranking';
import { MatchSubject, subjectColumn, subjectColumns } from '@hc/matching-feedback';

/** A scored candidate as a job stores it (partners carry both directions). */
export interface RankedCandidate {
  id: string;
  score: number;
  reasons: ScoredReason[];
  forYou?: number;
  forThem?: number;
}

/** A stored candidate in the shape `finalRanking` consumes, with the partner fits (null for parks). */
export interface StoredCandidate extends Scored {
  forYou: number | null;
  forThem: number | null;
}

export interface StoredRanking {
  /** When the job that wrote it started computing. */
  computedAt: Date;
  /** Marked stale by the planner (bulk changes): the caller should not serve it. */
  stale: boolean;
  /**
   * Best first; candidates that are no longer visible are left out. Their `reasons` are empty: a page
   * reads its own with `withStoredReasons` (a ranking stores a hundred candidates, a page shows ten).
   */
  candidates: StoredCandidate[];
  /** The page (after the final ranking) with each candidate's stored reasons beside those the ranking added. */
  withStoredReasons<T extends Scored>(page: readonly T[]): Promise<T[]>;
}

export interface ReplaceMeta {
  /** When the computation started (before it read anything). */
  computedAt: Date;
  /** The subject's version it was computed from. */
  subjectVersion: number;
}

interface StoredRow {
  id: string;
  score: number;
  fit_for_you: number | null;
  fit_for_them: number | null;
  city: string;
  country: string;
  divisions: string[];
}

/**
 * The precomputed rankings (`match_suggestion_sets` + `match_suggestions`).
 *
 * `replace` writes a subject's whole ranking in one transaction: it upserts the set's header first,
 * which locks it, so two jobs of one subject run one after the other, and the header's `computed_at`
 * decides: a computation that started before the stored one is dropped (newest wins). Then it deletes
 * the old rows and inserts the new ones in one multi-row statement. Running it again with the same
 * ranking leaves the same rows: it is idempotent.
 */
@Injectable()
export class MatchStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores the ranking (best first); false when a newer computation was stored meanwhile. Candidates deleted meanwhile are skipped. */
  async replace(subject: MatchSubject, ranked: readonly RankedCandidate[], meta: ReplaceMeta): Promise<boolean> {
    const column = subjectColumn(subject.kind);
    const { subjectParkId, subjectCompanyId } = subjectColumns(subject);
    return this.dataSource.transaction(async (manager) => {
      const [header] = await manager.query<{ id: string }[]>(
        `INSERT INTO match_suggestion_sets (subject_park_id, subject_company_id, subject_version, computed_at, stale_at, suggestions)
         VALUES ($1, $2, $3, $4, NULL, $5)
         ON CONFLICT (${column}) WHERE ${column} IS NOT NULL
         DO UPDATE SET subject_version = EXCLUDED.subject_version, computed_at = EXCLUDED.computed_at, stale_at = NULL, suggestions = EXCLUDED.suggestions
           WHERE match_suggestion_sets.computed_at <= EXCLUDED.computed_at
         RETURNING id`,
        [subjectParkId, subjectCompanyId, meta.subjectVersion, meta.computedAt, ranked.length],
      );
      if (!header) return false;
      await manager.query(`DELETE FROM match_suggestions WHERE ${column} = $1`, [subject.id]);
      if (ranked.length === 0) return true;
      const [{ inserted }] = await manager.query<{ inserted: number }[]>(
        `WITH inserted AS (
           INSERT INTO match_suggestions (subject_park_id, subject_company_id, rank, candidate_id, score, fit_for_you, fit_for_them, reasons, computed_at)
           SELECT $1::uuid, $2::uuid, r.rank, r.candidate, r.score, r.for_you, r.for_them, r.reasons, $3
             FROM unnest($4::int[], $5::uuid[], $6::float8[], $7::float8[], $8::float8[], $9::jsonb[]) AS r(rank, candidate, score, for_you, for_them, reasons)
             JOIN companies c ON c.id = r.candidate
           RETURNING 1
         )
         SELECT count(*)::int AS inserted FROM inserted`,
        [
          subjectParkId,
          subjectCompanyId,
          meta.computedAt,
          ranked.map((_, i) => i + 1),
          ranked.map((r) => r.id),
          ranked.map((r) => r.score),
          ranked.map((r) => r.forYou ?? null),
          ranked.map((r) => r.forThem ?? null),
          ranked.map((r) => JSON.stringify(r.reasons)),
        ],
      );
      if (inserted !== ranked.length) {
        await manager.query(`UPDATE match_suggestion_sets SET suggestions = $2 WHERE id = $1`, [header.id, inserted]);
      }
      return true;
    });
  }

  /** Forgets the subject's ranking (it is no longer visible). */
  async clear(subject: MatchSubject): Promise<void> {
    const column = subjectColumn(subject.kind);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM match_suggestions WHERE ${column} = $1`, [subject.id]);
      await manager.query(`DELETE FROM match_suggestion_sets WHERE ${column} = $1`, [subject.id]);
    });
  }

  /**
   * The stored ranking, or null when none was computed. Candidate rows carry the company's current
   * city, country and divisions (for diversity and feedback); candidates that are no longer visible are skipped.
   */
  async load(subject: MatchSubject): Promise<StoredRanking | null> {
    const column = subjectColumn(subject.kind);
    // Prepared, both: every suggestion request asks first for a stored ranking.
    const [header] = await preparedQuery<{ computed_at: Date; stale: boolean }>(
      this.dataSource,
      `SELECT computed_at, stale_at IS NOT NULL AS stale FROM match_suggestion_sets WHERE ${column} = $1`,
      [subject.id],
    );
    if (!header) return null;
    const rows = await preparedQuery<StoredRow>(
      this.dataSource,
      `SELECT m.candidate_id AS id, m.score, m.fit_for_you, m.fit_for_them, c.city, c.country, c.isic_divisions AS divisions
         FROM match_suggestions m JOIN companies c ON c.id = m.candidate_id
        WHERE m.${column} = $1 AND ${visibleProfileSql('c')}
        ORDER BY m.rank`,
      [subject.id],
    );
    return {
      computedAt: header.computed_at,
      stale: header.stale,
      candidates: rows.map((r) => ({
        id: r.id,
        score: r.score,
        reasons: [],
        city: r.city,
        country: r.country,
        divisions: r.divisions,
        forYou: r.fit_for_you,
        forThem: r.fit_for_them,
      })),
      withStoredReasons: async (page) => {
        const reasons = await this.reasonsOf(subject, page.map((r) => r.id));
        return page.map((r) => withReasons(r, reasons.get(r.id) ?? []));
      },
    };
  }

  /** The stored reasons of these candidates of the subject's ranking (a page of it), by candidate id. */
  private async reasonsOf(subject: MatchSubject, ids: readonly string[]): Promise<Map<string, ScoredReason[]>> {
    if (ids.length === 0) return new Map();
    const rows = await preparedQuery<{ id: string; reasons: ScoredReason[] }>(
      this.dataSource,
      `SELECT candidate_id AS id, reasons FROM match_suggestions WHERE ${subjectColumn(subject.kind)} = $1 AND candidate_id = ANY($2::uuid[])`,
      [subject.id, ids],
    );
    return new Map(rows.map((r) => [r.id, r.reasons]));
  }

  /** The subject's version of its stored ranking, or null when there is none. */
  async storedVersion(subject: MatchSubject): Promise<number | null> {
    const [row] = await this.dataSource.query<{ subject_version: number }[]>(
      `SELECT subject_version FROM match_suggestion_sets WHERE ${subjectColumn(subject.kind)} = $1`,
      [subject.id],
    );
    return row ? row.subject_version : null;
  }

  /** Marks company partner rankings stale (all of them without `ids`); they are recomputed when next asked for. */
  async markCompaniesStale(ids?: readonly string[]): Promise<number> {
    const [, affected] = (await this.dataSource.query(
      `UPDATE match_suggestion_sets SET stale_at = now()
        WHERE subject_company_id IS NOT NULL AND stale_at IS NULL ${ids ? 'AND subject_company_id = ANY($1::uuid[])' : ''}`,
      ids ? [[...ids]] : [],
    )) as [unknown, number];
    return affected;
  }

  /** Companies whose stored partner rankings list any of these candidates. */
  async companiesListing(candidateIds: readonly string[]): Promise<string[]> {
    if (candidateIds.length === 0) return [];
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT DISTINCT subject_company_id AS id FROM match_suggestions WHERE candidate_id = ANY($1::uuid[]) AND subject_company_id IS NOT NULL`,
      [[...candidateIds]],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Companies whose stored partner ranking the candidate would now enter: they are among its own best partners
   * (`partners`, with the pair's score, which is the same from both sides), their ranking does not list it yet,
   * and it is not full or the pair beats its last entry. Rankings that were never computed or are stale are left
   * alone (they are computed when asked for).
   */
  async rankingsToEnter(candidateId: string, partners: readonly { id: string; score: number }[], stored: number): Promise<string[]> {
    if (partners.length === 0) return [];
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT s.subject_company_id AS id
         FROM unnest($2::uuid[], $3::float8[]) AS p(id, score)
         JOIN match_suggestion_sets s ON s.subject_company_id = p.id AND s.stale_at IS NULL
        WHERE NOT EXISTS (SELECT 1 FROM match_suggestions m WHERE m.subject_company_id = p.id AND m.candidate_id = $1)
          AND (s.suggestions < $4 OR p.score > (SELECT min(m.score) FROM match_suggestions m WHERE m.subject_company_id = p.id))`,
      [candidateId, partners.map((p) => p.id), partners.map((p) => p.score), stored],
    );
    return rows.map((r) => r.id);
  }
}

/** A park or a company as the subject of stored suggestions. */
export const parkSubject = (id: string): MatchSubject => ({ kind: SubjectKind.PARK, id });
export const companySubject = (id: string): MatchSubject => ({ kind: SubjectKind.COMPANY, id });
