import { CompanyEntity } from '@hc/companies';
import { ParkEntity } from '@hc/parks';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ONE_SUBJECT } from '@hc/matching-feedback';
import { SubjectColumns } from '@hc/matching-feedback';

/**
 * The header of a subject's stored ranking: when it was computed and from which version of the subject.
 * It exists even when the ranking is empty, so "computed, nothing to suggest" differs from "never computed".
 * A set marked stale (`stale_at`) is not served: the request computes on demand and asks for a job.
 * The row is also what serialises two jobs of one subject (see MatchStore.replace).
 */
@Entity({ name: 'match_suggestion_sets' })
@Check('match_suggestion_sets_one_subject', ONE_SUBJECT)
@Index('match_suggestion_sets_park_uq', ['subjectParkId'], { unique: true, where: 'subject_park_id IS NOT NULL' })
@Index('match_suggestion_sets_company_uq', ['subjectCompanyId'], { unique: true, where: 'subject_company_id IS NOT NULL' })
export class MatchSuggestionSetEntity implements SubjectColumns {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column('uuid', { name: 'subject_park_id', nullable: true }) subjectParkId!: string | null;
  @Column('uuid', { name: 'subject_company_id', nullable: true }) subjectCompanyId!: string | null;
  @ManyToOne(() => ParkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subject_park_id' })
  subjectPark?: ParkEntity;
  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subject_company_id' })
  subjectCompany?: CompanyEntity;
  /** The subject's version the ranking was computed from (a company job cascades only when it changed). */
  @Column('integer', { name: 'subject_version' }) subjectVersion!: number;
  /** When the computation started; a job that started earlier never overwrites a later one. */
  @Column({ type: 'timestamptz', name: 'computed_at', precision: 3 }) computedAt!: Date;
  /** Set when the ranking may miss new candidates (bulk changes); cleared by the next computation. */
  @Column({ type: 'timestamptz', name: 'stale_at', precision: 3, nullable: true }) staleAt!: Date | null;
  @Column('integer') suggestions!: number;
}
