import { Role, SubjectKind } from '@hc/identity';
import { createTestDatabase } from '@hc/testing';
import { DataSource } from 'typeorm';
import { NotificationKind } from './feedback.model';
import { toNotificationObject } from './feedback.mapper';
import { failureOf, feedbackDatabase, FeedbackServices, insertCompany, insertPark, signedIn } from './test-support/feedback.fixtures';

describe('NotificationsService (real PostgreSQL)', () => {
  let dataSource: DataSource;
  let s: FeedbackServices;
  const database = feedbackDatabase(createTestDatabase);
  beforeAll(() => ({ dataSource, services: s } = database));

  /** A company rep who received three expressions of interest from three parks. */
  async function inbox() {
    const companyId = await insertCompany(dataSource, { nameEn: 'Neckar Precision GmbH' });
    const rep = await signedIn(dataSource, Role.COMPANY_REP, { companies: [companyId] });
    const interests: string[] = [];
    for (const nameEn of ['Taicang Park', 'Shenyang Park', 'Qingdao Park']) {
      const parkId = await insertPark(dataSource, { nameEn });
      const manager = await signedIn(dataSource, Role.PARK_MANAGER, { parks: [parkId] });
      interests.push((await s.interests.express(manager, { subjectKind: SubjectKind.PARK, subjectId: parkId, candidateId: companyId, message: 'Hello' })).interest.id);
    }
    return { rep, interests };
  }

  it('shows a user their own notifications, newest first, page by page; marking them read empties the unread list', async () => {
    const { rep, interests } = await inbox();
    const firstPage = await s.notifications.list(rep, { first: 2, unreadOnly: true });
    expect(firstPage.totalCount).toBe(3);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const secondPage = await s.notifications.list(rep, { first: 2, unreadOnly: true, after: firstPage.pageInfo.endCursor! });
    expect(secondPage.pageInfo.hasNextPage).toBe(false);
    const all = [...firstPage.edges, ...secondPage.edges].map((e) => toNotificationObject(e.node));
    expect(new Set(all.map((n) => n.interestId))).toEqual(new Set(interests));
    expect(all.map((n) => n.createdAt.getTime())).toEqual([...all.map((n) => n.createdAt.getTime())].sort((a, b) => b - a));
    expect(all[0]).toMatchObject({ kind: NotificationKind.INTEREST_RECEIVED, read: false, readAt: null, kindLabel: { en: 'Expression of interest received' } });

    expect(await s.notifications.markRead(rep, [all[0]!.id, all[1]!.id])).toBe(2);
    expect(await s.notifications.markRead(rep, [all[0]!.id])).toBe(0);
    const unread = await s.notifications.list(rep, { first: 10, unreadOnly: true });
    expect(unread.edges.map((e) => e.node.id)).toEqual([all[2]!.id]);
    const everything = (await s.notifications.list(rep, { first: 10, unreadOnly: false })).edges.map((e) => toNotificationObject(e.node));
    expect(everything.filter((n) => n.read).map((n) => n.id).sort()).toEqual([all[0]!.id, all[1]!.id].sort());
  });

  it("nobody reads or marks another user's notifications, not even an admin", async () => {
    const { rep } = await inbox();
    const [mine] = (await s.notifications.list(rep, { first: 1, unreadOnly: false })).edges.map((e) => e.node.id);
    const admin = await signedIn(dataSource, Role.ADMIN);
    expect((await s.notifications.list(admin, { first: 10, unreadOnly: false })).totalCount).toBe(0);
    expect(await failureOf(s.notifications.markRead(admin, [mine!]))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failureOf(s.notifications.markRead(rep, [mine!, '00000000-0000-4000-8000-000000000042']))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Notification 00000000-0000-4000-8000-000000000042 was not found',
    });
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE read_at IS NOT NULL`)).toEqual([{ n: 0 }]);
  });
});
