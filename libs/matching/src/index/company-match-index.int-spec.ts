import { createLogger, loadConfig } from '@hc/core';
import { CompaniesService, CompanyEntity, CompanyRecord, CompanyStatus } from '@hc/companies';
import { IDENTITY_ENTITIES, profileServiceParts } from '@hc/identity';
import { OpportunitiesService, OpportunityEntity, OpportunityType, PartnershipType, PublishOpportunityInput } from '@hc/opportunities';
import { ParkEntity } from '@hc/parks';
import { createDataSourceOptions, OutboxEventEntity } from '@hc/persistence';
import { SectorScheme } from '@hc/taxonomy';
import { createTestDatabase, TestDatabase } from '@hc/testing';
import { plainToInstance } from 'class-transformer';
import { DataSource } from 'typeorm';
import { companyRecord, STUTTGART } from '../test-support/company-records';
import { CompanyMatchIndex } from './company-match-index';

function company(name: string, division: string, overrides: Partial<CompanyRecord> = {}): CompanyRecord {
  return companyRecord(name, [division], STUTTGART, overrides);
}

describe('the matching index follows the database (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let companies: CompaniesService;
  let opportunities: OpportunitiesService;
  let index: CompanyMatchIndex;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(createDataSourceOptions(db.url, [CompanyEntity, ParkEntity, OpportunityEntity, OutboxEventEntity, ...IDENTITY_ENTITIES])).initialize();
    const config = loadConfig({});
    companies = new CompaniesService(dataSource, config, ...profileServiceParts(dataSource, config));
    opportunities = new OpportunitiesService(dataSource, config);
    index = new CompanyMatchIndex(dataSource, config, createLogger('silent'));
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('loads the published companies on first use, and no drafts', async () => {
    await companies.insertMany([company('Published Maschinenbau', '28'), company('Draft Maschinenbau', '28', { status: CompanyStatus.DRAFT })]);
    const data = await index.current();
    expect(data.size).toBe(1);
    expect(index.status()).toMatchObject({ loaded: true, companies: 1 });
  });

  it('sees every write committed before the call: a change, a new company, a deletion', async () => {
    const [a, b] = await companies.insertMany([company('Batteriewerk', '27'), company('Kabelwerk', '27')]);
    expect((await index.current()).get(a!)?.profile.divisions).toEqual(['27']);
    await companies.update(a!, { activityCodes: [{ scheme: SectorScheme.ISIC4, code: '29', primary: true }] } as never, null);
    await companies.delete(b!, null);
    const data = await index.current();
    expect(data.get(a!)?.profile.divisions).toEqual(['29']);
    expect(data.byDivision[29]?.has(data.get(a!)!.slot)).toBe(true);
    expect(data.get(b!)).toBeUndefined();
  });

  it('drops a company that is unpublished', async () => {
    const [id] = await companies.insertMany([company('Gießerei', '24')]);
    expect((await index.current()).get(id!)).toBeDefined();
    await companies.update(id!, { status: CompanyStatus.DRAFT }, null);
    expect((await index.current()).get(id!)).toBeUndefined();
  });

  it('catches up over more events than one page', async () => {
    index.pageSize = 2;
    const created = await companies.insertMany(Array.from({ length: 7 }, (_, i) => company(`Zulieferer ${i}`, '25')));
    const data = await index.current();
    for (const id of created) expect(data.get(id)).toBeDefined();
    index.pageSize = 5000;
  });

  it('loads everything again after a bulk change instead of following each event', async () => {
    index.pageSize = 2;
    index.reloadAbove = 4;
    const created = await companies.insertMany(Array.from({ length: 6 }, (_, i) => company(`Importiert ${i}`, '22')));
    const data = await index.current();
    for (const id of created) expect(data.get(id)).toBeDefined();
    index.pageSize = 5000;
    index.reloadAbove = 20_000;
  });

  it('does not skip a transaction that commits after later ones (later writes wait for it)', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const [slow] = await companies.insertMany([company('Langsamer Import', '26')], runner.manager);
      const [quick] = await companies.insertMany([company('Schneller Eintrag', '26')]);
      // Events are read up to the start of the oldest open transaction, so the quick write waits for the slow one.
      const during = await index.current();
      expect(during.get(slow!)).toBeUndefined();
      expect(during.get(quick!)).toBeUndefined();
      await runner.commitTransaction();
      const after = await index.current();
      expect(after.get(slow!)).toBeDefined();
      expect(after.get(quick!)).toBeDefined();
    } finally {
      await runner.release();
    }
  });

  it('reads every company again after a pause longer than half the outbox retention, when the events it missed may be deleted', async () => {
    await index.current();
    const [missed] = await companies.insertMany([company('Verpasster Hersteller', '30')]);
    // The outbox pruned the event while this process was suspended.
    await dataSource.query(`DELETE FROM outbox_events WHERE aggregate_id = $1`, [missed]);
    expect((await index.current()).get(missed!)).toBeUndefined();
    const halfRetention = (loadConfig({}).OUTBOX_RETENTION_HOURS * 3_600_000) / 2;
    (index as unknown as { syncedAt: Date }).syncedAt = new Date(Date.now() - halfRetention - 60_000);
    expect((await index.current()).get(missed!)).toBeDefined();
    expect(index.status().syncedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('reads a company again when its opportunity ends, without any write', async () => {
    const [id] = await companies.insertMany([company('Standortsucher', '28')]);
    await opportunities.publish(
      plainToInstance(PublishOpportunityInput, {
        companyId: id,
        title: { en: 'Site in China' },
        type: OpportunityType.BUSINESS_REQUEST,
        partnershipTypes: [PartnershipType.SITE_LOCALISATION],
        targetCountries: ['CN'],
      }),
      null,
    );
    // The request ends in a moment; a write to the company lets the index learn when.
    await dataSource.query(`UPDATE opportunities SET expires_at = now() + interval '1 second' WHERE company_id = $1`, [id]);
    await companies.update(id!, { employees: 210 }, null);
    expect((await index.current()).get(id!)?.features.wishes.some((w) => w.countries.includes('CN'))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect((await index.current()).get(id!)?.features.wishes.some((w) => w.countries.includes('CN'))).toBe(false);
  });
});
