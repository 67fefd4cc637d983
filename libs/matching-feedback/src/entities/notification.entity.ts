import { UserEntity } from '@hc/identity';
import { Localized } from '@hc/core';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationKind } from '../feedback.model';

/** What a notification refers to, and its text in the three languages. */
export interface NotificationPayload {
  interestId: string;
  subjectKind: string;
  subjectId: string;
  candidateId: string;
  agreementId?: string | null;
  text: Localized;
}

/** A message to one user about an expression of interest. Written in the transaction of the change it reports. */
@Entity({ name: 'notifications' })
@Index('notifications_recipient_created_idx', ['recipientId', 'createdAt', 'id'])
@Index('notifications_recipient_unread_idx', ['recipientId', 'createdAt', 'id'], { where: 'read_at IS NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'recipient_id' }) recipientId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: UserEntity;
  @Column('text') kind!: NotificationKind;
  @Column('jsonb') payload!: NotificationPayload;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at', precision: 3 }) createdAt!: Date;
  @Column({ type: 'timestamptz', name: 'read_at', precision: 3, nullable: true }) readAt!: Date | null;
}
