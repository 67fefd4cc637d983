import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CompanyEntity } from '@hc/companies';
import { ParkEntity } from '@hc/parks';
import { AgreementEntity } from './agreement.entity';

/** One party of an agreement: a park or a company, in the order they were entered. */
@Entity({ name: 'agreement_parties' })
@Check('agreement_parties_one_party', '(park_id IS NULL) <> (company_id IS NULL)')
@Index('agreement_parties_park_uq', ['agreementId', 'parkId'], { unique: true })
@Index('agreement_parties_company_uq', ['agreementId', 'companyId'], { unique: true })
@Index('agreement_parties_park_idx', ['parkId'])
@Index('agreement_parties_company_idx', ['companyId'])
export class AgreementPartyEntity {
  @PrimaryColumn('uuid', { name: 'agreement_id' }) agreementId!: string;
  @PrimaryColumn('smallint') position!: number;
  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: AgreementEntity;

  @Column('uuid', { name: 'park_id', nullable: true }) parkId!: string | null;
  @Column('uuid', { name: 'company_id', nullable: true }) companyId!: string | null;
  @ManyToOne(() => ParkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'park_id' })
  park?: ParkEntity;
  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity;
}
