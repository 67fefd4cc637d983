import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** A long-lived, read-only credential for dashboards. Only the SHA-256 of the secret is stored. */
@Entity({ name: 'api_keys' })
@Index('api_keys_user_idx', ['userId'])
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
  @Column('text') name!: string;
  /** The first characters of the key, shown in lists so a user can tell keys apart. */
  @Column('text') prefix!: string;
  @Index('api_keys_hash_uq', { unique: true })
  @Column('text', { name: 'key_hash' })
  keyHash!: string;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at', precision: 3 }) createdAt!: Date;
  @Column('timestamptz', { name: 'last_used_at', nullable: true }) lastUsedAt!: Date | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
}
