import { ReviewableProfileColumns } from '@hc/persistence';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { ActivityCode, BadgeRecord, BadgeVariant, RevenueBand } from './company.model';

@Entity({ name: 'companies' })
@Index('companies_status_created_idx', ['status', 'createdAt', 'id'])
@Index('companies_country_idx', ['country'])
// GIN, for the `&&` overlap queries of matching.
@Index('companies_isic_divisions_gin', ['isicDivisions'], { type: 'gin' })
// Dedupe keys of imports: one company per register entry, and name lookups within a city.
@Index('companies_registry_key_uq', ['country', 'registryKey'], { unique: true, where: 'registry_key IS NOT NULL' })
@Index('companies_city_key_idx', ['country', 'cityKey'])
export class CompanyEntity extends ReviewableProfileColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'name_zh', nullable: true }) nameZh!: string | null;
  @Column('text', { name: 'name_de', nullable: true }) nameDe!: string | null;
  @Column('text', { name: 'name_en', nullable: true }) nameEn!: string | null;
  @Column('text', { name: 'description_zh', nullable: true }) descriptionZh!: string | null;
  @Column('text', { name: 'description_de', nullable: true }) descriptionDe!: string | null;
  @Column('text', { name: 'description_en', nullable: true }) descriptionEn!: string | null;

  @Column('character', { length: 2 }) country!: string;
  @Column('text', { nullable: true }) region!: string | null;
  @Column('text') city!: string;
  @Column('double precision') latitude!: number;
  @Column('double precision') longitude!: number;

  @Column('text', { name: 'registry_id', nullable: true }) registryId!: string | null;

  /** Activity codes as entered, in their own schemes, primary first. */
  @Column('jsonb', { name: 'activity_codes', default: () => "'[]'" }) activityCodes!: ActivityCode[];
  /** Derived on every write: the ISIC Rev.4 codes of activity_codes, primary first. */
  @Column('text', { name: 'isic_codes', array: true }) isicCodes!: string[];
  /** Derived on every write: the ISIC divisions of isic_codes; indexed for matching. */
  @Column('text', { name: 'isic_divisions', array: true }) isicDivisions!: string[];

  @Column('integer', { nullable: true }) employees!: number | null;
  @Column('double precision', { name: 'annual_turnover_eur', nullable: true }) annualTurnoverEur!: number | null;
  @Column('double precision', { name: 'balance_sheet_total_eur', nullable: true }) balanceSheetTotalEur!: number | null;
  @Column('text', { name: 'revenue_band', nullable: true }) revenueBand!: RevenueBand | null;
  @Column('smallint', { name: 'founded_year', nullable: true }) foundedYear!: number | null;
  @Column('text', { nullable: true }) website!: string | null;
  @Column('jsonb', { default: () => "'[]'" }) badges!: BadgeRecord[];
  @Column('text', { array: true, default: () => "'{}'" }) offers!: string[];
  @Column('text', { array: true, default: () => "'{}'" }) needs!: string[];
  @Column('boolean', { name: 'initiative_member', default: false }) initiativeMember!: boolean;
  /** Derived: the EU SME category of the figures, recomputed whenever they change. */
  @Column('text', { name: 'eu_sme_category', nullable: true }) euSmeCategory!: BadgeVariant | null;
  /** Derived: the day the figures that decide the EU SME category last changed. */
  @Column('date', { name: 'eu_sme_assessed_on', nullable: true }) euSmeAssessedOn!: string | null;
  /** Derived dedupe keys (see company-keys.ts). */
  @Column('text', { name: 'registry_key', nullable: true }) registryKey!: string | null;
  @Column('text', { name: 'name_keys', array: true, default: () => "'{}'" }) nameKeys!: string[];
  @Column('text', { name: 'city_key', default: '' }) cityKey!: string;
  /** Hash of the writable content: an import that would write the same content writes nothing. */
  @Column('text', { name: 'content_hash', default: '' }) contentHash!: string;

  @VersionColumn() version!: number;
  // Millisecond precision, so a JS Date in a cursor compares exactly with the stored value.
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}
