import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { CompanyEntity } from '@hc/companies';
import { ParkEntity } from '@hc/parks';
import { MembershipStatus } from './membership.model';

/** An application of a park or company to join the initiative, and its decision. */
@Entity({ name: 'initiative_memberships' })
@Check('initiative_memberships_one_member', '(park_id IS NULL) <> (company_id IS NULL)')
// At most one open (applied or accepted) membership per profile; a second application is a CONFLICT.
@Index('initiative_memberships_open_park_uq', ['parkId'], { unique: true, where: "status IN ('applied', 'accepted') AND park_id IS NOT NULL" })
@Index('initiative_memberships_open_company_uq', ['companyId'], { unique: true, where: "status IN ('applied', 'accepted') AND company_id IS NOT NULL" })
@Index('initiative_memberships_park_idx', ['parkId'])
@Index('initiative_memberships_company_idx', ['companyId'])
@Index('initiative_memberships_status_created_idx', ['status', 'createdAt', 'id'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  /** Exactly one member: a park or a company; deleting the profile deletes its applications. */
  @Column('uuid', { name: 'park_id', nullable: true }) parkId!: string | null;
  @Column('uuid', { name: 'company_id', nullable: true }) companyId!: string | null;
  @ManyToOne(() => ParkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'park_id' })
  park?: ParkEntity;
  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity;

  @Column('text', { default: MembershipStatus.APPLIED }) status!: MembershipStatus;
  @Column('text') motivation!: string;
  @Column('text', { name: 'decline_reason', nullable: true }) declineReason!: string | null;

  @Column('uuid', { name: 'applied_by', nullable: true }) appliedBy!: string | null;
  @Column('timestamptz', { name: 'applied_at', default: () => 'now()' }) appliedAt!: Date;
  @Column('uuid', { name: 'decided_by', nullable: true }) decidedBy!: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt!: Date | null;
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true }) withdrawnAt!: Date | null;

  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}
