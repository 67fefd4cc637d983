import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { AgreementStatus, AgreementType } from './agreement.model';

/** A cooperation agreement signed between parks and companies (the forum's "signed projects"). */
@Entity({ name: 'cooperation_agreements' })
@Index('cooperation_agreements_status_created_idx', ['status', 'createdAt', 'id'])
@Index('cooperation_agreements_sectors_gin', ['sectors'], { type: 'gin' })
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column('text', { name: 'title_zh', nullable: true }) titleZh!: string | null;
  @Column('text', { name: 'title_de', nullable: true }) titleDe!: string | null;
  @Column('text', { name: 'title_en', nullable: true }) titleEn!: string | null;
  /** ISIC Rev.4 divisions. */
  @Column('text', { array: true }) sectors!: string[];
  @Column('text') type!: AgreementType;
  @Column('date', { name: 'signed_on' }) signedOn!: string;
  @Column('text', { default: AgreementStatus.SIGNED }) status!: AgreementStatus;
  /** The match suggestion that led to it; no foreign key until suggestions are stored. */
  @Column('uuid', { name: 'suggestion_id', nullable: true }) suggestionId!: string | null;
  @Column('text', { nullable: true }) notes!: string | null;
  @Column('uuid', { name: 'recorded_by', nullable: true }) recordedBy!: string | null;
  @Column('timestamptz', { name: 'status_changed_at', default: () => 'now()' }) statusChangedAt!: Date;

  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}
