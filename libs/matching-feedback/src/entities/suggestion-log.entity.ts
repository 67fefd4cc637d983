import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MatchPairColumns, ONE_SUBJECT } from './match-pair.columns';

/** The "suggested" stage of the funnel: one row per (subject, candidate) from the first time it was shown. */
@Entity({ name: 'match_suggestions_log' })
@Check('match_suggestions_log_one_subject', ONE_SUBJECT)
@Index('match_suggestions_log_park_uq', ['subjectParkId', 'candidateId'], { unique: true, where: 'subject_park_id IS NOT NULL' })
@Index('match_suggestions_log_company_uq', ['subjectCompanyId', 'candidateId'], { unique: true, where: 'subject_company_id IS NOT NULL' })
@Index('match_suggestions_log_candidate_idx', ['candidateId'])
export class SuggestionLogEntity extends MatchPairColumns {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column({ type: 'timestamptz', name: 'first_suggested_at', precision: 3, default: () => 'now()' }) firstSuggestedAt!: Date;
  @Column({ type: 'timestamptz', name: 'last_suggested_at', precision: 3, default: () => 'now()' }) lastSuggestedAt!: Date;
  @Column('integer', { name: 'times_shown', default: 1 }) timesShown!: number;
}
