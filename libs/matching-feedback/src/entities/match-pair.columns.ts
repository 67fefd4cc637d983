import { CompanyEntity } from '@hc/companies';
import { ParkEntity } from '@hc/parks';
import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { SubjectColumns } from '../feedback.model';

/**
 * A subject (exactly one of a park or a company) and a candidate company: the pair every feedback table is about.
 * Real foreign keys, so deleting a park or company removes its feedback. Each entity adds its CHECK and indexes.
 */
export abstract class MatchPairColumns implements SubjectColumns {
  @Column('uuid', { name: 'subject_park_id', nullable: true }) subjectParkId!: string | null;
  @Column('uuid', { name: 'subject_company_id', nullable: true }) subjectCompanyId!: string | null;
  @Column('uuid', { name: 'candidate_id' }) candidateId!: string;

  @ManyToOne(() => ParkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subject_park_id' })
  subjectPark?: ParkEntity;
  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subject_company_id' })
  subjectCompany?: CompanyEntity;
  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CompanyEntity;
}

/** The CHECK every pair table carries. */
export const ONE_SUBJECT = '(subject_park_id IS NULL) <> (subject_company_id IS NULL)';
