import { AgreementEntity } from '@hc/initiative';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { InterestStatus } from '../feedback.model';
import { MatchPairColumns, ONE_SUBJECT } from './match-pair.columns';

/** An expression of interest of a subject (park or company) in a candidate company, and what became of it. */
@Entity({ name: 'match_interests' })
@Check('match_interests_one_subject', ONE_SUBJECT)
// At most one open (sent, accepted, meeting scheduled) interest per pair; a second one is a CONFLICT.
@Index('match_interests_open_park_uq', ['subjectParkId', 'candidateId'], {
  unique: true,
  where: "status IN ('sent', 'accepted', 'meeting_scheduled') AND subject_park_id IS NOT NULL",
})
@Index('match_interests_open_company_uq', ['subjectCompanyId', 'candidateId'], {
  unique: true,
  where: "status IN ('sent', 'accepted', 'meeting_scheduled') AND subject_company_id IS NOT NULL",
})
@Index('match_interests_park_created_idx', ['subjectParkId', 'createdAt', 'id'])
@Index('match_interests_company_created_idx', ['subjectCompanyId', 'createdAt', 'id'])
@Index('match_interests_candidate_created_idx', ['candidateId', 'createdAt', 'id'])
@Index('match_interests_agreement_idx', ['agreementId'])
export class InterestEntity extends MatchPairColumns {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text', { default: InterestStatus.SENT }) status!: InterestStatus;
  @Column('text') message!: string;
  @Column('uuid', { name: 'sent_by', nullable: true }) sentBy!: string | null;

  @Column('uuid', { name: 'responded_by', nullable: true }) respondedBy!: string | null;
  @Column('timestamptz', { name: 'responded_at', nullable: true }) respondedAt!: Date | null;
  /** Set once accepted and kept through the later stages (the funnel's "accepted"). */
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt!: Date | null;
  @Column('text', { name: 'decline_reason', nullable: true }) declineReason!: string | null;
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true }) withdrawnAt!: Date | null;

  @Column('timestamptz', { name: 'meeting_at', nullable: true }) meetingAt!: Date | null;
  @Column('text', { name: 'meeting_place', nullable: true }) meetingPlace!: string | null;
  @Column('uuid', { name: 'meeting_scheduled_by', nullable: true }) meetingScheduledBy!: string | null;

  /** The cooperation agreement it led to (the initiative's table). */
  @Column('uuid', { name: 'agreement_id', nullable: true }) agreementId!: string | null;
  @ManyToOne(() => AgreementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: AgreementEntity;
  @Column('timestamptz', { name: 'agreed_at', nullable: true }) agreedAt!: Date | null;

  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}
