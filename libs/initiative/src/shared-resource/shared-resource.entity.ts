import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { CompanyEntity } from '@hc/companies';
import { ParkEntity } from '@hc/parks';
import { SharedResourceStatus, SharedResourceType } from './shared-resource.model';

/**
 * Lower-cased text of every language, city, capacity and conditions, for `textMatch`. Not a column: the
 * migration indexes this expression with a GIN trigram index, and queries use the same expression (with
 * the table's alias) so PostgreSQL can use it. Keep it in step with that index.
 */
export function sharedResourceSearchText(alias?: string): string {
  const c = (column: string) => (alias ? `${alias}.${column}` : column);
  const optional = ['name_zh', 'name_de', 'name_en', 'description_zh', 'description_de', 'description_en'].map((column) => `coalesce(${c(column)}, '')`);
  return `lower(${[...optional, c('city'), `coalesce(${c('capacity')}, '')`, `coalesce(${c('conditions')}, '')`].join(" || ' ' || ")})`;
}

/** A lab, pilot line, training centre, site or service that a member shares with the others. */
@Entity({ name: 'shared_resources' })
@Check('shared_resources_one_owner', '(park_id IS NULL) <> (company_id IS NULL)')
@Index('shared_resources_park_idx', ['parkId'])
@Index('shared_resources_company_idx', ['companyId'])
@Index('shared_resources_status_created_idx', ['status', 'createdAt', 'id'])
// GIN trigram index over sharedResourceSearchText(), created by hand in the migration (an expression index TypeORM cannot declare).
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

  @Column('text', { default: SharedResourceStatus.ACTIVE }) status!: SharedResourceStatus;
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true }) withdrawnAt!: Date | null;

  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}
