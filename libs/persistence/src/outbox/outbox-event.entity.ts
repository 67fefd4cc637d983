import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Transactional outbox: written in the same transaction as the entity it describes,
 * drained by the index sync. Rows carry only a reference; documents are rebuilt from the database.
 */
@Entity({ name: 'outbox_events' })
@Index('outbox_events_pending_idx', ['nextAttemptAt', 'id'], { where: 'processed_at IS NULL' })
// Readers that follow every event in commit-safe order (the matching index) read by (created_at, id).
@Index('outbox_events_created_idx', ['createdAt', 'id'])
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('text', { name: 'aggregate_type' })
  aggregateType!: string;

  @Column('uuid', { name: 'aggregate_id' })
  aggregateId!: string;

  @Column('integer', { name: 'aggregate_version' })
  aggregateVersion!: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'next_attempt_at', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column('integer', { default: 0 })
  attempts!: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { name: 'processed_at', nullable: true })
  processedAt!: Date | null;
}
