import { AuditLogService, Role, SubjectKind } from '@hc/identity';
import { textMatch } from '@hc/taxonomy';
import { createTestDatabase, TestDatabase } from '@hc/testing';
import { DataSource } from 'typeorm';
import { MembershipsService } from '../membership/memberships.service';
import { actorOf, auditTrail, failureOf, insertCompany, insertPark, openDataSource, TRUNCATE_ALL } from '../test-support/initiative.fixtures';
import { PublishSharedResourceInput } from './dto/shared-resource.input';
import { SharedResourceEntity, sharedResourceSearchText } from './shared-resource.entity';
import { SharedResourceStatus, SharedResourceType } from './shared-resource.model';
import { SharedResourcesService } from './shared-resources.service';

describe('SharedResourcesService (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let service: SharedResourcesService;
  let memberships: MembershipsService;
  const reviewer = actorOf(Role.REVIEWER);
  const admin = actorOf(Role.ADMIN);

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await openDataSource(db.url);
    const audit = new AuditLogService(dataSource);
    service = new SharedResourcesService(dataSource, audit);
    memberships = new MembershipsService(dataSource, audit);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });
  beforeEach(async () => {
    await dataSource.query(TRUNCATE_ALL);
  });

  /** A published park whose membership was accepted, with its manager. */
  async function memberPark(overrides: Parameters<typeof insertPark>[1] = {}) {
    const parkId = await insertPark(dataSource, overrides);
    const manager = actorOf(Role.PARK_MANAGER, { parks: [parkId] });
    const { membership } = await memberships.apply(manager, { memberKind: SubjectKind.PARK, memberId: parkId, motivation: 'join' });
    await memberships.accept(reviewer, membership.id);
    return { parkId, manager, membershipId: membership.id };
  }

  function resource(ownerId: string, overrides: Partial<PublishSharedResourceInput> = {}): PublishSharedResourceInput {
    return {
      ownerKind: SubjectKind.PARK,
      ownerId,
      type: SharedResourceType.TEST_LAB,
      name: { zh: '顺义汽车测试中心', de: 'Fahrzeugprüfzentrum Shunyi', en: 'Shunyi Vehicle Test Centre' },
      description: { en: 'Climate chambers and an EMC chamber for electric vehicles.' },
      country: 'CN',
      region: 'CN-BJ',
      city: 'Beijing',
      location: { latitude: 40.13, longitude: 116.65 },
      capacity: '2 climate chambers, 1 EMC chamber',
      conditions: 'Bookable by the week; members pay cost price.',
      ...overrides,
    } as PublishSharedResourceInput;
  }

  const rows = () => dataSource.getRepository(SharedResourceEntity).find();
  const find = async (filter: object) => (await service.list({ first: 20, filter })).edges.map((e) => e.node.resource.nameEn);

  it('a member park publishes a shared resource; it is listed with its owner', async () => {
    const { parkId, manager } = await memberPark({ nameZh: '中德经济技术合作示范区', nameEn: 'China-Germany Demonstration Zone' });
    const published = await service.publish(manager, resource(parkId));
    expect(published.resource).toMatchObject({ status: SharedResourceStatus.ACTIVE, parkId, companyId: null, capacity: '2 climate chambers, 1 EMC chamber' });
    const page = await service.list({ first: 10 });
    expect(page.totalCount).toBe(1);
    expect(page.edges[0]!.node.ownerName).toEqual({ zh: '中德经济技术合作示范区', de: 'Testpark', en: 'China-Germany Demonstration Zone' });
    const trail = await auditTrail(dataSource, 'shared_resource', published.resource.id);
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ action: 'publish', toStatus: 'active', actorId: manager.userId });
    expect(trail[0]!.changes).toEqual(expect.arrayContaining([{ field: 'nameZh', from: null, to: '顺义汽车测试中心' }]));
  });

  it('a non-member cannot publish a shared resource: join the initiative first', async () => {
    const parkId = await insertPark(dataSource);
    const manager = actorOf(Role.PARK_MANAGER, { parks: [parkId] });
    const failure = await failureOf(service.publish(manager, resource(parkId)));
    expect(failure.code).toBe('INVALID_TRANSITION');
    expect(failure.message).toContain('join the initiative first');
    // An application waiting for a decision is not a membership yet.
    await memberships.apply(manager, { memberKind: SubjectKind.PARK, memberId: parkId, motivation: 'join' });
    expect((await failureOf(service.publish(manager, resource(parkId)))).message).toContain('join the initiative first');
    expect(await rows()).toHaveLength(0);
  });

  it("only the owner's managers (and admins) publish, update and withdraw", async () => {
    const { parkId } = await memberPark();
    const stranger = actorOf(Role.PARK_MANAGER, { parks: [await insertPark(dataSource)] });
    expect((await failureOf(service.publish(stranger, resource(parkId)))).code).toBe('FORBIDDEN');
    expect((await failureOf(service.publish(reviewer, resource(parkId)))).code).toBe('FORBIDDEN');
    const { resource: saved } = await service.publish(admin, resource(parkId));
    expect((await failureOf(service.update(stranger, saved.id, { city: 'Shanghai' }))).code).toBe('FORBIDDEN');
    expect((await failureOf(service.withdraw(stranger, saved.id))).code).toBe('FORBIDDEN');
    expect((await rows())[0]).toMatchObject({ city: 'Beijing', status: 'active' });
  });

  it("'测试' finds the 汽车测试中心 and 'Prüfstand' finds the Motorenprüfstand; withdrawn resources are not found", async () => {
    const { parkId, manager } = await memberPark();
    await service.publish(manager, resource(parkId));
    const bench = await service.publish(
      manager,
      resource(parkId, {
        name: { zh: '发动机试验台', de: 'Motorenprüfstand', en: 'Engine test bench' },
        description: { de: 'Prüfstand für Verbrennungs- und Elektromotoren bis 400 kW.' },
        capacity: null,
        conditions: null,
      }),
    );
    await service.publish(manager, resource(parkId, { type: SharedResourceType.TRAINING_CENTRE, name: { zh: '双元制培训中心', de: 'Ausbildungszentrum', en: 'Dual training centre' }, description: {}, capacity: null, conditions: null }));

    expect(await find({ query: '测试' })).toEqual(['Shunyi Vehicle Test Centre']);
    expect(await find({ query: 'Prüfstand' })).toEqual(['Engine test bench']);
    expect(await find({ query: 'PRÜFSTAND' })).toEqual(['Engine test bench']);
    expect(await find({ query: 'training' })).toEqual(['Dual training centre']);
    expect(await find({ query: 'EMC chamber' })).toEqual(['Shunyi Vehicle Test Centre']);
    expect(await find({ query: 'Ausbildung nothing-like-this' })).toEqual([]);
    expect(await find({ query: '100%' })).toEqual([]);
    expect((await find({ query: '   ' })).sort()).toHaveLength(3);

    await service.withdraw(manager, bench.resource.id);
    expect(await find({ query: 'Prüfstand' })).toEqual([]);
  });

  it('filters by type, country, owner and distance', async () => {
    const beijing = await memberPark();
    const company = await insertCompany(dataSource, { country: 'DE', region: 'DE-BY', city: 'München', latitude: 48.137, longitude: 11.575 });
    const rep = actorOf(Role.COMPANY_REP, { companies: [company] });
    await memberships.accept(reviewer, (await memberships.apply(rep, { memberKind: SubjectKind.COMPANY, memberId: company, motivation: 'join' })).membership.id);
    await service.publish(beijing.manager, resource(beijing.parkId));
    await service.publish(
      rep,
      resource(company, {
        ownerKind: SubjectKind.COMPANY,
        type: SharedResourceType.PILOT_LINE,
        name: { de: 'Pilotlinie für Batteriezellen', en: 'Battery cell pilot line' },
        country: 'DE',
        region: 'DE-BY',
        city: 'München',
        location: { latitude: 48.2, longitude: 11.6 },
      }),
    );
    expect(await find({ type: [SharedResourceType.PILOT_LINE] })).toEqual(['Battery cell pilot line']);
    expect(await find({ country: ['CN'] })).toEqual(['Shunyi Vehicle Test Centre']);
    expect(await find({ ownerKind: SubjectKind.COMPANY })).toEqual(['Battery cell pilot line']);
    expect(await find({ ownerId: beijing.parkId })).toEqual(['Shunyi Vehicle Test Centre']);
    expect(await find({ near: { latitude: 48.137, longitude: 11.575, radiusKm: 50 } })).toEqual(['Battery cell pilot line']);
    expect(await find({ near: { latitude: 48.137, longitude: 11.575, radiusKm: 5 } })).toEqual([]);
    const page = await service.list({ first: 5, filter: { near: { latitude: 39.9042, longitude: 116.4074, radiusKm: 100 } } });
    expect(page.edges).toHaveLength(1);
  });

  it('resources of owners that left the initiative or whose profile expired are not listed', async () => {
    const staying = await memberPark({ nameEn: 'Staying' });
    const leaving = await memberPark({ nameEn: 'Leaving' });
    const expiring = await memberPark({ nameEn: 'Expiring' });
    for (const p of [staying, leaving, expiring]) await service.publish(p.manager, resource(p.parkId, { name: { en: `Lab of ${p.parkId}` } }));
    await memberships.withdraw(leaving.manager, leaving.membershipId);
    await dataSource.query(`UPDATE parks SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expiring.parkId]);
    expect(await find({})).toEqual([`Lab of ${staying.parkId}`]);
  });

  it('updates only the given fields and languages, keeps the rest, and records the changes', async () => {
    const { parkId, manager } = await memberPark();
    const { resource: saved } = await service.publish(manager, resource(parkId));
    const updated = await service.update(manager, saved.id, { name: { zh: '顺义新能源汽车测试中心' }, capacity: '  3 climate chambers ', conditions: null });
    expect(updated.resource).toMatchObject({
      nameZh: '顺义新能源汽车测试中心',
      nameDe: 'Fahrzeugprüfzentrum Shunyi',
      nameEn: 'Shunyi Vehicle Test Centre',
      capacity: '3 climate chambers',
      conditions: null,
      city: 'Beijing',
      version: 2,
    });
    const trail = await auditTrail(dataSource, 'shared_resource', saved.id);
    expect(trail[1]).toMatchObject({ action: 'update' });
    expect(trail[1]!.changes.map((c) => c.field).sort()).toEqual(['capacity', 'conditions', 'nameZh']);
    expect(await find({ query: '新能源' })).toEqual(['Shunyi Vehicle Test Centre']);
  });

  it('bad updates name the field and change nothing; a withdrawn resource stays withdrawn', async () => {
    const { parkId, manager } = await memberPark();
    const { resource: saved } = await service.publish(manager, resource(parkId));
    expect(await failureOf(service.update(manager, saved.id, { country: 'DE' }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.region', message: 'CN-BJ is not a region of DE' }] });
    expect(await failureOf(service.update(manager, saved.id, { city: null as unknown as string }))).toMatchObject({ fields: [{ field: 'input.city' }] });
    expect(await failureOf(service.update(manager, saved.id, { name: { zh: '', de: ' ', en: null } }))).toMatchObject({ fields: [{ field: 'input.name' }] });
    expect((await rows())[0]).toMatchObject({ country: 'CN', city: 'Beijing', version: 1 });

    await service.withdraw(manager, saved.id);
    expect(await failureOf(service.withdraw(manager, saved.id))).toMatchObject({ code: 'INVALID_TRANSITION', message: `cannot withdraw shared resource ${saved.id}: it was already withdrawn` });
    expect((await failureOf(service.update(manager, saved.id, { city: 'Shanghai' }))).code).toBe('INVALID_TRANSITION');
    expect((await auditTrail(dataSource, 'shared_resource', saved.id)).map((e) => e.action)).toEqual(['publish', 'withdraw']);
  });

  it('text search can use the trigram index of the migration (the expressions agree)', async () => {
    const match = textMatch(sharedResourceSearchText('r'), 'prüfstand', 'q')!;
    const sql = match.sql.replace(/:(q\d+)/g, (_, name: string) => `'${match.params[name]!.replace(/'/g, "''")}'`);
    const plan = await dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      return manager.query<{ 'QUERY PLAN': string }[]>(`EXPLAIN SELECT r.id FROM shared_resources r WHERE ${sql}`);
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('shared_resources_search_trgm');
  });

  it('a region outside the country is refused at publication and nothing is written', async () => {
    const { parkId, manager } = await memberPark();
    const failure = await failureOf(service.publish(manager, resource(parkId, { region: 'DE-BY' })));
    expect(failure).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.region', message: 'DE-BY is not a region of CN' }] });
    expect(await rows()).toHaveLength(0);
  });
});
