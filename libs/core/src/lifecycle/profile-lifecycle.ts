import { registerEnumType } from '@nestjs/graphql';
import { InvalidTransitionException } from '../errors/domain.exception';

/**
 * The review lifecycle shared by park and company profiles:
 * draft -> submitted -> under review -> published | rejected (with a reason) -> (edit) -> resubmitted.
 * Only PUBLISHED profiles whose term has not expired are visible to anyone but their owners and the initiative's staff.
 */
export enum ProfileStatus {
  DRAFT = 'draft',
  SUBMITTED = 'submitted',
  UNDER_REVIEW = 'under_review',
  REJECTED = 'rejected',
  PUBLISHED = 'published',
}

registerEnumType(ProfileStatus, {
  name: 'ProfileStatus',
  description: 'DRAFT -> SUBMITTED -> UNDER_REVIEW -> PUBLISHED or REJECTED (with a reason); a rejected profile is edited and submitted again.',
});

export enum ReviewAction {
  SUBMIT = 'submit',
  START_REVIEW = 'start_review',
  APPROVE = 'approve',
  REJECT = 'reject',
}

registerEnumType(ReviewAction, { name: 'ReviewAction' });

const FROM: Record<ReviewAction, readonly ProfileStatus[]> = {
  [ReviewAction.SUBMIT]: [ProfileStatus.DRAFT, ProfileStatus.REJECTED],
  [ReviewAction.START_REVIEW]: [ProfileStatus.SUBMITTED],
  [ReviewAction.APPROVE]: [ProfileStatus.SUBMITTED, ProfileStatus.UNDER_REVIEW],
  [ReviewAction.REJECT]: [ProfileStatus.SUBMITTED, ProfileStatus.UNDER_REVIEW],
};

const TO: Record<ReviewAction, ProfileStatus> = {
  [ReviewAction.SUBMIT]: ProfileStatus.SUBMITTED,
  [ReviewAction.START_REVIEW]: ProfileStatus.UNDER_REVIEW,
  [ReviewAction.APPROVE]: ProfileStatus.PUBLISHED,
  [ReviewAction.REJECT]: ProfileStatus.REJECTED,
};

const VERB: Record<ReviewAction, string> = {
  [ReviewAction.SUBMIT]: 'submit',
  [ReviewAction.START_REVIEW]: 'start reviewing',
  [ReviewAction.APPROVE]: 'approve',
  [ReviewAction.REJECT]: 'reject',
};

/** What the status means, for error messages. */
const STATE: Record<ProfileStatus, string> = {
  [ProfileStatus.DRAFT]: 'a draft that was never submitted',
  [ProfileStatus.SUBMITTED]: 'a version that is already submitted and waits for review',
  [ProfileStatus.UNDER_REVIEW]: 'a version that is already under review',
  [ProfileStatus.REJECTED]: 'a rejected version; edit it and submit it again',
  [ProfileStatus.PUBLISHED]: 'a version that is already published',
};

/**
 * The status after `action`, or an INVALID_TRANSITION error that says why not:
 * "cannot approve park 0a1b…: it is a draft that was never submitted".
 */
export function reviewTransition(action: ReviewAction, from: ProfileStatus, subject: string): ProfileStatus {
  if (!FROM[action].includes(from)) {
    throw new InvalidTransitionException(`cannot ${VERB[action]} ${subject}: it is ${STATE[from]}`);
  }
  return TO[action];
}

/** Statuses in which the owner may change the content directly (an unpublished profile) or its pending revision. */
export const EDITABLE_STATUSES: readonly ProfileStatus[] = [ProfileStatus.DRAFT, ProfileStatus.REJECTED];

/** Throws unless content in `status` may be edited; content waiting for or under review is frozen. */
export function assertEditable(status: ProfileStatus, subject: string): void {
  if (!EDITABLE_STATUSES.includes(status)) {
    throw new InvalidTransitionException(`cannot edit ${subject}: it is ${STATE[status]}; wait for the review decision`);
  }
}

/** The renewal state of a published profile's term. */
export interface ProfileTerm {
  expiresAt: Date | null;
  /** Inside the warning window before expiry, or already expired. */
  renewalDue: boolean;
  expired: boolean;
}

export function profileTerm(expiresAt: Date | null, warningDays: number, now = new Date()): ProfileTerm {
  if (!expiresAt) return { expiresAt: null, renewalDue: false, expired: false };
  const warnFrom = expiresAt.getTime() - warningDays * 86_400_000;
  return { expiresAt, renewalDue: now.getTime() >= warnFrom, expired: now.getTime() >= expiresAt.getTime() };
}

