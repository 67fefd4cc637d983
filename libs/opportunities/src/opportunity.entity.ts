import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { CompanyEntity, SizeBand } from '@hc/companies';
import { ParkEntity } from '@hc/parks';
import { DevelopmentStage, IpStatus, OpportunityStatus, OpportunityType, PartnershipType } from './opportunity.model';

@Entity({ name: 'opportunities' })
@Check('opportunities_one_owner', '(company_id IS NULL) <> (park_id IS NULL)')
@Index('opportunities_company_idx', ['companyId'])
@Index('opportunities_park_idx', ['parkId'])
@Index('opportunities_active_expiry_idx', ['expiresAt'], { where: "status = 'active'" })
export class OpportunityEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  /** Exactly one owner: a company or a park; deleting the owner deletes its opportunities. */
  @Column('uuid', { name: 'company_id', nullable: true }) companyId!: string | null;
  @Column('uuid', { name: 'park_id', nullable: true }) parkId!: string | null;
  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity;
  @ManyToOne(() => ParkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'park_id' })
  park?: ParkEntity;

  @Column('text') type!: OpportunityType;
  @Column('text', { name: 'title_zh', nullable: true }) titleZh!: string | null;
  @Column('text', { name: 'title_de', nullable: true }) titleDe!: string | null;
  @Column('text', { name: 'title_en', nullable: true }) titleEn!: string | null;
  @Column('text', { name: 'description_zh', nullable: true }) descriptionZh!: string | null;
  @Column('text', { name: 'description_de', nullable: true }) descriptionDe!: string | null;
  @Column('text', { name: 'description_en', nullable: true }) descriptionEn!: string | null;
  @Column('text', { name: 'partnership_types', array: true }) partnershipTypes!: PartnershipType[];
  @Column('text', { name: 'technology_keywords', array: true, default: () => "'{}'" }) technologyKeywords!: string[];
  @Column('text', { name: 'market_keywords', array: true, default: () => "'{}'" }) marketKeywords!: string[];
  @Column('text', { name: 'target_countries', array: true, default: () => "'{}'" }) targetCountries!: string[];
  @Column('text', { name: 'partner_sizes', array: true, default: () => "'{}'" }) partnerSizes!: SizeBand[];
  @Column('text', { nullable: true }) stage!: DevelopmentStage | null;
  @Column('text', { name: 'ip_status', nullable: true }) ipStatus!: IpStatus | null;

  @Column('text', { default: OpportunityStatus.ACTIVE }) status!: OpportunityStatus;
  @Column('timestamptz', { name: 'published_at', default: () => 'now()' }) publishedAt!: Date;
  /** Publication or last renewal plus OPPORTUNITY_VALIDITY_DAYS. */
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  /** Hash of the content: an import that carries the same opportunity leaves it (and its expiry) alone. */
  @Column('text', { name: 'content_hash' }) contentHash!: string;

  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}
