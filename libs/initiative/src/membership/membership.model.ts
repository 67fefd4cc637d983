import { InvalidTransitionException, Localized } from '@hc/core';

/**
 * A park's or company's membership of the new-ecology initiative:
 * APPLIED -> ACCEPTED | DECLINED (with a reason); APPLIED or ACCEPTED -> WITHDRAWN.
 * At most one membership per profile is open (APPLIED or ACCEPTED) at a time.
 */
export enum MembershipStatus {
  APPLIED = 'applied',
  ACCEPTED = 'accepted',
  DECLINED = 'declined',
  WITHDRAWN = 'withdrawn',
}

export const OPEN_MEMBERSHIP_STATUSES: readonly MembershipStatus[] = [MembershipStatus.APPLIED, MembershipStatus.ACCEPTED];

export enum MembershipAction {
  ACCEPT = 'accept',
  DECLINE = 'decline',
  WITHDRAW = 'withdraw',
}

const FROM: Record<MembershipAction, readonly MembershipStatus[]> = {
  [MembershipAction.ACCEPT]: [MembershipStatus.APPLIED],
  [MembershipAction.DECLINE]: [MembershipStatus.APPLIED],
  [MembershipAction.WITHDRAW]: [MembershipStatus.APPLIED, MembershipStatus.ACCEPTED],
};

const TO: Record<MembershipAction, MembershipStatus> = {
  [MembershipAction.ACCEPT]: MembershipStatus.ACCEPTED,
  [MembershipAction.DECLINE]: MembershipStatus.DECLINED,
  [MembershipAction.WITHDRAW]: MembershipStatus.WITHDRAWN,
};

/** What the status means, for error messages. */
const STATE: Record<MembershipStatus, string> = {
  [MembershipStatus.APPLIED]: 'it still waits for a decision',
  [MembershipStatus.ACCEPTED]: 'it was already accepted',
  [MembershipStatus.DECLINED]: 'it was already declined',
  [MembershipStatus.WITHDRAWN]: 'it was withdrawn',
};

/**
 * The status after `action`, or INVALID_TRANSITION with a sentence:
 * "cannot accept membership 0a1b…: it was already declined".
 */
export function membershipTransition(action: MembershipAction, from: MembershipStatus, membershipId: string): MembershipStatus {
  if (!FROM[action].includes(from)) throw new InvalidTransitionException(`cannot ${action} membership ${membershipId}: ${STATE[from]}`);
  return TO[action];
}

export const MEMBERSHIP_STATUS_LABELS: Record<MembershipStatus, Localized> = {
  [MembershipStatus.APPLIED]: { zh: '已申请', de: 'Beantragt', en: 'Applied' },
  [MembershipStatus.ACCEPTED]: { zh: '已接纳', de: 'Aufgenommen', en: 'Accepted' },
  [MembershipStatus.DECLINED]: { zh: '未通过', de: 'Abgelehnt', en: 'Declined' },
  [MembershipStatus.WITHDRAWN]: { zh: '已撤回', de: 'Zurückgezogen', en: 'Withdrawn' },
};

export const MOTIVATION_MAX_LENGTH = 2000;
export const DECLINE_REASON_MAX_LENGTH = 1000;
