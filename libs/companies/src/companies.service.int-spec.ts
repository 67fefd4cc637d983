import { AuditLogService, GrantsService } from '@hc/identity';
import { BadUserInputException, ConflictException, loadConfig, NotFoundException } from '@hc/core';
import { createDataSourceOptions, OutboxEventEntity } from '@hc/persistence';
import { createTestDatabase, TestDatabase } from '@hc/testing';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { CompaniesService } from './companies.service';
import { CompanyEntity } from './company.entity';
import { CompanyStatus } from './company.model';
import { CreateCompanyInput } from './dto/company.input';
import { toCompanyRecord } from './company-record';

function input(overrides: Partial<CreateCompanyInput> = {}): CreateCompanyInput {
  return plainToInstance(CreateCompanyInput, {
    name: { de: 'Schwarzwald Präzisionswerkzeuge GmbH', en: 'Black Forest Precision Tools GmbH' },
    description: { de: 'Werkzeugmaschinen und Spannmittel für die Luftfahrt.' },
    country: 'DE',
    region: 'DE-BW',
    city: 'Freiburg im Breisgau',
    location: { latitude: 47.999, longitude: 7.842 },
    activityCodes: [{ scheme: 'WZ2008', code: '28.22.0' }, { scheme: 'ISIC4', code: '2593' }],
    status: CompanyStatus.PUBLISHED,
    ...overrides,
  });
}

const RULES = { hiddenChampionMaxRevenueEur: 5e9 };

