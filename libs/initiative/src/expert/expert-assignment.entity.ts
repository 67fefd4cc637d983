import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ParkEntity } from '@hc/parks';
import { AgreementEntity } from '../agreement/agreement.entity';
import { ExpertEntity } from './expert.entity';

/** An expert accompanies a park or an agreement. */
@Entity({ name: 'expert_assignments' })
@Check('expert_assignments_one_subject', '(park_id IS NULL) <> (agreement_id IS NULL)')
@Index('expert_assignments_park_uq', ['expertId', 'parkId'], { unique: true })
@Index('expert_assignments_agreement_uq', ['expertId', 'agreementId'], { unique: true })
@Index('expert_assignments_park_idx', ['parkId'])
@Index('expert_assignments_agreement_idx', ['agreementId'])
export class ExpertAssignmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column('uuid', { name: 'expert_id' }) expertId!: string;
  @ManyToOne(() => ExpertEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expert_id' })
  expert?: ExpertEntity;

  @Column('uuid', { name: 'park_id', nullable: true }) parkId!: string | null;
  @ManyToOne(() => ParkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'park_id' })
  park?: ParkEntity;

  @Column('uuid', { name: 'agreement_id', nullable: true }) agreementId!: string | null;
  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: AgreementEntity;

  @Column('uuid', { name: 'assigned_by', nullable: true }) assignedBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'assigned_at', precision: 3 }) assignedAt!: Date;
}
