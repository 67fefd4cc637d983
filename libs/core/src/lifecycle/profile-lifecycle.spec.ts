import { InvalidTransitionException } from '../errors/domain.exception';
import { applyReviewAction, isProfileVisible, ProfileStatus, profileTerm, renewProfile, ReviewableProfile, ReviewAction } from './profile-lifecycle';

const DAY = 86_400_000;
const now = new Date('2026-06-01T12:00:00Z');

function profile(overrides: Partial<ReviewableProfile> = {}): ReviewableProfile {
  return { status: ProfileStatus.DRAFT, revision: null, rejectionReason: null, submittedAt: null, publishedAt: null, expiresAt: null, ...overrides };
}

describe('profile lifecycle', () => {
  it('walks draft -> submitted -> under review -> rejected -> submitted -> published, with a term', () => {
    const p = profile();
    expect(applyReviewAction(p, ReviewAction.SUBMIT, 'park 1', { validityDays: 365, now }).to).toBe(ProfileStatus.SUBMITTED);
    expect(p.submittedAt).toEqual(now);
    applyReviewAction(p, ReviewAction.START_REVIEW, 'park 1', { validityDays: 365, now });
    applyReviewAction(p, ReviewAction.REJECT, 'park 1', { validityDays: 365, reason: ' Add a German name. ', now });
    expect(p).toMatchObject({ status: ProfileStatus.REJECTED, rejectionReason: 'Add a German name.' });
    applyReviewAction(p, ReviewAction.SUBMIT, 'park 1', { validityDays: 365, now });
    expect(p.rejectionReason).toBeNull();
    applyReviewAction(p, ReviewAction.APPROVE, 'park 1', { validityDays: 365, now });
    expect(p).toMatchObject({ status: ProfileStatus.PUBLISHED, publishedAt: now, expiresAt: new Date(now.getTime() + 365 * DAY) });
  });

  it.each([
    [ReviewAction.APPROVE, ProfileStatus.DRAFT, 'cannot approve park 1: it is a draft that was never submitted'],
    [ReviewAction.START_REVIEW, ProfileStatus.REJECTED, 'cannot start reviewing park 1: it is a rejected version; edit it and submit it again'],
    [ReviewAction.SUBMIT, ProfileStatus.UNDER_REVIEW, 'cannot submit park 1: it is a version that is already under review'],
    [ReviewAction.REJECT, ProfileStatus.DRAFT, 'cannot reject park 1: it is a draft that was never submitted'],
  ])('refuses to %s a profile that is %s, saying why, and changes nothing', (action, status, message) => {
    const p = profile({ status });
    expect(() => applyReviewAction(p, action, 'park 1', { validityDays: 365, reason: 'r', now })).toThrow(new InvalidTransitionException(message));
    expect(p.status).toBe(status);
  });

  it('needs a reason to reject', () => {
    expect(() => applyReviewAction(profile({ status: ProfileStatus.SUBMITTED }), ReviewAction.REJECT, 'park 1', { validityDays: 365, reason: '  ', now })).toThrow(
      /without a reason/,
    );
  });

  it('reviews the pending changes of a published profile and hands over their content on approval', () => {
    const p = profile({
      status: ProfileStatus.PUBLISHED,
      expiresAt: new Date(now.getTime() + 10 * DAY),
      revision: { status: ProfileStatus.SUBMITTED, content: { city: 'Jimo' }, changedFields: ['city'], rejectionReason: null, updatedAt: now.toISOString() },
    });
    const step = applyReviewAction(p, ReviewAction.APPROVE, 'park 1', { validityDays: 30, now });
    expect(step).toEqual({ from: ProfileStatus.SUBMITTED, to: ProfileStatus.PUBLISHED, onRevision: true, approvedContent: { city: 'Jimo' } });
    expect(p).toMatchObject({ status: ProfileStatus.PUBLISHED, revision: null, expiresAt: new Date(now.getTime() + 30 * DAY) });
    expect(() => applyReviewAction(p, ReviewAction.APPROVE, 'park 1', { validityDays: 30, now })).toThrow(/published and has no pending changes/);
  });

  it('is visible only while published and inside its term; the renewal warning starts before expiry', () => {
    const expiresAt = new Date(now.getTime() + 20 * DAY);
    expect(isProfileVisible({ status: ProfileStatus.PUBLISHED, expiresAt }, now)).toBe(true);
    expect(isProfileVisible({ status: ProfileStatus.PUBLISHED, expiresAt }, new Date(expiresAt.getTime() + 1))).toBe(false);
    expect(isProfileVisible({ status: ProfileStatus.SUBMITTED, expiresAt: null }, now)).toBe(false);
    expect(profileTerm(expiresAt, 30, now)).toMatchObject({ renewalDue: true, expired: false });
    expect(profileTerm(expiresAt, 10, now)).toMatchObject({ renewalDue: false, expired: false });
    const p = profile({ status: ProfileStatus.PUBLISHED, expiresAt: new Date(now.getTime() - DAY) });
    expect(renewProfile(p, 'park 1', 365, now).previousExpiry).toEqual(new Date(now.getTime() - DAY));
    expect(p.expiresAt).toEqual(new Date(now.getTime() + 365 * DAY));
  });
});
