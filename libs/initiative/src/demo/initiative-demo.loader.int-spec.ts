import { AuditLogService, Role, SubjectKind } from '@hc/identity';
import { createTestDatabase, TestDatabase } from '@hc/testing';
import { DataSource } from 'typeorm';
import { AgreementStatus, AgreementType } from '../agreement/agreement.model';
import { AgreementsService } from '../agreement/agreements.service';
import { ExpertSubjectKind } from '../expert/expert.model';
import { ExpertsService } from '../expert/experts.service';
import { MembershipsService } from '../membership/memberships.service';
import { SharedResourceType } from '../shared-resource/shared-resource.model';
import { SharedResourcesService } from '../shared-resource/shared-resources.service';
import { InitiativeStatsService } from '../stats/initiative-stats.service';
import { actorOf, insertCompany, insertPark, openDataSource, TRUNCATE_ALL } from '../test-support/initiative.fixtures';
import { InitiativeDemoLoader } from './initiative-demo.loader';
import { InitiativeDemoData } from './initiative-demo.model';

const id = (n: number) => `5e1a0000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('InitiativeDemoLoader and initiativeStats (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let loader: InitiativeDemoLoader;
  let stats: InitiativeStatsService;
  let memberships: MembershipsService;
  let resources: SharedResourcesService;
  let agreements: AgreementsService;
  let experts: ExpertsService;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await openDataSource(db.url);
    const audit = new AuditLogService(dataSource);
    loader = new InitiativeDemoLoader();
    memberships = new MembershipsService(dataSource, audit);
    resources = new SharedResourcesService(dataSource, audit);
    agreements = new AgreementsService(dataSource, audit);
    experts = new ExpertsService(dataSource, audit);
    stats = new InitiativeStatsService(dataSource, agreements, experts);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });
  beforeEach(async () => {
    await dataSource.query(TRUNCATE_ALL);
  });

  async function demo(): Promise<InitiativeDemoData> {
    const shunyi = await insertPark(dataSource, { nameZh: '中德经济技术合作示范区', initiativeMember: true, sectors: ['29', '62', '85'] });
    const taicang = await insertPark(dataSource, { nameZh: '中德（太仓）企业合作基地', initiativeMember: false });
    const cn = await insertCompany(dataSource, { nameZh: '合肥新能源汽车零部件有限公司', initiativeMember: true, sectors: ['29'] });
    const de = await insertCompany(dataSource, { nameDe: 'Neckar Antriebe GmbH', country: 'DE', region: 'DE-BW', city: 'Stuttgart', latitude: 48.78, longitude: 9.18, sectors: ['27'] });
    const park = { kind: SubjectKind.PARK, id: shunyi };
    const company = { kind: SubjectKind.COMPANY, id: cn };
    const place = { country: 'CN', region: 'CN-BJ', city: 'Beijing', location: { latitude: 40.13, longitude: 116.66 }, conditions: 'Members at cost price.' };
    return {
      memberships: [
        { id: id(1), member: park, motivation: '中德经济技术合作示范区希望参与倡议。', appliedAt: '2024-04-02T08:00:00.000Z', decidedAt: '2024-05-28T02:00:00.000Z' },
        { id: id(2), member: company, motivation: 'Join.', appliedAt: '2024-04-03T08:00:00.000Z', decidedAt: '2024-05-28T02:00:00.000Z' },
      ],
      sharedResources: [
        { id: id(11), owner: park, content: { ...place, type: SharedResourceType.TEST_LAB, name: { zh: '北京汽车测试中心', de: 'Fahrzeugprüfzentrum Beijing', en: 'Beijing Vehicle Test Centre' }, description: { en: 'Climate chambers.' }, capacity: '2 chambers' } },
        { id: id(12), owner: company, content: { ...place, type: SharedResourceType.TEST_LAB, name: { zh: '发动机与电机试验台', de: 'Motorenprüfstand Hefei', en: 'Engine test bench' }, description: {}, capacity: null } },
      ],
      agreements: [
        {
          id: id(21),
          status: AgreementStatus.IN_IMPLEMENTATION,
          content: {
            title: { zh: '电驱动系统本地化生产协议', de: 'Lokalisierung elektrischer Antriebe', en: 'Localised production of electric drives' },
            sectors: ['29', '27'],
            type: AgreementType.LOCALISATION,
            signedOn: '2024-05-28',
            parties: [company, { kind: SubjectKind.COMPANY, id: de }, { kind: SubjectKind.PARK, id: taicang }],
            notes: 'Signed at the forum.',
            suggestionId: null,
          },
        },
        {
          id: id(22),
          status: AgreementStatus.SIGNED,
          content: { title: { en: 'Dual vocational training' }, sectors: ['85'], type: AgreementType.TRAINING, signedOn: '2024-05-28', parties: [park, { kind: SubjectKind.COMPANY, id: de }], notes: null, suggestionId: null },
        },
      ],
      experts: [
        { id: id(31), content: { fullName: 'Prof. Dr. Katrin Vogel', affiliation: 'Institut (demo)', bio: { de: 'Elektrische Antriebe.' }, sectors: ['29'], languages: ['de', 'zh'], regions: ['DE-BW'], appointedOn: '2024-05-28', termEndsOn: '2099-05-27', email: 'k.vogel@example.org' } },
        { id: id(32), content: { fullName: 'Dr. Anna Kowalska', affiliation: 'Centrum (demo)', bio: { en: 'Battery materials.' }, sectors: ['27'], languages: ['pl', 'en'], regions: ['PL'], appointedOn: '2024-05-28', termEndsOn: '2025-05-27', email: 'a.kowalska@example.org' } },
      ],
      expertAssignments: [
        { expertId: id(31), subjectKind: ExpertSubjectKind.AGREEMENT, subjectId: id(21) },
        { expertId: id(31), subjectKind: ExpertSubjectKind.PARK, subjectId: shunyi },
      ],
    };
  }

  it('loads the demo records in the caller\'s transaction, and every public list and the stats show them', async () => {
    const data = await demo();
    const counts = await dataSource.transaction((manager) => loader.load(manager, data));
    expect(counts).toEqual({ memberships: 2, sharedResources: 2, agreements: 2, experts: 2, expertAssignments: 2 });

    expect(await stats.stats()).toEqual({
      memberParks: 1,
      memberCompanies: 1,
      activeSharedResources: 2,
      agreements: 2,
      agreementsByStatus: [
        { status: AgreementStatus.SIGNED, label: { zh: '已签约', de: 'Unterzeichnet', en: 'Signed' }, count: 1 },
        { status: AgreementStatus.IN_IMPLEMENTATION, label: { zh: '实施中', de: 'In Umsetzung', en: 'In implementation' }, count: 1 },
        { status: AgreementStatus.COMPLETED, label: { zh: '已完成', de: 'Abgeschlossen', en: 'Completed' }, count: 0 },
        { status: AgreementStatus.TERMINATED, label: { zh: '已终止', de: 'Beendet', en: 'Terminated' }, count: 0 },
      ],
      activeExperts: 1,
    });
    const members = await memberships.listMembers({ first: 10 });
    expect(members.edges.map((e) => e.node.memberName.zh)).toEqual(['中德经济技术合作示范区', '合肥新能源汽车零部件有限公司']);
    expect(members.edges[0]!.node.membership.appliedAt.toISOString()).toBe('2024-04-02T08:00:00.000Z');
    expect((await resources.list({ first: 10, filter: { query: '测试' } })).edges.map((e) => e.node.resource.id)).toEqual([id(11)]);
    expect((await resources.list({ first: 10, filter: { query: 'Prüfstand' } })).edges.map((e) => e.node.resource.id)).toEqual([id(12)]);
    const agreement = await agreements.findById(id(21), null);
    expect(agreement.parties.map((p) => p.kind)).toEqual(['company', 'company', 'park']);
    expect(agreement.agreement).toMatchObject({ status: AgreementStatus.IN_IMPLEMENTATION, sectors: ['29', '27'], notes: 'Signed at the forum.' });
    expect((await experts.assignedToAgreements([id(21)])).get(id(21))!.map((e) => e.fullName)).toEqual(['Prof. Dr. Katrin Vogel']);
    expect((await experts.list({ first: 10, filter: { activeOn: '2024-06-01' } })).totalCount).toBe(2);
  });

  it('a bad record fails the load and, with the caller\'s transaction, leaves nothing behind', async () => {
    const data = await demo();
    data.experts[1]!.content.termEndsOn = '2024-01-01';
    await expect(dataSource.transaction((manager) => loader.load(manager, data))).rejects.toThrow(/termEndsOn/);
    expect(await dataSource.query(`SELECT (SELECT count(*) FROM initiative_memberships)::int AS m, (SELECT count(*) FROM cooperation_agreements)::int AS a`)).toEqual([{ m: 0, a: 0 }]);
  });

  it('stats follow the lifecycle: a withdrawn membership and an expired profile leave the counts', async () => {
    await dataSource.transaction(async (manager) => loader.load(manager, await demo()));
    await memberships.withdraw(actorOf(Role.ADMIN), id(2));
    await dataSource.query(`UPDATE parks SET expires_at = now() - interval '1 day' WHERE initiative_member`);
    expect(await stats.stats()).toMatchObject({ memberParks: 0, memberCompanies: 0, activeSharedResources: 0, agreements: 2, activeExperts: 1 });
  });
});
