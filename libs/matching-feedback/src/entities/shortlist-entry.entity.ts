import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MatchPairColumns, ONE_SUBJECT } from './match-pair.columns';

/**
 * A candidate on a subject's shortlist, shared by the subject's owners. Removing it keeps the row
 * (`removed_at`), so the funnel still counts the pair as once shortlisted.
 */
@Entity({ name: 'match_shortlist_entries' })
@Check('match_shortlist_entries_one_subject', ONE_SUBJECT)
@Index('match_shortlist_entries_park_uq', ['subjectParkId', 'candidateId'], { unique: true, where: 'subject_park_id IS NOT NULL' })
@Index('match_shortlist_entries_company_uq', ['subjectCompanyId', 'candidateId'], { unique: true, where: 'subject_company_id IS NOT NULL' })
@Index('match_shortlist_entries_candidate_idx', ['candidateId'])
export class ShortlistEntryEntity extends MatchPairColumns {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** When it was (last) put on the list, and by whom. */
  @Column({ type: 'timestamptz', name: 'shortlisted_at', precision: 3, default: () => 'now()' }) shortlistedAt!: Date;
  @Column('uuid', { name: 'shortlisted_by', nullable: true }) shortlistedBy!: string | null;
  @Column({ type: 'timestamptz', name: 'removed_at', precision: 3, nullable: true }) removedAt!: Date | null;
  @Column('uuid', { name: 'removed_by', nullable: true }) removedBy!: string | null;
  /** The first time the pair was shortlisted. */
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at', precision: 3 }) createdAt!: Date;
}
