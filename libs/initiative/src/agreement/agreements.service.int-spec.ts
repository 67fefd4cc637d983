import { AuditLogService, Role, SubjectKind } from '@hc/identity';
import { createTestDatabase, TestDatabase } from '@hc/testing';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { actorOf, auditTrail, failureOf, insertCompany, insertPark, openDataSource, TRUNCATE_ALL } from '../test-support/initiative.fixtures';
import { AgreementPartyEntity } from './agreement-party.entity';
import { AgreementEntity } from './agreement.entity';
import { AgreementStatus, AgreementType } from './agreement.model';
import { AgreementsService } from './agreements.service';
import { RecordAgreementInput } from './dto/agreement.input';

describe('AgreementsService (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let service: AgreementsService;
  const reviewer = actorOf(Role.REVIEWER);

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await openDataSource(db.url);
    service = new AgreementsService(dataSource, new AuditLogService(dataSource));
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });
  beforeEach(async () => {
    await dataSource.query(TRUNCATE_ALL);
  });

  function agreement(parties: { kind: SubjectKind; id: string }[], overrides: Partial<RecordAgreementInput> = {}): RecordAgreementInput {
    return {
      title: { zh: '电驱动系统本地化生产协议', de: 'Lokalisierung der Fertigung elektrischer Antriebe', en: 'Localised production of electric drives' },
      sectors: ['2930', '27'],
      type: AgreementType.LOCALISATION,
      signedOn: '2024-05-28',
      parties,
      notes: ' Signed at the forum in Shunyi. ',
      ...overrides,
    } as RecordAgreementInput;
  }

  const count = () => dataSource.getRepository(AgreementEntity).count();
  const park = (id: string) => ({ kind: SubjectKind.PARK, id });
  const company = (id: string) => ({ kind: SubjectKind.COMPANY, id });

  it('a company rep records an agreement with a park; the parties are kept in order with their names', async () => {
    const parkId = await insertPark(dataSource, { nameZh: '中德经济技术合作示范区' });
    const companyId = await insertCompany(dataSource, { nameDe: 'Neckar Antriebe GmbH', country: 'DE' });
    const rep = actorOf(Role.COMPANY_REP, { companies: [companyId] });
    const recorded = await service.record(rep, agreement([company(companyId), park(parkId)]));
    expect(recorded.agreement).toMatchObject({ status: AgreementStatus.SIGNED, sectors: ['29', '27'], signedOn: '2024-05-28', notes: 'Signed at the forum in Shunyi.', recordedBy: rep.userId });
    expect(recorded.parties.map((p) => [p.kind, p.id, p.name.zh ?? p.name.de])).toEqual([
      ['company', companyId, '测试汽车有限公司'],
      ['park', parkId, '中德经济技术合作示范区'],
    ]);
    const reread = await service.findById(recorded.agreement.id, null);
    expect(reread.parties.map((p) => p.id)).toEqual([companyId, parkId]);
    const trail = await auditTrail(dataSource, 'agreement', recorded.agreement.id);
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ action: 'record', toStatus: 'signed' });
    expect(trail[0]!.changes.find((c) => c.field === 'parties')!.to).toEqual([company(companyId), park(parkId)]);
  });

  it('does not show the name of a party whose profile is not published, except to its owners and the staff', async () => {
    const parkId = await insertPark(dataSource, { nameZh: '中德经济技术合作示范区' });
    const draftId = await insertCompany(dataSource, { nameDe: 'Geheim Antriebe GmbH', country: 'DE', status: 'draft' });
    const recorded = await service.record(reviewer, agreement([park(parkId), company(draftId)]));
    const names = async (actor: Parameters<AgreementsService['findById']>[1]) =>
      (await service.findById(recorded.agreement.id, actor)).parties.map((p) => p.name.de);
    expect(await names(actorOf(Role.VIEWER))).toEqual(['Testpark', null]);
    expect(await names(actorOf(Role.COMPANY_REP, { companies: [draftId] }))).toEqual(['Testpark', 'Geheim Antriebe GmbH']);
    expect(await names(reviewer)).toEqual(['Testpark', 'Geheim Antriebe GmbH']);
    const listed = await service.list({ first: 10 }, actorOf(Role.PARK_MANAGER, { parks: [parkId] }));
    expect(listed.edges[0]!.node.parties.map((p) => p.name.de)).toEqual(['Testpark', null]);
  });

  it('an agreement needs two distinct existing parties; an unknown party is named in the error', async () => {
    const parkId = await insertPark(dataSource);
    const problems = async (input: object) => JSON.stringify(await validate(plainToInstance(RecordAgreementInput, input)));
    expect(await problems(agreement([park(parkId)]))).toContain('parties needs at least 2 distinct parks or companies');
    expect(await problems(agreement([park(parkId), park(parkId)]))).toContain('parties must be distinct');
    expect(await problems(agreement([park(parkId), { kind: SubjectKind.COMPANY, id: 'nope' }]))).toContain('id must be the UUID of a park or company');

    const unknown = '6f1c2d3e-4b5a-4c6d-8e7f-000000000042';
    const failure = await failureOf(service.record(reviewer, agreement([park(parkId), company(unknown)])));
    expect(failure).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.parties[1].id', message: `no company with id ${unknown} exists` }] });
    // The same id as a park is a different party, and unknown too.
    const asPark = await failureOf(service.record(reviewer, agreement([park(parkId), park(unknown)])));
    expect(asPark.fields).toEqual([{ field: 'input.parties[1].id', message: `no park with id ${unknown} exists` }]);
    // The service holds the rule even without the DTO.
    expect((await failureOf(service.record(reviewer, agreement([park(parkId), park(parkId)])))).fields).toEqual([
      { field: 'input.parties[1]', message: `park ${parkId} is listed twice; the parties must be distinct` },
    ]);
    expect(await count()).toBe(0);
    expect(await dataSource.getRepository(AgreementPartyEntity).count()).toBe(0);
  });

  it('only staff or a manager of one of the parties may record; the other parties need not consent (yet)', async () => {
    const a = await insertPark(dataSource);
    const b = await insertCompany(dataSource);
    const outsider = actorOf(Role.COMPANY_REP, { companies: [await insertCompany(dataSource)] });
    expect((await failureOf(service.record(outsider, agreement([park(a), company(b)])))).code).toBe('FORBIDDEN');
    expect((await failureOf(service.record(actorOf(Role.VIEWER), agreement([park(a), company(b)])))).code).toBe('FORBIDDEN');
    await service.record(actorOf(Role.PARK_MANAGER, { parks: [a] }), agreement([park(a), company(b)]));
    await service.record(actorOf(Role.ADMIN), agreement([park(a), company(b)]));
    expect(await count()).toBe(2);
  });

  it('refuses an agreement signed in the future, naming signedOn', async () => {
    const [a, b] = [await insertPark(dataSource), await insertPark(dataSource)];
    const failure = await failureOf(service.record(reviewer, agreement([park(a), park(b)], { signedOn: '2999-01-01' })));
    expect(failure).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.signedOn', message: expect.stringContaining('is in the future') }] });
    const dto = await validate(plainToInstance(RecordAgreementInput, agreement([park(a), park(b)], { signedOn: '2024-02-30' })));
    expect(JSON.stringify(dto)).toContain("signedOn must be a date such as 2024-05-28, got '2024-02-30'");
    expect(await count()).toBe(0);
  });

  it('moves SIGNED -> IN_IMPLEMENTATION -> COMPLETED; a completed agreement cannot be terminated', async () => {
    const parkId = await insertPark(dataSource);
    const companyId = await insertCompany(dataSource);
    const manager = actorOf(Role.PARK_MANAGER, { parks: [parkId] });
    const { agreement: a } = await service.record(manager, agreement([park(parkId), company(companyId)]));

    const skip = await failureOf(service.changeStatus(manager, { id: a.id, status: AgreementStatus.COMPLETED }));
    expect(skip).toMatchObject({ code: 'INVALID_TRANSITION', message: `cannot complete agreement ${a.id}: it is signed; it must be in implementation first` });
    await service.changeStatus(manager, { id: a.id, status: AgreementStatus.IN_IMPLEMENTATION });
    const done = await service.changeStatus(reviewer, { id: a.id, status: AgreementStatus.COMPLETED });
    expect(done.agreement).toMatchObject({ status: AgreementStatus.COMPLETED, version: 3 });

    const terminate = await failureOf(service.changeStatus(reviewer, { id: a.id, status: AgreementStatus.TERMINATED, reason: 'late' }));
    expect(terminate).toMatchObject({ code: 'INVALID_TRANSITION', message: `cannot change agreement ${a.id} from completed to terminated: a completed agreement is final` });
    expect((await service.findById(a.id, null)).agreement.status).toBe(AgreementStatus.COMPLETED);
    const trail = await auditTrail(dataSource, 'agreement', a.id);
    expect(trail.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['record', null, 'signed'],
      ['change_status', 'signed', 'in_implementation'],
      ['change_status', 'in_implementation', 'completed'],
    ]);
  });

  it('a signed agreement can be terminated with a reason; strangers may not change it', async () => {
    const [a, b] = [await insertPark(dataSource), await insertCompany(dataSource)];
    const { agreement: recorded } = await service.record(reviewer, agreement([park(a), company(b)]));
    const stranger = actorOf(Role.COMPANY_REP, { companies: [await insertCompany(dataSource)] });
    expect((await failureOf(service.changeStatus(stranger, { id: recorded.id, status: AgreementStatus.TERMINATED }))).code).toBe('FORBIDDEN');
    const rep = actorOf(Role.COMPANY_REP, { companies: [b] });
    const ended = await service.changeStatus(rep, { id: recorded.id, status: AgreementStatus.TERMINATED, reason: 'Investor withdrew.' });
    expect(ended.agreement.status).toBe(AgreementStatus.TERMINATED);
    expect((await auditTrail(dataSource, 'agreement', recorded.id))[1]).toMatchObject({ reason: 'Investor withdrew.', actorId: rep.userId });
    expect((await failureOf(service.changeStatus(rep, { id: recorded.id, status: AgreementStatus.IN_IMPLEMENTATION }))).code).toBe('INVALID_TRANSITION');
    expect((await failureOf(service.changeStatus(reviewer, { id: '6f1c2d3e-4b5a-4c6d-8e7f-000000000001', status: AgreementStatus.COMPLETED }))).code).toBe('NOT_FOUND');
  });

  it('lists agreements by party, kind, status and sector division, page by page', async () => {
    const shunyi = await insertPark(dataSource);
    const [c1, c2] = [await insertCompany(dataSource), await insertCompany(dataSource)];
    const first = await service.record(reviewer, agreement([park(shunyi), company(c1)]));
    await service.record(reviewer, agreement([company(c1), company(c2)], { sectors: ['62', '63'], type: AgreementType.RD_COOPERATION }));
    await service.record(reviewer, agreement([park(shunyi), company(c2)], { sectors: ['85'], type: AgreementType.TRAINING }));
    await service.changeStatus(reviewer, { id: first.agreement.id, status: AgreementStatus.IN_IMPLEMENTATION });

    const ids = async (filter: object) => (await service.list({ first: 10, filter }, null)).edges.map((e) => e.node.agreement.type);
    expect(await ids({ partyId: shunyi })).toEqual([AgreementType.LOCALISATION, AgreementType.TRAINING]);
    expect(await ids({ partyId: c1, partyKind: SubjectKind.COMPANY })).toEqual([AgreementType.LOCALISATION, AgreementType.RD_COOPERATION]);
    expect(await ids({ partyKind: SubjectKind.PARK })).toEqual([AgreementType.LOCALISATION, AgreementType.TRAINING]);
    expect(await ids({ status: AgreementStatus.IN_IMPLEMENTATION })).toEqual([AgreementType.LOCALISATION]);
    expect(await ids({ sector: '6201' })).toEqual([AgreementType.RD_COOPERATION]);
    const page = await service.list({ first: 2 }, null);
    expect(page).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(page.edges[0]!.node.parties).toHaveLength(2);
    const rest = await service.list({ first: 2, after: page.pageInfo.endCursor! }, null);
    expect(rest.edges.map((e) => e.node.agreement.type)).toEqual([AgreementType.TRAINING]);
    expect(await service.countByStatus()).toEqual(new Map([[AgreementStatus.SIGNED, 2], [AgreementStatus.IN_IMPLEMENTATION, 1], [AgreementStatus.COMPLETED, 0], [AgreementStatus.TERMINATED, 0]]));
  });
});