describe('CompaniesService (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let service: CompaniesService;
  const outboxRows = () => dataSource.getRepository(OutboxEventEntity).find({ order: { id: 'ASC' } });

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(createDataSourceOptions(db.url, [CompanyEntity, OutboxEventEntity])).initialize();
    service = new CompaniesService(dataSource, loadConfig({}), new GrantsService(dataSource), new AuditLogService(dataSource));
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });
  beforeEach(async () => {
    await dataSource.query('TRUNCATE companies, outbox_events CASCADE');
  });

  it('writes the company and its outbox event in one go, with ISIC divisions derived', async () => {
    const company = await service.create(input(), null);
    expect(company.isicDivisions.sort()).toEqual(['25', '28']);
    expect(company.version).toBe(1);
    const events = await outboxRows();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ aggregateType: 'company', aggregateId: company.id, aggregateVersion: 1, processedAt: null });
  });

  it('rejects a region of another country and writes nothing', async () => {
    await expect(service.create(input({ region: 'CN-JS' }), null)).rejects.toThrow(BadUserInputException);
    expect(await dataSource.getRepository(CompanyEntity).count()).toBe(0);
    expect(await outboxRows()).toHaveLength(0);
  });

  it('updates only the given fields, keeps other languages, and emits the new version', async () => {
    const created = await service.create(input(), null);
    const updated = await service.update(created.id, { name: { zh: '黑森林精密工具有限公司' }, employees: 420 }, null);
    expect(updated).toMatchObject({
      nameZh: '黑森林精密工具有限公司',
      nameDe: 'Schwarzwald Präzisionswerkzeuge GmbH',
      employees: 420,
      city: 'Freiburg im Breisgau',
      version: 2,
    });
    expect((await outboxRows()).map((e) => e.aggregateVersion)).toEqual([1, 2]);
  });

  it('refuses a stale expectedVersion with CONFLICT and changes nothing', async () => {
    const created = await service.create(input(), null);
    await service.update(created.id, { employees: 10 }, null);
    await expect(service.update(created.id, { employees: 99 }, null, 1)).rejects.toThrow(ConflictException);
    expect((await service.findById(created.id)).employees).toBe(10);
  });

  it('refuses to clear a required field', async () => {
    const created = await service.create(input(), null);
    await expect(service.update(created.id, { city: null as unknown as string }, null)).rejects.toThrow(/input.city/);
  });

  it('deletes the row and emits an event newer than the last version', async () => {
    const created = await service.create(input(), null);
    await service.delete(created.id, null);
    await expect(service.findById(created.id)).rejects.toThrow(NotFoundException);
    expect((await outboxRows()).map((e) => e.aggregateVersion)).toEqual([1, 2]);
  });

  it('bulk-inserts all rows with their events, or none when one row is bad', async () => {
    const good = { ...(await toRecord()), nameEn: 'Good One' };
    expect(await service.insertMany([good, { ...good, nameEn: 'Good Two' }])).toHaveLength(2);
    expect(await outboxRows()).toHaveLength(2);
    const bad = { ...good, country: 'DEU' }; // violates character(2)
    await expect(service.insertMany([{ ...good, nameEn: 'Three' }, bad])).rejects.toThrow();
    expect(await dataSource.getRepository(CompanyEntity).count()).toBe(2);
    expect(await outboxRows()).toHaveLength(2);
  });

  it('pages through companies with cursors, without gaps or repeats', async () => {
    const record = await toRecord();
    await service.insertMany(Array.from({ length: 25 }, (_, i) => ({ ...record, nameEn: `Company ${i}` })));
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await service.list({ first: 10, ...(after ? { after } : {}) }, null);
      expect(page.totalCount).toBe(25);
      seen.push(...page.edges.map((e) => e.node.id));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? undefined;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(25);
    await expect(service.list({ first: 10, after: 'not-a-cursor' }, null)).rejects.toThrow(BadUserInputException);
  });

  function toRecord() {
    return toCompanyRecord(input(), RULES);
  }

  it('derives ISIC codes from WZ 2008 and GB/T 4754 codes, primary first', async () => {
    const company = await service.create(
      input({ country: 'CN', region: 'CN-JS', city: '苏州', activityCodes: [{ scheme: 'ISIC4', code: '2930' }, { scheme: 'GBT4754', code: '38', primary: true }] } as never), null);
    expect(company.activityCodes[0]).toMatchObject({ scheme: 'GBT4754', code: '38', primary: true, confidence: 1, source: 'self_declared' });
    expect(company.isicDivisions).toEqual(expect.arrayContaining(['27', '29']));
  });

  it('names an unknown activity code in its scheme', async () => {
    const problems = await validate(plainToInstance(CreateCompanyInput, { ...input(), activityCodes: [{ scheme: 'WZ2008', code: '99.99.9' }] }));
    expect(JSON.stringify(problems)).toContain("'99.99.9' is not a known WZ2008 code");
  });

  it('refuses to publish a profile without any activity code, but keeps a draft without one', async () => {
    await expect(service.create(input({ activityCodes: [] }), null)).rejects.toThrow(/activityCodes: a published profile needs at least one activity code/);
    await expect(service.create(input({ activityCodes: [], status: CompanyStatus.DRAFT }), null)).resolves.toMatchObject({ isicCodes: [] });
  });

  it('computes the EU SME badge from the figures and recomputes it when they change', async () => {
    const small = await service.create(input({ employees: 40, annualTurnoverEur: 8e6 }), null);
    expect(small).toMatchObject({ euSmeCategory: 'small', revenueBand: '2m_10m' });
    const grown = await service.update(small.id, { employees: 300 }, null);
    expect(grown.euSmeCategory).toBeNull();
    const medium = await service.update(small.id, { employees: 120, annualTurnoverEur: 60e6, balanceSheetTotalEur: 30e6 }, null);
    expect(medium).toMatchObject({ euSmeCategory: 'medium', revenueBand: '50m_250m' });
  });

  it('refuses a hidden-champion badge above the revenue ceiling, and a self-declared EU SME badge', async () => {
    const champion = { type: 'hidden_champion', evidence: 'list', reference: 'Simon 2021', awardedOn: '2021-01-01' };
    await expect(service.create(input({ annualTurnoverEur: 7e9, badges: [champion] } as never), null)).rejects.toThrow(/HIDDEN_CHAMPION_MAX_REVENUE_EUR/);
    const problems = await validate(plainToInstance(CreateCompanyInput, { ...input(), badges: [{ ...champion, type: 'eu_sme' }] }));
    expect(JSON.stringify(problems)).toContain('eu_sme cannot be entered');
  });
});