/** The end of a term that starts now. */
export function termEnd(validityDays: number, now = new Date()): Date {
  return new Date(now.getTime() + validityDays * 86_400_000);
}

/** Visible to everyone: published and inside its term. */
export function isProfileVisible(profile: { status: ProfileStatus; expiresAt: Date | null }, now = new Date()): boolean {
  return profile.status === ProfileStatus.PUBLISHED && (!profile.expiresAt || profile.expiresAt.getTime() > now.getTime());
}

/** The SQL form of isProfileVisible for a table alias (parks and companies share the columns). */
export function visibleProfileSql(alias: string): string {
  return `(${alias}.status = 'published' AND (${alias}.expires_at IS NULL OR ${alias}.expires_at > now()))`;
}

/**
 * Changes made by an owner to a PUBLISHED profile. They wait here, with their own review status,
 * while the published version stays visible; approving them replaces the published content.
 */
export interface ProfileRevision {
  status: ProfileStatus.DRAFT | ProfileStatus.SUBMITTED | ProfileStatus.UNDER_REVIEW | ProfileStatus.REJECTED;
  /** The complete new content, in the shape of the profile's create input (JSON). */
  content: Record<string, unknown>;
  /** Fields whose values differ from the published version. */
  changedFields: string[];
  rejectionReason: string | null;
  updatedAt: string;
}

/** The lifecycle columns parks and companies share. */
export interface ReviewableProfile {
  status: ProfileStatus;
  revision: ProfileRevision | null;
  rejectionReason: string | null;
  submittedAt: Date | null;
  publishedAt: Date | null;
  expiresAt: Date | null;
}

export interface ReviewStep {
  from: ProfileStatus;
  to: ProfileStatus;
  /** Whether the step acted on the pending revision of a published profile rather than on the profile itself. */
  onRevision: boolean;
  /** Set when a revision was approved: the content that now replaces the published one. */
  approvedContent: Record<string, unknown> | null;
}

/**
 * Applies a review action to the lifecycle columns of `profile` (in place) and says what happened.
 * On a published profile the action applies to its pending revision; there must be one.
 * Approval starts a new term of `validityDays`. A rejection needs a reason.
 */
export function applyReviewAction(
  profile: ReviewableProfile,
  action: ReviewAction,
  subject: string,
  options: { validityDays: number; reason?: string | null; now?: Date },
): ReviewStep {
  const now = options.now ?? new Date();
  const reason = options.reason?.trim() || null;
  if (action === ReviewAction.REJECT && !reason) throw new InvalidTransitionException(`cannot reject ${subject} without a reason; say what must change`);
  if (profile.status === ProfileStatus.PUBLISHED) {
    const revision = profile.revision;
    if (!revision) {
      throw new InvalidTransitionException(`cannot ${VERB[action]} ${subject}: it is published and has no pending changes`);
    }
    const to = reviewTransition(action, revision.status, `the pending changes of ${subject}`);
    if (to === ProfileStatus.PUBLISHED) {
      profile.revision = null;
      profile.rejectionReason = null;
      profile.publishedAt = now;
      profile.expiresAt = termEnd(options.validityDays, now);
      return { from: revision.status, to, onRevision: true, approvedContent: revision.content };
    }
    profile.revision = {
      ...revision,
      status: to as ProfileRevision['status'],
      rejectionReason: to === ProfileStatus.REJECTED ? reason : null,
      updatedAt: now.toISOString(),
    };
    return { from: revision.status, to, onRevision: true, approvedContent: null };
  }
  const from = profile.status;
  const to = reviewTransition(action, from, subject);
  profile.status = to;
  profile.rejectionReason = to === ProfileStatus.REJECTED ? reason : null;
  if (to === ProfileStatus.SUBMITTED) profile.submittedAt = now;
  if (to === ProfileStatus.PUBLISHED) {
    profile.publishedAt = now;
    profile.expiresAt = termEnd(options.validityDays, now);
  }
  return { from, to, onRevision: false, approvedContent: null };
}

/** A new term for a published profile (also after it expired). */
export function renewProfile(profile: ReviewableProfile, subject: string, validityDays: number, now = new Date()): { previousExpiry: Date | null } {
  if (profile.status !== ProfileStatus.PUBLISHED) {
    throw new InvalidTransitionException(`cannot renew ${subject}: only published profiles have a term, and it is ${STATE[profile.status]}`);
  }
  const previousExpiry = profile.expiresAt;
  profile.expiresAt = termEnd(validityDays, now);
  return { previousExpiry };
}
