import { profileServiceParts } from '@hc/identity';
import { ActivityCode, ActivitySource, CompaniesService, CompanyEntity, CompanyRecord, CompanyStatus } from '@hc/companies';
import { SectorScheme } from '@hc/taxonomy';
import { loadConfig } from '@hc/core';
import { ParkEntity, ParkOffering, ParksService, ParkStatus } from '@hc/parks';
import { createDataSourceOptions, OutboxEventEntity } from '@hc/persistence';
import { createTestDatabase, TestDatabase } from '@hc/testing';
import { DataSource } from 'typeorm';
import { SuggestionReasonCode } from './park-suggestion.objects';
import { ParkSuggestionsService } from './park-suggestions.service';

const TAICANG = { latitude: 31.4497, longitude: 121.1003 };

function company(overrides: Partial<CompanyRecord>): CompanyRecord {
  return {
    nameZh: null,
    nameDe: null,
    nameEn: 'Company',
    descriptionZh: null,
    descriptionDe: null,
    descriptionEn: null,
    country: 'DE',
    region: 'DE-BW',
    city: 'Stuttgart',
    latitude: 48.7758,
    longitude: 9.1829,
    registryId: null,
    activityCodes: [isic('28')],
    employees: 200,
    annualTurnoverEur: null,
    balanceSheetTotalEur: null,
    revenueBand: null,
    foundedYear: 1980,
    website: null,
    badges: [],
    offers: [],
    needs: [],
    initiativeMember: false,
    status: CompanyStatus.PUBLISHED,
    ...overrides,
  };
}

function isic(code: string): ActivityCode {
  return { scheme: SectorScheme.ISIC4, code, primary: true, confidence: 1, source: ActivitySource.SELF_DECLARED };
}

describe('parkSuggestions (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let service: ParkSuggestionsService;
  let parkId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(createDataSourceOptions(db.url, [CompanyEntity, ParkEntity, OutboxEventEntity])).initialize();
    const companies = new CompaniesService(dataSource, loadConfig({}), ...profileServiceParts(dataSource, loadConfig({})));
    const parks = new ParksService(dataSource, loadConfig({}), ...profileServiceParts(dataSource, loadConfig({})));
    service = new ParkSuggestionsService(dataSource, loadConfig({}), parks, companies);

    await parks.insertMany([
      {
        nameZh: '中德（太仓）企业合作基地',
        nameDe: null,
        nameEn: 'Sino-German Enterprise Cooperation Base Taicang',
        descriptionZh: null,
        descriptionDe: null,
        descriptionEn: null,
        country: 'CN',
        region: 'CN-JS',
        city: 'Taicang',
        ...TAICANG,
        focusSectors: ['28', '29'],
        gapSectors: [],
        offerings: [ParkOffering.STANDARD_FACTORIES],
        initiativeMember: true,
        website: null,
        status: ParkStatus.PUBLISHED,
      },
    ]);
    [{ id: parkId }] = await dataSource.query(`SELECT id FROM parks`);

    await companies.insertMany([
      company({ nameEn: 'Swabian machine tools (focus, far away)', activityCodes: [isic('2822')] }),
      company({ nameEn: 'Suzhou auto parts (focus, nearby, member)', activityCodes: [isic('2930')], country: 'CN', region: 'CN-JS', city: 'Suzhou', latitude: 31.2989, longitude: 120.5853, initiativeMember: true }),
      company({ nameEn: 'Shanghai software house (off focus, nearby)', activityCodes: [isic('6201')], country: 'CN', region: 'CN-SH', city: 'Shanghai', latitude: 31.2304, longitude: 121.4737 }),
      company({ nameEn: 'Bavarian bakery (off focus, far away)', activityCodes: [isic('1071')], region: 'DE-BY', city: 'München', latitude: 48.1351, longitude: 11.582 }),
      company({ nameEn: 'Draft gearbox maker (focus, not published)', activityCodes: [isic('2814')], status: CompanyStatus.DRAFT }),
    ]);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it("ranks companies in the park's focus sectors ahead of the others, each with a reason", async () => {
    const suggestions = await service.suggest(parkId, 10, null);
    const names = suggestions.map((s) => s.company.name.en);
    expect(names[0]).toBe('Suzhou auto parts (focus, nearby, member)');
    expect(names[1]).toBe('Swabian machine tools (focus, far away)');
    expect(names).toContain('Shanghai software house (off focus, nearby)');
    expect(names.indexOf('Shanghai software house (off focus, nearby)')).toBeGreaterThan(1);
    for (const s of suggestions) {
      expect(s.reasons.length).toBeGreaterThan(0);
      expect(s.score).toBeCloseTo(s.reasons.reduce((sum, r) => sum + r.contribution, 0), 2);
      for (const r of s.reasons) expect(r.text.zh && r.text.de && r.text.en).toBeTruthy();
    }
  });

  it('never suggests drafts or companies with neither sector fit nor proximity', async () => {
    const names = (await service.suggest(parkId, 10, null)).map((s) => s.company.name.en);
    expect(names).not.toContain('Draft gearbox maker (focus, not published)');
    expect(names).not.toContain('Bavarian bakery (off focus, far away)');
  });

  it('explains sector fit with the shared divisions in all three languages', async () => {
    const [top] = await service.suggest(parkId, 1, null);
    const sector = top.reasons.find((r) => r.code === SuggestionReasonCode.SECTOR_FIT);
    expect(sector?.text.en).toContain('ISIC 29');
    expect(sector?.text.de).toContain('ISIC 29');
    expect(top.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining([SuggestionReasonCode.SECTOR_FIT, SuggestionReasonCode.PROXIMITY, SuggestionReasonCode.INITIATIVE_MEMBER]),
    );
  });
});
