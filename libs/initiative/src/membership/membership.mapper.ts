import { Localized } from '@hc/core';
import { profileRefOf } from '../common/profile-ref';
import { MembershipEntity } from './membership.entity';
import { MEMBERSHIP_STATUS_LABELS } from './membership.model';
import { MembershipObject } from './membership.object';

/** A membership with the name of its member, as the service returns it. */
export interface MembershipView {
  membership: MembershipEntity;
  memberName: Localized;
}

export function toMembershipObject({ membership: m, memberName }: MembershipView): MembershipObject {
  const member = profileRefOf(m);
  return {
    id: m.id,
    memberKind: member.kind,
    memberId: member.id,
    memberName: { ...memberName },
    status: m.status,
    statusLabel: { ...MEMBERSHIP_STATUS_LABELS[m.status] },
    motivation: m.motivation,
    declineReason: m.declineReason,
    appliedAt: m.appliedAt,
    decidedAt: m.decidedAt,
    withdrawnAt: m.withdrawnAt,
    version: m.version,
  };
}
