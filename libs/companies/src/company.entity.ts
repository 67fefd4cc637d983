import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { BadgeRecord, CompanyStatus, RevenueBand } from './company.model';

@Entity({ name: 'companies' })
@Index('companies_status_created_idx', ['status', 'createdAt', 'id'])
@Index('companies_country_idx', ['country'])
// GIN, for the `&&` overlap queries of matching.
@Index('companies_isic_divisions_gin', ['isicDivisions'], { type: 'gin' })
export class CompanyEntity {
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

  /** ISIC Rev.4 codes as entered, primary first. */
  @Column('text', { name: 'sector_codes', array: true }) sectorCodes!: string[];
  /** Derived from sector_codes on every write; indexed for matching. */
  @Column('text', { name: 'isic_divisions', array: true }) isicDivisions!: string[];

  @Column('integer', { nullable: true }) employees!: number | null;
  @Column('text', { name: 'revenue_band', nullable: true }) revenueBand!: RevenueBand | null;
  @Column('smallint', { name: 'founded_year', nullable: true }) foundedYear!: number | null;
  @Column('text', { nullable: true }) website!: string | null;
  @Column('jsonb', { default: () => "'[]'" }) badges!: BadgeRecord[];
  @Column('text', { array: true, default: () => "'{}'" }) offers!: string[];
  @Column('text', { array: true, default: () => "'{}'" }) needs!: string[];
  @Column('boolean', { name: 'initiative_member', default: false }) initiativeMember!: boolean;
  @Column('text', { default: CompanyStatus.DRAFT }) status!: CompanyStatus;

  @VersionColumn() version!: number;
  // Millisecond precision, so a JS Date in a cursor compares exactly with the stored value.
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}
