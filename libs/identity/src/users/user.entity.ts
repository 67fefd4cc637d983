import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../access/role';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** As entered. */
  @Column('text') email!: string;
  /** Trimmed and lower-cased: one account per address, whatever its case. */
  @Index('users_email_key_uq', { unique: true })
  @Column('text', { name: 'email_key' })
  emailKey!: string;
  @Column('text', { name: 'display_name' }) displayName!: string;
  /** bcrypt hash; never leaves the identity lib. */
  @Column('text', { name: 'password_hash' }) passwordHash!: string;
  @Column('text') role!: Role;
  @Column('boolean', { default: false }) disabled!: boolean;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at', precision: 3 }) createdAt!: Date;
  @Column('timestamptz', { name: 'last_sign_in_at', nullable: true }) lastSignInAt!: Date | null;
}
