import { profileServiceParts } from '@hc/identity';
import { Readable, Writable } from 'node:stream';
import { CompaniesService, CompanyEntity } from '@hc/companies';
import { loadConfig } from '@hc/core';
import { OpportunitiesService, OpportunityEntity } from '@hc/opportunities';
import { ParkEntity } from '@hc/parks';
import { createDataSourceOptions, OutboxEventEntity } from '@hc/persistence';
import { createTestDatabase, TestDatabase } from '@hc/testing';
import { DataSource } from 'typeorm';
import { CompanyExporter } from './company-exporter';
import { CompanyImporter } from './company-importer';
import { readCompanyFile } from './format/company-file.reader';
import { csvHeader, writeCsvRow } from './format/csv.codec';
import type { CompanyFileRecord } from './format/company-file.record';
import { writeJsonl } from './format/jsonl.codec';

const config = loadConfig({});

function company(overrides: Partial<CompanyFileRecord> = {}): CompanyFileRecord {
  return {
    registryId: 'Stuttgart HRB 720001',
    name: { de: 'Neckartal Getriebebau GmbH', en: 'Neckartal Gearboxes' },
    country: 'DE',
    region: 'DE-BW',
    city: 'Stuttgart',
    location: { latitude: 48.7758, longitude: 9.1829 },
    activityCodes: [{ scheme: 'WZ2008', code: '28.15.0' }],
    employees: 180,
    annualTurnoverEur: 40e6,
    status: 'published',
    opportunities: [
      {
        type: 'technology_offer',
        title: { en: 'Low-backlash planetary gearbox for robots' },
        partnershipTypes: ['licensing'],
        technologyKeywords: ['planetary gearbox'],
        targetCountries: ['CN'],
        stage: 'on_market',
        ipStatus: 'patent_granted',
      },
    ],
    ...overrides,
  };
}

const jsonl = (records: CompanyFileRecord[]) => records.map(writeJsonl).join('');
const csv = (records: CompanyFileRecord[]) => csvHeader() + records.map(writeCsvRow).join('');

