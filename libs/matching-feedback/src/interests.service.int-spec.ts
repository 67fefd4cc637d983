import { Actor, Role, SubjectKind } from '@hc/identity';
import { createTestDatabase } from '@hc/testing';
import { DataSource } from 'typeorm';
import { InterestDirection, InterestStatus, NotificationKind } from './feedback.model';
import { auditTrail, company, failureOf, feedbackDatabase, FeedbackServices, insertAgreement, insertCompany, insertPark, notificationsSent, park, signedIn, snapshot } from './test-support/feedback.fixtures';

describe('InterestsService (real PostgreSQL)', () => {
  let dataSource: DataSource;
  let s: FeedbackServices;
  const database = feedbackDatabase(createTestDatabase);
  beforeAll(() => ({ dataSource, services: s } = database));

  /** A published park with two managers, a published German company with two representatives. */
  async function scene() {
    const parkId = await insertPark(dataSource, { nameZh: '太仓高新区', nameDe: 'Hightech-Zone Taicang', nameEn: 'Taicang Hi-Tech Zone' });
    const companyId = await insertCompany(dataSource, { nameZh: '内卡精密', nameDe: 'Neckar Präzision GmbH', nameEn: 'Neckar Precision GmbH', country: 'DE', sectors: ['28'] });
    const li = await signedIn(dataSource, Role.PARK_MANAGER, { parks: [parkId] }, 'Li Wei');
    const wang = await signedIn(dataSource, Role.PARK_MANAGER, { parks: [parkId] }, 'Wang Fang');
    const anna = await signedIn(dataSource, Role.COMPANY_REP, { companies: [companyId] }, 'Anna Bauer');
    const jonas = await signedIn(dataSource, Role.COMPANY_REP, { companies: [companyId] }, 'Jonas Keller');
    return { parkId, companyId, li, wang, anna, jonas };
  }

  const express = (actor: Actor, parkId: string, companyId: string, message = 'We would like to host your first plant in China.') =>
    s.interests.express(actor, { subjectKind: SubjectKind.PARK, subjectId: parkId, candidateId: companyId, message });

  it("an expression of interest notifies the company's representatives; one of them accepts; the sender's managers are notified", async () => {
    const { parkId, companyId, li, wang, anna, jonas } = await scene();
    const sent = await express(li, parkId, companyId);
    expect(sent.interest).toMatchObject({ status: InterestStatus.SENT, sentBy: li.userId, subjectParkId: parkId, candidateId: companyId });
    expect(await notificationsSent(dataSource)).toEqual(
      [
        [anna.userId, NotificationKind.INTEREST_RECEIVED],
        [jonas.userId, NotificationKind.INTEREST_RECEIVED],
      ].sort(),
    );
    const [received] = (await s.notifications.list(anna, { first: 10, unreadOnly: true })).edges.map((e) => e.node);
    expect(received!.payload).toMatchObject({ interestId: sent.interest.id, subjectKind: 'park', subjectId: parkId, candidateId: companyId });
    expect(received!.payload.text).toEqual({
      zh: '“太仓高新区”希望与“内卡精密”开展合作，并发送了合作意向。',
      de: '„Hightech-Zone Taicang“ hat Interesse an einer Zusammenarbeit mit „Neckar Präzision GmbH“ bekundet.',
      en: '"Taicang Hi-Tech Zone" has expressed interest in cooperating with "Neckar Precision GmbH".',
    });

    const accepted = await s.interests.accept(jonas, sent.interest.id);
    expect(accepted.interest).toMatchObject({ status: InterestStatus.ACCEPTED, respondedBy: jonas.userId });
    expect(accepted.interest.acceptedAt).toBeInstanceOf(Date);
    const toSender = (await notificationsSent(dataSource)).filter(([, kind]) => kind === NotificationKind.INTEREST_ACCEPTED);
    expect(toSender).toEqual([[li.userId, NotificationKind.INTEREST_ACCEPTED], [wang.userId, NotificationKind.INTEREST_ACCEPTED]].sort());
    const [news] = (await s.notifications.list(wang, { first: 10, unreadOnly: true })).edges.map((e) => e.node);
    expect(news!.payload.text.en).toBe('"Neckar Precision GmbH" accepted the expression of interest of "Taicang Hi-Tech Zone".');

    const trail = await auditTrail(dataSource, 'interest', sent.interest.id);
    expect(trail.map((a) => [a.action, a.fromStatus, a.toStatus, a.actorId])).toEqual([
      ['express', null, 'sent', li.userId],
      ['accept', 'sent', 'accepted', jonas.userId],
    ]);
  });

  it('a park manager cannot answer an interest sent to a company', async () => {
    const { parkId, companyId, li } = await scene();
    const sent = await express(li, parkId, companyId);
    const before = await snapshot(dataSource);
    const refused = await failureOf(s.interests.accept(li, sent.interest.id));
    expect(refused).toMatchObject({ code: 'FORBIDDEN' });
    expect(refused.message).toContain(`only the representatives of company ${companyId}`);
    expect(await failureOf(s.interests.decline(li, sent.interest.id, 'never mind'))).toMatchObject({ code: 'FORBIDDEN' });
    // Nor can a representative of another company.
    const other = await insertCompany(dataSource);
    const stranger = await signedIn(dataSource, Role.COMPANY_REP, { companies: [other] });
    expect(await failureOf(s.interests.accept(stranger, sent.interest.id))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await snapshot(dataSource)).toBe(before);
  });

  it('declines with a reason; the sender withdraws only what is unanswered; wrong steps are refused with a sentence', async () => {
    const { parkId, companyId, li, anna } = await scene();
    const first = await express(li, parkId, companyId);
    // One open interest per pair.
    expect(await failureOf(express(li, parkId, companyId))).toMatchObject({
      code: 'CONFLICT',
      message: `park ${parkId} already has an open expression of interest in company ${companyId} (interest ${first.interest.id}, sent); withdraw it or wait for the answer`,
    });
    expect(await failureOf(s.interests.withdraw(anna, first.interest.id))).toMatchObject({ code: 'FORBIDDEN' });
    const declined = await s.interests.decline(anna, first.interest.id, '  We are not expanding to Asia this year. ');
    expect(declined.interest).toMatchObject({ status: InterestStatus.DECLINED, declineReason: 'We are not expanding to Asia this year.' });
    expect((await auditTrail(dataSource, 'interest', first.interest.id)).at(-1)).toMatchObject({ action: 'decline', reason: 'We are not expanding to Asia this year.' });
    expect(await failureOf(s.interests.accept(anna, first.interest.id))).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: `cannot accept interest ${first.interest.id}: it was declined`,
    });

    // A declined interest is closed: the park may try again, and withdraw the new one.
    const second = await express(li, parkId, companyId, 'Perhaps next year?');
    const withdrawn = await s.interests.withdraw(li, second.interest.id);
    expect(withdrawn.interest.status).toBe(InterestStatus.WITHDRAWN);
    expect(withdrawn.interest.withdrawnAt).toBeInstanceOf(Date);
    expect(await failureOf(s.interests.scheduleMeeting(li, { interestId: second.interest.id, at: new Date('2025-06-02T09:00:00Z'), place: 'Taicang' }))).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: `cannot schedule a meeting for interest ${second.interest.id}: it was withdrawn`,
    });
    const third = await express(li, parkId, companyId, 'A third try.');
    expect(await failureOf(s.interests.scheduleMeeting(anna, { interestId: third.interest.id, at: new Date('2025-06-02T09:00:00Z'), place: 'Taicang' }))).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: `cannot schedule a meeting for interest ${third.interest.id}: it must be accepted first`,
    });
  });

  it('an accepted interest leads to a meeting and an agreement both sides signed; the agreement points back to it', async () => {
    const { parkId, companyId, li, wang, anna, jonas } = await scene();
    const sent = await express(li, parkId, companyId);
    await s.interests.accept(anna, sent.interest.id);
    const agreementId = await insertAgreement(dataSource, [park(parkId), company(companyId)]);
    expect(await failureOf(s.interests.linkAgreement(li, { interestId: sent.interest.id, agreementId }))).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: `cannot link an agreement to interest ${sent.interest.id}: schedule the meeting first`,
    });

    const at = new Date('2025-06-02T09:30:00Z');
    const meeting = await s.interests.scheduleMeeting(anna, { interestId: sent.interest.id, at, place: ' Taicang, Building 3 ' });
    expect(meeting.interest).toMatchObject({ status: InterestStatus.MEETING_SCHEDULED, meetingAt: at, meetingPlace: 'Taicang, Building 3' });
    const meetingNews = (await notificationsSent(dataSource)).filter(([, kind]) => kind === NotificationKind.MEETING_SCHEDULED);
    // Both sides but the one who scheduled it.
    expect(meetingNews.map(([user]) => user).sort()).toEqual([li.userId, wang.userId, jonas.userId].sort());
    const meetingText = (await s.notifications.list(li, { first: 10, unreadOnly: false })).edges.find((e) => e.node.kind === NotificationKind.MEETING_SCHEDULED)?.node.payload.text.en;
    expect(meetingText).toBe('A meeting of "Taicang Hi-Tech Zone" and "Neckar Precision GmbH" is scheduled for 2025-06-02 09:30 UTC, place: Taicang, Building 3.');
    // Moved by the other side.
    const moved = await s.interests.scheduleMeeting(li, { interestId: sent.interest.id, at: new Date('2025-06-03T14:00:00Z'), place: 'Stuttgart' });
    expect(moved.interest.meetingPlace).toBe('Stuttgart');

    const reviewer = await signedIn(dataSource, Role.REVIEWER);
    const agreed = await s.interests.linkAgreement(reviewer, { interestId: sent.interest.id, agreementId });
    expect(agreed.interest).toMatchObject({ status: InterestStatus.AGREED, agreementId });
    expect(await dataSource.query(`SELECT suggestion_id, version FROM cooperation_agreements WHERE id = $1`, [agreementId])).toEqual([{ suggestion_id: sent.interest.id, version: 2 }]);
    expect((await auditTrail(dataSource, 'interest', sent.interest.id)).map((a) => a.action)).toEqual(['express', 'accept', 'schedule_meeting', 'schedule_meeting', 'link_agreement']);
    expect((await auditTrail(dataSource, 'agreement', agreementId)).map((a) => a.changes)).toEqual([[{ field: 'suggestionId', from: null, to: sent.interest.id }]]);
    expect(await failureOf(s.interests.linkAgreement(li, { interestId: sent.interest.id, agreementId }))).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: `cannot link an agreement to interest ${sent.interest.id}: it already led to an agreement`,
    });
  });

  it('linking an agreement that does not include both parties is refused and changes nothing', async () => {
    const { parkId, companyId, li, anna } = await scene();
    const sent = await express(li, parkId, companyId);
    await s.interests.accept(anna, sent.interest.id);
    await s.interests.scheduleMeeting(anna, { interestId: sent.interest.id, at: new Date('2025-06-02T09:30:00Z'), place: 'Taicang' });
    const elsewhere = await insertCompany(dataSource);
    const withoutTheCompany = await insertAgreement(dataSource, [park(parkId), company(elsewhere)]);
    const withBoth = await insertAgreement(dataSource, [park(parkId), company(companyId)]);
    const stranger = await signedIn(dataSource, Role.PARK_MANAGER);
    const before = await snapshot(dataSource);

    const refused = await failureOf(s.interests.linkAgreement(li, { interestId: sent.interest.id, agreementId: withoutTheCompany }));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'agreementId', message: expect.stringContaining(`does not include company ${companyId}`) }] });
    expect(await failureOf(s.interests.linkAgreement(li, { interestId: sent.interest.id, agreementId: '00000000-0000-4000-8000-000000000001' }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    // The right agreement, but someone who is neither side nor staff.
    expect(await failureOf(s.interests.linkAgreement(stranger, { interestId: sent.interest.id, agreementId: withBoth }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await snapshot(dataSource)).toBe(before);
    expect((await dataSource.query(`SELECT status FROM match_interests`))[0]).toEqual({ status: 'meeting_scheduled' });
  });

  it('companies express interest in companies; only published ones on both sides', async () => {
    const { companyId, anna } = await scene();
    const partner = await insertCompany(dataSource, { nameEn: 'Hefei Motors', sectors: ['29'] });
    const draft = await insertCompany(dataSource, { status: 'draft' });
    const partnerRep = await signedIn(dataSource, Role.COMPANY_REP, { companies: [partner] });
    const sent = await s.interests.express(anna, { subjectKind: SubjectKind.COMPANY, subjectId: companyId, candidateId: partner, message: 'Joint development of e-axle gearboxes?' });
    expect(sent.interest).toMatchObject({ subjectCompanyId: companyId, subjectParkId: null, candidateId: partner });
    expect(await notificationsSent(dataSource)).toEqual([[partnerRep.userId, NotificationKind.INTEREST_RECEIVED]]);
    expect(await failureOf(s.interests.express(anna, { subjectKind: SubjectKind.COMPANY, subjectId: companyId, candidateId: draft, message: 'Hello' }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await failureOf(s.interests.express(anna, { subjectKind: SubjectKind.COMPANY, subjectId: companyId, candidateId: companyId, message: 'Hello' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await failureOf(s.interests.express(anna, { subjectKind: SubjectKind.COMPANY, subjectId: companyId, candidateId: partner, message: '   ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.message', message: 'must not be blank: say what you propose' }],
    });
    // The receiving company's profile expired meanwhile: the interest cannot be accepted, but may still be declined.
    await dataSource.query(`UPDATE companies SET expires_at = now() - interval '1 day' WHERE id = $1`, [partner]);
    expect(await failureOf(s.interests.accept(partnerRep, sent.interest.id))).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: expect.stringContaining(`cannot accept interest ${sent.interest.id}: company ${partner} expired on`),
    });
    expect((await s.interests.decline(partnerRep, sent.interest.id)).interest.status).toBe(InterestStatus.DECLINED);
  });

  it('lists interests sent and received for their parties and the staff only', async () => {
    const { parkId, companyId, li, anna } = await scene();
    const partner = await insertCompany(dataSource);
    const parkToCompany = await express(li, parkId, companyId);
    const companyToPartner = await s.interests.express(anna, { subjectKind: SubjectKind.COMPANY, subjectId: companyId, candidateId: partner, message: 'Hello' });
    const ids = async (actor: Actor, filter: Parameters<FeedbackServices['interests']['list']>[1]['filter']) =>
      (await s.interests.list(actor, { first: 10, filter })).edges.map((e) => e.node.interest.id);

    expect(await ids(li, undefined)).toEqual([parkToCompany.interest.id]);
    expect(await ids(anna, undefined)).toEqual([parkToCompany.interest.id, companyToPartner.interest.id]);
    expect(await ids(anna, { subjectKind: SubjectKind.COMPANY, subjectId: companyId, direction: InterestDirection.RECEIVED })).toEqual([parkToCompany.interest.id]);
    expect(await ids(anna, { subjectKind: SubjectKind.COMPANY, subjectId: companyId, direction: InterestDirection.SENT })).toEqual([companyToPartner.interest.id]);
    expect(await ids(anna, { direction: InterestDirection.RECEIVED, status: InterestStatus.ACCEPTED })).toEqual([]);
    const reviewer = await signedIn(dataSource, Role.REVIEWER);
    expect(await ids(reviewer, { subjectKind: SubjectKind.PARK })).toEqual([parkToCompany.interest.id]);
    expect(await ids(await signedIn(dataSource, Role.VIEWER), undefined)).toEqual([]);
    expect(await failureOf(ids(li, { subjectKind: SubjectKind.COMPANY, subjectId: companyId }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failureOf(ids(li, { subjectKind: SubjectKind.PARK, subjectId: parkId, direction: InterestDirection.RECEIVED }))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const listed = (await s.interests.list(li, { first: 10 })).edges[0]!.node;
    expect([listed.subjectName.en, listed.candidateName.en]).toEqual(['Taicang Hi-Tech Zone', 'Neckar Precision GmbH']);
  });
});
