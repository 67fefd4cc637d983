import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One field that changed: its value before and after. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** Append-only: who did what to which subject, when, and what changed. */
@Entity({ name: 'audit_events' })
@Index('audit_events_subject_idx', ['subjectKind', 'subjectId', 'id'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) at!: Date;
  /** Null for the system (expiry sweeps, imports from the CLI). */
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId!: string | null;
  @Column('text', { name: 'actor_role', nullable: true }) actorRole!: string | null;
  @Column('text', { name: 'subject_kind' }) subjectKind!: string;
  @Column('uuid', { name: 'subject_id' }) subjectId!: string;
  @Column('text') action!: string;
  @Column('text', { name: 'from_status', nullable: true }) fromStatus!: string | null;
  @Column('text', { name: 'to_status', nullable: true }) toStatus!: string | null;
  @Column('jsonb', { default: () => "'[]'" }) changes!: FieldChange[];
  @Column('text', { nullable: true }) reason!: string | null;
}
