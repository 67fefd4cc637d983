import { UserEntity } from '@hc/identity';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MatchPairColumns, ONE_SUBJECT } from './match-pair.columns';

/** A user does not want to see this candidate for this subject again. Per user: colleagues still see it. */
@Entity({ name: 'match_dismissals' })
@Check('match_dismissals_one_subject', ONE_SUBJECT)
@Index('match_dismissals_park_uq', ['userId', 'subjectParkId', 'candidateId'], { unique: true, where: 'subject_park_id IS NOT NULL' })
@Index('match_dismissals_company_uq', ['userId', 'subjectCompanyId', 'candidateId'], { unique: true, where: 'subject_company_id IS NOT NULL' })
@Index('match_dismissals_candidate_idx', ['candidateId'])
export class DismissalEntity extends MatchPairColumns {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
  @Column('text', { nullable: true }) reason!: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at', precision: 3 }) createdAt!: Date;
}
