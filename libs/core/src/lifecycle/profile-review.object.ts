import { Field, ObjectType } from '@nestjs/graphql';
import { ProfileStatus, profileTerm, ReviewableProfile } from './profile-lifecycle';

@ObjectType('PendingChanges', { description: 'Edits to a published profile that wait for review; the published version stays visible meanwhile.' })
export class PendingChangesObject {
  @Field(() => ProfileStatus) status!: ProfileStatus;
  @Field(() => [String]) changedFields!: string[];
  @Field(() => String, { nullable: true }) rejectionReason!: string | null;
  @Field() updatedAt!: Date;
}

@ObjectType('ProfileReview', { description: 'Where a profile stands in the review lifecycle. Shown to its owners and the initiative staff only.' })
export class ProfileReviewObject {
  @Field(() => ProfileStatus) status!: ProfileStatus;
  @Field(() => String, { nullable: true, description: 'Why the last review rejected it.' }) rejectionReason!: string | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'End of the published term; renew before it.' }) expiresAt!: Date | null;
  @Field({ description: 'Inside the warning window before expiry (PROFILE_RENEWAL_WARNING_DAYS), or expired.' }) renewalDue!: boolean;
  @Field() expired!: boolean;
  @Field(() => PendingChangesObject, { nullable: true }) pendingChanges!: PendingChangesObject | null;
}

export function toProfileReviewObject(profile: ReviewableProfile, warningDays: number, now = new Date()): ProfileReviewObject {
  const term = profileTerm(profile.status === ProfileStatus.PUBLISHED ? profile.expiresAt : null, warningDays, now);
  const r = profile.revision;
  return {
    status: profile.status,
    rejectionReason: profile.rejectionReason,
    submittedAt: profile.submittedAt,
    publishedAt: profile.publishedAt,
    expiresAt: profile.expiresAt,
    renewalDue: term.renewalDue,
    expired: term.expired,
    pendingChanges: r ? { status: r.status, changedFields: r.changedFields, rejectionReason: r.rejectionReason, updatedAt: new Date(r.updatedAt) } : null,
  };
}
