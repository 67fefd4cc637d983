import { ReviewableProfileColumns } from '@hc/persistence';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { ParkOffering } from './park.model';

@Entity({ name: 'parks' })
@Index('parks_status_created_idx', ['status', 'createdAt', 'id'])
// Trigram index over PARK_SEARCH_TEXT, created by hand in the migration (an expression index TypeORM cannot declare).
@Index('parks_search_trgm', { synchronize: false })
export class ParkEntity extends ReviewableProfileColumns {
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

  /** ISIC Rev.4 divisions the park wants to grow. */
  @Column('text', { name: 'focus_sectors', array: true }) focusSectors!: string[];
  /** ISIC divisions the park's ecosystem lacks and wants filled (e.g. battery makers next to vehicle makers). */
  @Column('text', { name: 'gap_sectors', array: true, default: () => "'{}'" }) gapSectors!: string[];
  @Column('text', { array: true, default: () => "'{}'" }) offerings!: ParkOffering[];
  @Column('boolean', { name: 'initiative_member', default: false }) initiativeMember!: boolean;
  @Column('text', { nullable: true }) website!: string | null;

  @VersionColumn() version!: number;
  // Millisecond precision, so a JS Date in a cursor compares exactly with the stored value.
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}

/** Names, descriptions and city in every language, lower-cased: what `parks(filter: { query })` searches (alias p). */
export const PARK_SEARCH_TEXT = `lower(coalesce(p.name_zh, '') || ' ' || coalesce(p.name_de, '') || ' ' || coalesce(p.name_en, '') || ' ' || coalesce(p.description_zh, '') || ' ' || coalesce(p.description_de, '') || ' ' || coalesce(p.description_en, '') || ' ' || p.city)`;
