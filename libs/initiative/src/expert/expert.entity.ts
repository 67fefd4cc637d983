import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * Lower-cased name, affiliation and biographies, for `textMatch`. Not a column: the migration indexes this
 * expression with a GIN trigram index, and queries use the same expression. Keep it in step with that index.
 */
export function expertSearchText(alias?: string): string {
  const c = (column: string) => (alias ? `${alias}.${column}` : column);
  return `lower(${[c('full_name'), c('affiliation'), `coalesce(${c('bio_zh')}, '')`, `coalesce(${c('bio_de')}, '')`, `coalesce(${c('bio_en')}, '')`].join(" || ' ' || ")})`;
}

/** An expert or consultant appointed by the initiative for a term. */
@Entity({ name: 'experts' })
@Check('experts_term_after_appointment', 'term_ends_on > appointed_on')
@Index('experts_term_idx', ['appointedOn', 'termEndsOn'])
@Index('experts_sectors_gin', ['sectors'], { type: 'gin' })
// GIN trigram index over expertSearchText(), created by hand in the migration (an expression index TypeORM cannot declare).
@Index('experts_search_trgm', { synchronize: false })
export class ExpertEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column('text', { name: 'full_name' }) fullName!: string;
  @Column('text') affiliation!: string;
  @Column('text', { name: 'bio_zh', nullable: true }) bioZh!: string | null;
  @Column('text', { name: 'bio_de', nullable: true }) bioDe!: string | null;
  @Column('text', { name: 'bio_en', nullable: true }) bioEn!: string | null;
  /** ISIC Rev.4 divisions. */
  @Column('text', { array: true }) sectors!: string[];
  /** ISO 639-1 codes. */
  @Column('text', { array: true }) languages!: string[];
  /** ISO 3166-1 countries or ISO 3166-2 regions. */
  @Column('text', { array: true, default: () => "'{}'" }) regions!: string[];
  @Column('date', { name: 'appointed_on' }) appointedOn!: string;
  @Column('date', { name: 'term_ends_on' }) termEndsOn!: string;
  /** Contact for the secretariat; never shown to the public. */
  @Column('text') email!: string;

  @Column('uuid', { name: 'appointed_by', nullable: true }) appointedBy!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}
