import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SubjectKind } from '../access/actor';
import { UserEntity } from '../users/user.entity';

/** A user manages a park or represents a company. */
@Entity({ name: 'profile_grants' })
@Index('profile_grants_subject_idx', ['subjectKind', 'subjectId'])
export class ProfileGrantEntity {
  @PrimaryColumn('uuid', { name: 'user_id' }) userId!: string;
  @PrimaryColumn('text', { name: 'subject_kind' }) subjectKind!: SubjectKind;
  @PrimaryColumn('uuid', { name: 'subject_id' }) subjectId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
  @Column('uuid', { name: 'granted_by', nullable: true }) grantedBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'granted_at', precision: 3 }) grantedAt!: Date;
}