describe('company import and export (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let importer: CompanyImporter;
  let exporter: CompanyExporter;

  const run = (text: string, format: 'jsonl' | 'csv' = 'jsonl', options = {}) => importer.import(readCompanyFile(Readable.from([text]), format), options);
  const counts = async () => ({
    companies: await dataSource.getRepository(CompanyEntity).count(),
    outbox: await dataSource.getRepository(OutboxEventEntity).count(),
    opportunities: await dataSource.getRepository(OpportunityEntity).countBy({ status: 'active' as never }),
  });
  const exported = async (format: 'jsonl' | 'csv') => {
    let text = '';
    const sink = new Writable({ write: (chunk, _enc, done) => ((text += String(chunk)), done()) });
    await exporter.export(format, sink);
    return text;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(createDataSourceOptions(db.url, [CompanyEntity, ParkEntity, OpportunityEntity, OutboxEventEntity])).initialize();
    const opportunities = new OpportunitiesService(dataSource, config);
    importer = new CompanyImporter(dataSource, new CompaniesService(dataSource, config, ...profileServiceParts(dataSource, config)), opportunities);
    exporter = new CompanyExporter(dataSource, opportunities);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });
  beforeEach(() => dataSource.query('TRUNCATE companies, outbox_events CASCADE'));

  it('imports companies with their opportunities, and a second run of the same file changes nothing', async () => {
    const file = jsonl([company(), company({ registryId: 'Ulm HRB 1', name: { de: 'Ulmer Sensorik AG' }, city: 'Ulm', opportunities: [] })]);
    const first = await run(file);
    expect(first).toMatchObject({ rows: 2, valid: 2, invalid: 0, created: 2, updated: 0, written: true });
    const after = await counts();
    expect(after).toEqual({ companies: 2, outbox: 2, opportunities: 1 });
    const again = await run(file);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await counts()).toEqual(after);
  });

  it('writes nothing when one row is bad, and reports every bad row with its line and field', async () => {
    const file = jsonl([
      company(),
      company({ registryId: 'X 2', activityCodes: [{ scheme: 'WZ2008', code: '99.99.9' }] }),
      company({ registryId: 'X 3', location: { latitude: 200, longitude: 9 } }),
    ]);
    const report = await run(file);
    expect(report).toMatchObject({ rows: 3, valid: 1, invalid: 2, written: false, created: 1 });
    expect(report.problems).toEqual([
      expect.objectContaining({ line: 2, field: 'activityCodes[0].code', reason: expect.stringContaining("'99.99.9' is not a known WZ2008 code") }),
      expect.objectContaining({ line: 3, field: 'location.latitude' }),
    ]);
    expect(await counts()).toEqual({ companies: 0, outbox: 0, opportunities: 0 });
  });

  it('a CSV row without coordinates is reported, not a crash', async () => {
    const report = await run('name_de,country,city,activity_codes\nOhne Ort GmbH,DE,Ulm,ISIC4:2822\n', 'csv');
    expect(report.problems).toEqual([expect.objectContaining({ line: 2, field: 'location', reason: expect.stringContaining('location is required') })]);
  });

  it('with skipInvalid writes exactly the good rows', async () => {
    const report = await run(jsonl([company(), company({ registryId: 'X 2', country: 'XX' })]), 'jsonl', { skipInvalid: true });
    expect(report).toMatchObject({ valid: 1, invalid: 1, created: 1, written: true });
    expect((await counts()).companies).toBe(1);
  });

  it('merges rows of one file with the same registry id, or the same name (legal form folded) in the same city', async () => {
    const report = await run(
      jsonl([
        company({ employees: 180 }),
        company({ name: { de: 'NECKARTAL GETRIEBEBAU G.m.b.H.' }, registryId: undefined, employees: 190, offers: ['Getriebe'] }),
        company({ name: { zh: '内卡河谷齿轮' }, employees: 200 }),
        company({ registryId: 'Berlin HRB 5', name: { de: 'Neckartal Getriebebau GmbH' }, city: 'Berlin' }),
      ]),
    );
    expect(report.mergedInFile).toEqual([
      { line: 2, into: 1, by: 'name and city', key: 'NECKARTAL GETRIEBEBAU G.m.b.H., Stuttgart' },
      { line: 3, into: 1, by: 'registry id', key: 'Stuttgart HRB 720001' },
    ]);
    expect(report.created).toBe(2);
    const merged = await dataSource.getRepository(CompanyEntity).findOneByOrFail({ city: 'Stuttgart' });
    expect(merged).toMatchObject({ nameZh: '内卡河谷齿轮', employees: 200, offers: ['Getriebe'] });
  });

  it('updates a stored company found by registry id instead of adding a second one, and recomputes its EU SME badge', async () => {
    await run(jsonl([company()]));
    const before = await dataSource.getRepository(CompanyEntity).findOneByOrFail({ registryId: 'Stuttgart HRB 720001' });
    expect(before.euSmeCategory).toBe('medium');
    const report = await run(jsonl([company({ registryId: 'STUTTGART  HRB 720001', employees: 900, annualTurnoverEur: 300e6 })]));
    expect(report).toMatchObject({ created: 0, updated: 1 });
    expect(report.matchedExisting[0]).toMatchObject({ line: 1, into: before.id, by: 'registry id' });
    const after = await dataSource.getRepository(CompanyEntity).findOneByOrFail({ id: before.id });
    expect(after).toMatchObject({ employees: 900, euSmeCategory: null, revenueBand: '250m_1b', version: 2 });
  });

  it('two rows that reach the same stored company by different keys are merged into one update', async () => {
    await run(jsonl([company()]));
    const stored = await dataSource.getRepository(CompanyEntity).findOneByOrFail({ registryId: 'Stuttgart HRB 720001' });
    const report = await run(
      jsonl([
        company({ id: stored.id, registryId: undefined, name: { de: 'Anders Benannt GmbH' }, employees: 210 }),
        company({ registryId: undefined, employees: undefined, offers: ['Planetengetriebe'] }),
      ]),
    );
    expect(report).toMatchObject({ created: 0, updated: 1 });
    expect(report.mergedInFile).toEqual([expect.objectContaining({ line: 2, into: 1, by: 'name and city' })]);
    const after = await dataSource.getRepository(CompanyEntity).findOneByOrFail({ id: stored.id });
    expect(after).toMatchObject({ employees: 210, offers: ['Planetengetriebe'] });
    expect(await dataSource.getRepository(CompanyEntity).count()).toBe(1);
  });

  it('a dry run reports what would happen and writes nothing', async () => {
    const report = await run(jsonl([company()]), 'jsonl', { dryRun: true });
    expect(report).toMatchObject({ created: 1, written: false });
    expect(await counts()).toEqual({ companies: 0, outbox: 0, opportunities: 0 });
  });

  it.each(['jsonl', 'csv'] as const)('an export in %s re-imports to the same state, and into an empty database', async (format) => {
    await run(csv([company(), company({ registryId: 'Ulm HRB 1', name: { de: 'Ulmer Sensorik AG', zh: '乌尔姆传感器, "精密"' }, city: 'Ulm', description: { de: 'Zeile 1\nZeile 2; mit Semikolon' } })]), 'csv');
    const first = await exported(format);
    expect(await run(first, format)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    await dataSource.query('TRUNCATE companies, outbox_events CASCADE');
    expect(await run(first, format)).toMatchObject({ created: 2 });
    const lines = (text: string) => text.trim().split('\n').sort();
    expect(lines(await exported(format))).toEqual(lines(first));
  });
});
