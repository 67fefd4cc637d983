import { BadUserInputException, ConflictException, NotFoundException } from '@hc/core';
import { createDataSourceOptions, OutboxEventEntity } from '@hc/persistence';
import { createTestDatabase, TestDatabase } from '@hc/testing';
import { plainToInstance } from 'class-transformer';
import { DataSource } from 'typeorm';
import { CompaniesService } from './companies.service';
import { CompanyEntity } from './company.entity';
import { CompanyStatus } from './company.model';
import { CreateCompanyInput } from './dto/company.input';

function input(overrides: Partial<CreateCompanyInput> = {}): CreateCompanyInput {
  return plainToInstance(CreateCompanyInput, {
    name: { de: 'Schwarzwald Präzisionswerkzeuge GmbH', en: 'Black Forest Precision Tools GmbH' },
    description: { de: 'Werkzeugmaschinen und Spannmittel für die Luftfahrt.' },
    country: 'DE',
    region: 'DE-BW',
    city: 'Freiburg im Breisgau',
    location: { latitude: 47.999, longitude: 7.842 },
    sectorCodes: ['2822', '2593'],
    status: CompanyStatus.PUBLISHED,
    ...overrides,
  });
}

describe('CompaniesService (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let service: CompaniesService;
  const outboxRows = () => dataSource.getRepository(OutboxEventEntity).find({ order: { id: 'ASC' } });

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(createDataSourceOptions(db.url, [CompanyEntity, OutboxEventEntity])).initialize();
    service = new CompaniesService(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });
  beforeEach(async () => {
    await dataSource.query('TRUNCATE companies, outbox_events');
  });

  it('writes the company and its outbox event in one go, with ISIC divisions derived', async () => {
    const company = await service.create(input());
    expect(company.isicDivisions.sort()).toEqual(['25', '28']);
    expect(company.version).toBe(1);
    const events = await outboxRows();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ aggregateType: 'company', aggregateId: company.id, aggregateVersion: 1, processedAt: null });
  });

  it('rejects a region of another country and writes nothing', async () => {
    await expect(service.create(input({ region: 'CN-JS' }))).rejects.toThrow(BadUserInputException);
    expect(await dataSource.getRepository(CompanyEntity).count()).toBe(0);
    expect(await outboxRows()).toHaveLength(0);
  });

  it('updates only the given fields, keeps other languages, and emits the new version', async () => {
    const created = await service.create(input());
    const updated = await service.update(created.id, { name: { zh: '黑森林精密工具有限公司' }, employees: 420 });
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
    const created = await service.create(input());
    await service.update(created.id, { employees: 10 });
    await expect(service.update(created.id, { employees: 99 }, 1)).rejects.toThrow(ConflictException);
    expect((await service.findById(created.id)).employees).toBe(10);
  });

  it('refuses to clear a required field', async () => {
    const created = await service.create(input());
    await expect(service.update(created.id, { city: null as unknown as string })).rejects.toThrow(/input.city/);
  });

  it('deletes the row and emits an event newer than the last version', async () => {
    const created = await service.create(input());
    await service.delete(created.id);
    await expect(service.findById(created.id)).rejects.toThrow(NotFoundException);
    expect((await outboxRows()).map((e) => e.aggregateVersion)).toEqual([1, 2]);
  });

  it('bulk-inserts all rows with their events, or none when one row is bad', async () => {
    const good = { ...(await toRecord()), nameEn: 'Good One' };
    expect(await service.insertMany([good, { ...good, nameEn: 'Good Two' }])).toBe(2);
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
      const page = await service.list({ first: 10, ...(after ? { after } : {}) });
      expect(page.totalCount).toBe(25);
      seen.push(...page.edges.map((e) => e.node.id));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? undefined;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(25);
    await expect(service.list({ first: 10, after: 'not-a-cursor' })).rejects.toThrow(BadUserInputException);
  });

  async function toRecord() {
    const c = await service.create(input());
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, isicDivisions: _d, ...record } = c;
    await dataSource.query('TRUNCATE companies, outbox_events');
    return record;
  }
});
