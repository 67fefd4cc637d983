import { OutboxEventEntity } from '@hc/persistence';
import { AuditLogService, Role, SubjectKind } from '@hc/identity';
import { createTestDatabase, TestDatabase } from '@hc/testing';
import { DataSource } from 'typeorm';
import { actorOf, auditTrail, failureOf, flagOf, insertCompany, insertPark, openDataSource, TRUNCATE_ALL } from '../test-support/initiative.fixtures';
import { MembershipEntity } from './membership.entity';
import { MembershipStatus } from './membership.model';
import { MembershipsService } from './memberships.service';

describe('MembershipsService (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let service: MembershipsService;
  const reviewer = actorOf(Role.REVIEWER);
  const admin = actorOf(Role.ADMIN);
  const motivation = '我们希望与德国企业在新能源汽车领域开展合作。';

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await openDataSource(db.url);
    service = new MembershipsService(dataSource, new AuditLogService(dataSource));
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });
  beforeEach(async () => {
    await dataSource.query(TRUNCATE_ALL);
  });

  const apply = (parkId: string, manager = actorOf(Role.PARK_MANAGER, { parks: [parkId] })) =>
    service.apply(manager, { memberKind: SubjectKind.PARK, memberId: parkId, motivation });
  const memberships = () => dataSource.getRepository(MembershipEntity).find();

  it("a park manager applies for the park's membership, a reviewer accepts, the park is flagged as member", async () => {
    const parkId = await insertPark(dataSource, { nameZh: '中德经济技术合作示范区', nameEn: 'China-Germany Demonstration Zone' });
    const applied = await apply(parkId);
    expect(applied.membership).toMatchObject({ status: MembershipStatus.APPLIED, parkId, companyId: null, motivation, decidedAt: null });
    expect(applied.memberName.zh).toBe('中德经济技术合作示范区');
    expect((await flagOf(dataSource, 'parks', parkId)).initiative_member).toBe(false);

    const accepted = await service.accept(reviewer, applied.membership.id);
    expect(accepted.membership.status).toBe(MembershipStatus.ACCEPTED);
    expect(accepted.membership.decidedAt).toBeInstanceOf(Date);
    expect(accepted.membership.decidedBy).toBe(reviewer.userId);
    expect(await flagOf(dataSource, 'parks', parkId)).toEqual({ initiative_member: true, version: 2 });

    const members = await service.listMembers({ first: 10 });
    expect(members.totalCount).toBe(1);
    expect(members.edges[0]!.node.memberName.en).toBe('China-Germany Demonstration Zone');
  });

  it('every transition leaves an audit event, and the profile records that it joined and left', async () => {
    const parkId = await insertPark(dataSource);
    const { membership } = await apply(parkId);
    await service.accept(reviewer, membership.id);
    await service.withdraw(admin, membership.id);
    const trail = await auditTrail(dataSource, 'membership', membership.id);
    expect(trail.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['apply', null, 'applied'],
      ['accept', 'applied', 'accepted'],
      ['withdraw', 'accepted', 'withdrawn'],
    ]);
    expect(trail[1]!.actorId).toBe(reviewer.userId);
    const parkTrail = await auditTrail(dataSource, 'park', parkId);
    expect(parkTrail.map((e) => [e.action, e.changes])).toEqual([
      ['join_initiative', [{ field: 'initiativeMember', from: false, to: true }]],
      ['leave_initiative', [{ field: 'initiativeMember', from: true, to: false }]],
    ]);
  });

  it('accepting a company bumps its version and enqueues a search update; withdrawing the accepted membership clears the flag', async () => {
    const companyId = await insertCompany(dataSource);
    const rep = actorOf(Role.COMPANY_REP, { companies: [companyId] });
    const { membership } = await service.apply(rep, { memberKind: SubjectKind.COMPANY, memberId: companyId, motivation: 'Wir suchen Partner in China.' });
    await service.accept(reviewer, membership.id);
    expect(await flagOf(dataSource, 'companies', companyId)).toEqual({ initiative_member: true, version: 2 });
    const withdrawn = await service.withdraw(rep, membership.id);
    expect(withdrawn.membership).toMatchObject({ status: MembershipStatus.WITHDRAWN });
    expect(withdrawn.membership.withdrawnAt).toBeInstanceOf(Date);
    expect(await flagOf(dataSource, 'companies', companyId)).toEqual({ initiative_member: false, version: 3 });
    const events = await dataSource.getRepository(OutboxEventEntity).find({ order: { id: 'ASC' } });
    expect(events.map((e) => [e.aggregateType, e.aggregateId, e.aggregateVersion])).toEqual([
      ['company', companyId, 2],
      ['company', companyId, 3],
    ]);
  });

  it('a company rep cannot accept their own application (FORBIDDEN) and nothing changes', async () => {
    const companyId = await insertCompany(dataSource);
    const rep = actorOf(Role.COMPANY_REP, { companies: [companyId] });
    const { membership } = await service.apply(rep, { memberKind: SubjectKind.COMPANY, memberId: companyId, motivation: 'We want to join.' });
    const failure = await failureOf(service.accept(rep, membership.id));
    expect(failure.code).toBe('FORBIDDEN');
    expect((await memberships())[0]!.status).toBe(MembershipStatus.APPLIED);
    expect((await flagOf(dataSource, 'companies', companyId)).initiative_member).toBe(false);
    expect(await auditTrail(dataSource, 'membership', membership.id)).toHaveLength(1);
  });

  it("only the profile's owners (or an admin) apply and withdraw", async () => {
    const parkId = await insertPark(dataSource);
    const otherManager = actorOf(Role.PARK_MANAGER, { parks: [await insertPark(dataSource)] });
    const failure = await failureOf(apply(parkId, otherManager));
    expect(failure.code).toBe('FORBIDDEN');
    expect(failure.message).toContain(`park ${parkId}`);
    expect(await memberships()).toHaveLength(0);

    const { membership } = await apply(parkId, admin);
    expect((await failureOf(service.withdraw(otherManager, membership.id))).code).toBe('FORBIDDEN');
    expect((await failureOf(service.withdraw(reviewer, membership.id))).code).toBe('FORBIDDEN');
    expect((await memberships())[0]!.status).toBe(MembershipStatus.APPLIED);
  });

  it('a second open application answers CONFLICT; after a decline the park may apply again', async () => {
    const parkId = await insertPark(dataSource);
    const first = await apply(parkId);
    const again = await failureOf(apply(parkId));
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toContain('already has an application waiting for a decision');
    await service.accept(reviewer, first.membership.id);
    const member = await failureOf(apply(parkId));
    expect(member.message).toContain('is already a member of the initiative');

    const otherPark = await insertPark(dataSource);
    const declined = await apply(otherPark);
    await service.decline(reviewer, declined.membership.id, 'Bitte ergänzen Sie die Schwerpunkte.');
    await expect(apply(otherPark)).resolves.toMatchObject({ membership: { status: MembershipStatus.APPLIED } });
    expect(await memberships()).toHaveLength(3);
  });

  it('two applications at the same moment: exactly one gets through, the other answers CONFLICT', async () => {
    const parkId = await insertPark(dataSource);
    const results = await Promise.allSettled([apply(parkId), apply(parkId), apply(parkId)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((x): x is PromiseRejectedResult => x.status === 'rejected')) expect(r.reason).toMatchObject({ code: 'CONFLICT' });
    expect(await memberships()).toHaveLength(1);
  });

  it('declining needs a reason; a declined application cannot be accepted afterwards', async () => {
    const parkId = await insertPark(dataSource);
    const { membership } = await apply(parkId);
    const blank = await failureOf(service.decline(reviewer, membership.id, '   '));
    expect(blank).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'reason', message: expect.stringContaining('must not be blank') }] });
    expect((await memberships())[0]!.status).toBe(MembershipStatus.APPLIED);

    const declined = await service.decline(reviewer, membership.id, '  Profile lacks focus sectors.  ');
    expect(declined.membership).toMatchObject({ status: MembershipStatus.DECLINED, declineReason: 'Profile lacks focus sectors.' });
    const trail = await auditTrail(dataSource, 'membership', membership.id);
    expect(trail[1]).toMatchObject({ action: 'decline', reason: 'Profile lacks focus sectors.' });

    const accept = await failureOf(service.accept(reviewer, membership.id));
    expect(accept).toMatchObject({ code: 'INVALID_TRANSITION', message: `cannot accept membership ${membership.id}: it was already declined` });
    const withdraw = await failureOf(service.withdraw(admin, membership.id));
    expect(withdraw.code).toBe('INVALID_TRANSITION');
    expect((await flagOf(dataSource, 'parks', parkId)).initiative_member).toBe(false);
  });

  it('a draft or expired profile cannot apply: publish it first', async () => {
    const draft = await insertPark(dataSource, { status: 'draft' });
    const failure = await failureOf(apply(draft));
    expect(failure.code).toBe('INVALID_TRANSITION');
    expect(failure.message).toMatch(/^publish the park profile before applying: park .* is draft, not published$/);
    const expired = await insertCompany(dataSource, { expiresAt: new Date(Date.now() - 86_400_000) });
    const rep = actorOf(Role.COMPANY_REP, { companies: [expired] });
    const expiredFailure = await failureOf(service.apply(rep, { memberKind: SubjectKind.COMPANY, memberId: expired, motivation: 'x' }));
    expect(expiredFailure.message).toMatch(/^publish the company profile before applying: company .* expired on \d{4}-\d{2}-\d{2}$/);
    expect(await memberships()).toHaveLength(0);
  });

  it('an unknown member answers NOT_FOUND for an admin, and an unknown membership NOT_FOUND for a reviewer', async () => {
    const unknown = '0b7f2c3e-1d2a-4c5b-9e8f-000000000001';
    expect((await failureOf(service.apply(admin, { memberKind: SubjectKind.PARK, memberId: unknown, motivation: 'x' }))).code).toBe('NOT_FOUND');
    expect((await failureOf(service.accept(reviewer, unknown))).message).toBe(`Membership ${unknown} was not found`);
  });

  it('a blank motivation is refused and nothing is written', async () => {
    const parkId = await insertPark(dataSource);
    const manager = actorOf(Role.PARK_MANAGER, { parks: [parkId] });
    const failure = await failureOf(service.apply(manager, { memberKind: SubjectKind.PARK, memberId: parkId, motivation: ' \n ' }));
    expect(failure).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.motivation' }] });
    expect(await memberships()).toHaveLength(0);
  });

  it('staff see every application; a park manager sees only those of their own parks', async () => {
    const mine = await insertPark(dataSource);
    const theirs = await insertPark(dataSource);
    const company = await insertCompany(dataSource);
    const manager = actorOf(Role.PARK_MANAGER, { parks: [mine] });
    await apply(mine, manager);
    await apply(theirs);
    const declined = await service.apply(admin, { memberKind: SubjectKind.COMPANY, memberId: company, motivation: 'x' });
    await service.decline(reviewer, declined.membership.id, 'no');

    expect((await service.listApplications(reviewer, { first: 10 })).totalCount).toBe(3);
    const own = await service.listApplications(manager, { first: 10 });
    expect(own.edges.map((e) => e.node.membership.parkId)).toEqual([mine]);
    expect((await service.listApplications(actorOf(Role.VIEWER), { first: 10 })).totalCount).toBe(0);
    const filtered = await service.listApplications(reviewer, { first: 10, filter: { status: MembershipStatus.DECLINED, memberKind: SubjectKind.COMPANY } });
    expect(filtered.edges.map((e) => e.node.membership.companyId)).toEqual([company]);
    expect(filtered.edges[0]!.node.membership.declineReason).toBe('no');
  });

  it('initiativeMembers lists accepted members of visible profiles only, by kind, page by page', async () => {
    const parks = [await insertPark(dataSource), await insertPark(dataSource), await insertPark(dataSource)];
    for (const parkId of parks) await service.accept(reviewer, (await apply(parkId)).membership.id);
    const company = await insertCompany(dataSource);
    await service.accept(reviewer, (await service.apply(admin, { memberKind: SubjectKind.COMPANY, memberId: company, motivation: 'x' })).membership.id);
    const pending = await insertPark(dataSource);
    await apply(pending);
    // The third park's term runs out: it leaves the public list without anyone withdrawing.
    await dataSource.query(`UPDATE parks SET expires_at = now() - interval '1 day' WHERE id = $1`, [parks[2]]);

    const first = await service.listMembers({ first: 2, memberKind: SubjectKind.PARK });
    expect(first.totalCount).toBe(2);
    expect(first.edges.map((e) => e.node.membership.parkId)).toEqual([parks[0], parks[1]]);
    expect(first.pageInfo.hasNextPage).toBe(false);
    const all = await service.listMembers({ first: 1 });
    expect(all.totalCount).toBe(3);
    const second = await service.listMembers({ first: 5, after: all.pageInfo.endCursor! });
    expect(second.edges.map((e) => e.node.membership.parkId ?? e.node.membership.companyId)).toEqual([parks[1], company]);
  });
});
