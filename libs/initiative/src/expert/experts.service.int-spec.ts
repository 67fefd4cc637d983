import { AuditLogService, Role, SubjectKind } from '@hc/identity';
import { createTestDatabase, TestDatabase } from '@hc/testing';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { AgreementType } from '../agreement/agreement.model';
import { AgreementsService } from '../agreement/agreements.service';
import { RecordAgreementInput } from '../agreement/dto/agreement.input';
import { todayUtc } from '../common/calendar-date';
import { actorOf, auditTrail, failureOf, insertCompany, insertPark, openDataSource, TRUNCATE_ALL } from '../test-support/initiative.fixtures';
import { AppointExpertInput } from './dto/expert.input';
import { ExpertEntity } from './expert.entity';
import { ExpertSubjectKind } from './expert.model';
import { ExpertsService } from './experts.service';

const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

describe('ExpertsService (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let service: ExpertsService;
  let agreements: AgreementsService;
  const reviewer = actorOf(Role.REVIEWER);

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await openDataSource(db.url);
    const audit = new AuditLogService(dataSource);
    service = new ExpertsService(dataSource, audit);
    agreements = new AgreementsService(dataSource, audit);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });
  beforeEach(async () => {
    await dataSource.query(TRUNCATE_ALL);
  });

  function expert(overrides: Partial<AppointExpertInput> = {}): AppointExpertInput {
    return {
      fullName: 'Prof. Dr. Katrin Vogel',
      affiliation: 'Institut für Fahrzeugtechnik',
      bio: { zh: '电动汽车动力系统专家。', de: 'Expertin für elektrische Antriebsstränge und Batteriesysteme.', en: 'Expert in electric powertrains.' },
      sectors: ['29', '2720'],
      languages: ['de', 'en', 'zh'],
      regions: ['DE-BW', 'CN'],
      appointedOn: isoDay(-365),
      termEndsOn: isoDay(365),
      email: 'K.Vogel@Example.org',
      ...overrides,
    } as AppointExpertInput;
  }

  const names = async (filter: object) => (await service.list({ first: 20, filter })).edges.map((e) => e.node.fullName);

  it('reviewers appoint experts; sectors become divisions and the e-mail is normalised; others are FORBIDDEN', async () => {
    const saved = await service.appoint(reviewer, expert());
    expect(saved).toMatchObject({ sectors: ['29', '27'], languages: ['de', 'en', 'zh'], regions: ['DE-BW', 'CN'], email: 'k.vogel@example.org', appointedBy: reviewer.userId });
    expect((await auditTrail(dataSource, 'expert', saved.id))[0]).toMatchObject({ action: 'appoint' });
    const rep = actorOf(Role.COMPANY_REP, { companies: [await insertCompany(dataSource)] });
    expect((await failureOf(service.appoint(rep, expert()))).code).toBe('FORBIDDEN');
    expect(await dataSource.getRepository(ExpertEntity).count()).toBe(1);
  });

  it('the term must end after the appointment; bad codes are named by the DTO rules', async () => {
    const failure = await failureOf(service.appoint(reviewer, expert({ appointedOn: '2025-01-01', termEndsOn: '2025-01-01' })));
    expect(failure).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.termEndsOn', message: 'must be after appointedOn (2025-01-01), got 2025-01-01' }] });
    expect(await dataSource.getRepository(ExpertEntity).count()).toBe(0);
    const problems = JSON.stringify(await validate(plainToInstance(AppointExpertInput, expert({ languages: ['de', 'xx'], regions: ['DE-XX'], sectors: ['04'], email: 'nope' }))));
    expect(problems).toContain('languages must hold ISO 639-1 codes');
    expect(problems).toContain("regions must hold ISO 3166-1 country codes (DE) or ISO 3166-2 region codes (DE-BY), got 'DE-XX'");
    expect(problems).toContain("sectors contains unknown ISIC Rev.4 code '04'");
    expect(problems).toContain('email must be an e-mail address');
    expect(await validate(plainToInstance(AppointExpertInput, expert()))).toEqual([]);
  });

  it('an expert whose term ended is not listed as active; activeOn looks at another day', async () => {
    await service.appoint(reviewer, expert({ fullName: 'Active Expert' }));
    await service.appoint(reviewer, expert({ fullName: 'Former Expert', appointedOn: isoDay(-800), termEndsOn: isoDay(-1) }));
    await service.appoint(reviewer, expert({ fullName: 'Future Expert', appointedOn: isoDay(10), termEndsOn: isoDay(500) }));
    await service.appoint(reviewer, expert({ fullName: 'Last Day Expert', appointedOn: isoDay(-10), termEndsOn: todayUtc() }));
    expect(await names({})).toEqual(['Active Expert', 'Last Day Expert']);
    expect(await names({ activeOn: isoDay(-2) })).toEqual(['Active Expert', 'Former Expert', 'Last Day Expert']);
    expect(await names({ activeOn: isoDay(1) })).toEqual(['Active Expert']);
    expect(await names({ activeOn: isoDay(20) })).toEqual(['Active Expert', 'Future Expert']);
    expect(await service.countActive()).toBe(2);
  });

  it('finds experts by text in any language, sector, language and region', async () => {
    await service.appoint(reviewer, expert());
    await service.appoint(
      reviewer,
      expert({ fullName: '王丽华', affiliation: '清华大学软件学院', bio: { zh: '工业软件与数字孪生专家。', en: 'Industrial software and digital twins.' }, sectors: ['62'], languages: ['zh', 'en'], regions: ['CN-BJ'], email: 'wang@example.org' }),
    );
    expect(await names({ query: '数字孪生' })).toEqual(['王丽华']);
    expect(await names({ query: 'antriebsstränge' })).toEqual(['Prof. Dr. Katrin Vogel']);
    expect(await names({ query: 'Fahrzeugtechnik Vogel' })).toEqual(['Prof. Dr. Katrin Vogel']);
    expect(await names({ sector: '6201' })).toEqual(['王丽华']);
    expect(await names({ language: 'de' })).toEqual(['Prof. Dr. Katrin Vogel']);
    // A region also finds the experts for its whole country; a country also finds those of its regions.
    expect(await names({ region: 'CN-BJ' })).toEqual(['Prof. Dr. Katrin Vogel', '王丽华']);
    expect(await names({ region: 'CN-SH' })).toEqual(['Prof. Dr. Katrin Vogel']);
    expect(await names({ region: 'DE' })).toEqual(['Prof. Dr. Katrin Vogel']);
    expect(await names({ region: 'DE-BY' })).toEqual([]);
  });

  it('updates only the given fields, keeps other bio languages, and refuses a term that ends first', async () => {
    const saved = await service.appoint(reviewer, expert());
    const updated = await service.update(reviewer, saved.id, { termEndsOn: isoDay(900), bio: { en: 'Electric powertrains and batteries.' } });
    expect(updated).toMatchObject({ termEndsOn: isoDay(900), bioEn: 'Electric powertrains and batteries.', bioDe: 'Expertin für elektrische Antriebsstränge und Batteriesysteme.', version: 2 });
    expect((await auditTrail(dataSource, 'expert', saved.id))[1]!.changes.map((c) => c.field).sort()).toEqual(['bioEn', 'termEndsOn']);
    const bad = await failureOf(service.update(reviewer, saved.id, { appointedOn: isoDay(1000) }));
    expect(bad.fields).toEqual([{ field: 'input.termEndsOn', message: expect.stringContaining('must be after appointedOn') }]);
    expect((await failureOf(service.update(reviewer, saved.id, { email: null as unknown as string }))).fields).toEqual([{ field: 'input.email', message: 'is required and cannot be cleared' }]);
  });

  it('assigns experts to a park and an agreement, once each; the agreement and the published park list them', async () => {
    const vogel = await service.appoint(reviewer, expert());
    const wang = await service.appoint(reviewer, expert({ fullName: 'Wang Lihua', email: 'wang@example.org' }));
    const parkId = await insertPark(dataSource);
    const companyId = await insertCompany(dataSource);
    const recorded = await agreements.record(reviewer, {
      title: { en: 'Battery pilot line' },
      sectors: ['27'],
      type: AgreementType.RD_COOPERATION,
      signedOn: '2024-05-28',
      parties: [
        { kind: SubjectKind.PARK, id: parkId },
        { kind: SubjectKind.COMPANY, id: companyId },
      ],
    } as RecordAgreementInput);

    await service.assign(reviewer, { expertId: vogel.id, subjectKind: ExpertSubjectKind.PARK, subjectId: parkId });
    await service.assign(reviewer, { expertId: wang.id, subjectKind: ExpertSubjectKind.AGREEMENT, subjectId: recorded.agreement.id });
    await service.assign(reviewer, { expertId: vogel.id, subjectKind: ExpertSubjectKind.AGREEMENT, subjectId: recorded.agreement.id });
    const again = await failureOf(service.assign(reviewer, { expertId: vogel.id, subjectKind: ExpertSubjectKind.PARK, subjectId: parkId }));
    expect(again).toMatchObject({ code: 'CONFLICT', message: `expert ${vogel.id} is already assigned to park ${parkId}` });

    expect((await service.assignedToVisiblePark(parkId)).map((e) => e.fullName)).toEqual(['Prof. Dr. Katrin Vogel']);
    const byAgreement = await service.assignedToAgreements([recorded.agreement.id, '6f1c2d3e-4b5a-4c6d-8e7f-000000000001']);
    expect(byAgreement.get(recorded.agreement.id)!.map((e) => e.fullName)).toEqual(['Prof. Dr. Katrin Vogel', 'Wang Lihua']);

    await service.unassign(reviewer, { expertId: vogel.id, subjectKind: ExpertSubjectKind.PARK, subjectId: parkId });
    expect(await service.assignedToVisiblePark(parkId)).toEqual([]);
    expect((await failureOf(service.unassign(reviewer, { expertId: vogel.id, subjectKind: ExpertSubjectKind.PARK, subjectId: parkId }))).code).toBe('NOT_FOUND');
    expect((await auditTrail(dataSource, 'expert', vogel.id)).map((e) => e.action)).toEqual(['appoint', 'assign', 'assign', 'unassign']);
  });

  it('refuses assignments of experts whose term ended, to unknown subjects, and by non-staff; parkExperts hides unpublished parks', async () => {
    const former = await service.appoint(reviewer, expert({ appointedOn: isoDay(-800), termEndsOn: isoDay(-1) }));
    const active = await service.appoint(reviewer, expert({ fullName: 'Active', email: 'a@example.org' }));
    const parkId = await insertPark(dataSource);
    const draftPark = await insertPark(dataSource, { status: 'draft' });
    const ended = await failureOf(service.assign(reviewer, { expertId: former.id, subjectKind: ExpertSubjectKind.PARK, subjectId: parkId }));
    expect(ended).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringContaining('the term ended on') });
    const unknown = '6f1c2d3e-4b5a-4c6d-8e7f-000000000009';
    expect(await failureOf(service.assign(reviewer, { expertId: active.id, subjectKind: ExpertSubjectKind.AGREEMENT, subjectId: unknown }))).toMatchObject({ code: 'NOT_FOUND', message: `Agreement ${unknown} was not found` });
    expect((await failureOf(service.assign(reviewer, { expertId: active.id, subjectKind: ExpertSubjectKind.PARK, subjectId: unknown }))).code).toBe('NOT_FOUND');
    const manager = actorOf(Role.PARK_MANAGER, { parks: [parkId] });
    expect((await failureOf(service.assign(manager, { expertId: active.id, subjectKind: ExpertSubjectKind.PARK, subjectId: parkId }))).code).toBe('FORBIDDEN');

    await service.assign(reviewer, { expertId: active.id, subjectKind: ExpertSubjectKind.PARK, subjectId: draftPark });
    expect((await failureOf(service.assignedToVisiblePark(draftPark))).code).toBe('NOT_FOUND');
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM expert_assignments`)).toEqual([{ n: 1 }]);
  });
});
