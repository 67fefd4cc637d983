import { InvalidTransitionException } from '@hc/core';
import { MembershipAction, MembershipStatus, membershipTransition } from './membership.model';

describe('membershipTransition', () => {
  const { APPLIED, ACCEPTED, DECLINED, WITHDRAWN } = MembershipStatus;
  const allowed: [MembershipAction, MembershipStatus, MembershipStatus][] = [
    [MembershipAction.ACCEPT, APPLIED, ACCEPTED],
    [MembershipAction.DECLINE, APPLIED, DECLINED],
    [MembershipAction.WITHDRAW, APPLIED, WITHDRAWN],
    [MembershipAction.WITHDRAW, ACCEPTED, WITHDRAWN],
  ];

  it.each(allowed)('%s: %s -> %s', (action, from, to) => {
    expect(membershipTransition(action, from, 'm1')).toBe(to);
  });

  it('refuses every other transition with a sentence that says why', () => {
    const refused = Object.values(MembershipAction).flatMap((action) =>
      Object.values(MembershipStatus)
        .filter((from) => !allowed.some(([a, f]) => a === action && f === from))
        .map((from) => [action, from] as const),
    );
    expect(refused).toHaveLength(8);
    for (const [action, from] of refused) expect(() => membershipTransition(action, from, 'm1')).toThrow(InvalidTransitionException);
    expect(() => membershipTransition(MembershipAction.ACCEPT, DECLINED, 'm1')).toThrow('cannot accept membership m1: it was already declined');
    expect(() => membershipTransition(MembershipAction.DECLINE, ACCEPTED, 'm1')).toThrow('cannot decline membership m1: it was already accepted');
    expect(() => membershipTransition(MembershipAction.WITHDRAW, WITHDRAWN, 'm1')).toThrow('cannot withdraw membership m1: it was withdrawn');
  });
});
