import { ProfileRevision, ProfileStatus, ReviewableProfile } from '@hc/core';
import { Column } from 'typeorm';

/** The review-lifecycle columns that park and company entities inherit (see ProfileStatus). */
export abstract class ReviewableProfileColumns implements ReviewableProfile {
  @Column('text', { default: ProfileStatus.DRAFT }) status!: ProfileStatus;
  /** Pending changes to a published profile, with their own review status; the published content stays in the columns. */
  @Column('jsonb', { nullable: true }) revision!: ProfileRevision | null;
  @Column('text', { name: 'rejection_reason', nullable: true }) rejectionReason!: string | null;
  @Column('timestamptz', { name: 'submitted_at', nullable: true }) submittedAt!: Date | null;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt!: Date | null;
  /** End of the published term; the profile disappears from search and lists after it unless renewed. */
  @Column('timestamptz', { name: 'expires_at', nullable: true }) expiresAt!: Date | null;
}
