import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { CompanyEntity } from '@hc/companies';
import { ParkEntity } from '@hc/parks';
import { SharedResourceStatus, SharedResourceType } from './shared-resource.model';

/** Lower-cased text of every language, for `textMatch`; kept by PostgreSQL itself. */
export const SHARED_RESOURCE_SEARCH_TEXT = `lower(coalesce(name_zh, '') || ' ' || coalesce(name_de, '') || ' ' || coalesce(name_en, '') || ' ' || coalesce(description_zh, '') || ' ' || coalesce(description_de, '') || ' ' || coalesce(description_en, '') || ' ' || city || ' ' || coalesce(capacity, '') || ' ' || coalesce(conditions, ''))`;

/** A lab, pilot line, training centre, site or service that a member shares with the others. */
@Entity({ name: 'shared_resources' })
@Check('shared_resources_one_owner', '(park_id IS NULL) <> (company_id IS NULL)')
@Index('shared_resources_park_idx', ['parkId'])
@Index('shared_resources_company_idx', ['companyId'])
@Index('shared_resources_status_created_idx', ['status', 'createdAt', 'id'])
// GIN trigram index, created by the migration (an operator class TypeORM cannot express); kept out of sync.
@Index('shared_resources_search_trgm', { synchronize: false })
export class SharedResourceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  /** Exactly one owner: a park or a company; deleting the owner deletes its resources. */
  @Column('uuid', { name: 'park_id', nullable: true }) parkId!: string | null;
  @Column('uuid', { name: 'company_id', nullable: true }) companyId!: string | null;
  @ManyToOne(() => ParkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'park_id' })
  park?: ParkEntity;
  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity;

  @Column('text') type!: SharedResourceType;
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
  @Column('text', { nullable: true }) capacity!: string | null;
  @Column('text', { nullable: true }) conditions!: string | null;

  @Column('text', { name: 'search_text', generatedType: 'STORED', asExpression: SHARED_RESOURCE_SEARCH_TEXT, insert: false, update: false, select: false })
  searchText?: string;

  @Column('text', { default: SharedResourceStatus.ACTIVE }) status!: SharedResourceStatus;
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true }) withdrawnAt!: Date | null;

  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}
