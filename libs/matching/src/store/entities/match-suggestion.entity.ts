import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MatchPairColumns, ONE_SUBJECT } from '@hc/matching-feedback';
import { ScoredReason } from '../../features/park-features';

/**
 * One precomputed suggestion: the candidate at `rank` in the subject's feedback-free, undiversified
 * ranking (what `scoreAll` returns), written by a background job. Feedback and diversity are applied
 * per request over these rows. Deleting the subject or the candidate deletes the row.
 */
@Entity({ name: 'match_suggestions' })
@Check('match_suggestions_one_subject', ONE_SUBJECT)
@Index('match_suggestions_park_uq', ['subjectParkId', 'candidateId'], { unique: true, where: 'subject_park_id IS NOT NULL' })
@Index('match_suggestions_company_uq', ['subjectCompanyId', 'candidateId'], { unique: true, where: 'subject_company_id IS NOT NULL' })
@Index('match_suggestions_candidate_idx', ['candidateId'])
export class MatchSuggestionEntity extends MatchPairColumns {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  /** 1 = best score. */
  @Column('integer') rank!: number;
  /** Exact score (not rounded), so a stored ranking orders like an on-demand one. */
  @Column('double precision') score!: number;
  /** Company ↔ company only: how well the candidate serves the subject, and the other way round. */
  @Column('double precision', { name: 'fit_for_you', nullable: true }) fitForYou!: number | null;
  @Column('double precision', { name: 'fit_for_them', nullable: true }) fitForThem!: number | null;
  @Column('jsonb') reasons!: ScoredReason[];
  @Column({ type: 'timestamptz', name: 'computed_at', precision: 3 }) computedAt!: Date;
}
