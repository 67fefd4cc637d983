import { createLogger, loadConfig } from '@hc/core';
import { BadgeType, CompaniesService, CompanyEntity, CompanyRecord, CompanyStatus, EvidenceKind } from '@hc/companies';
import { Actor, IDENTITY_ENTITIES, profileServiceParts, Role, SubjectKind } from '@hc/identity';
import { DevelopmentStage, OpportunitiesService, OpportunityEntity, OpportunityType, PartnershipType, PublishOpportunityInput } from '@hc/opportunities';
import { ParkEntity, ParkOffering, ParksService, ParkStatus } from '@hc/parks';
import { createDataSourceOptions, OutboxEventEntity } from '@hc/persistence';
import { createTestDatabase, TestDatabase } from '@hc/testing';
import { plainToInstance } from 'class-transformer';
import { DataSource } from 'typeorm';
import { SuggestionReasonCode } from '../features/reason-code';
import { ParkSuggestionsService } from './park-suggestions.service';
import { PartnerSuggestionsService } from './partner-suggestions.service';
import { CompanyMatchIndex } from '../index/company-match-index';
import { MatchProfileLoader } from './match-profile.loader';
import { INITIATIVE_ENTITIES } from '@hc/initiative';
import { FEEDBACK_ENTITIES } from '@hc/matching-feedback';
import { companyRecord, MUNICH, STUTTGART, SUZHOU, TAICANG } from '../test-support/company-records';
import { FeedbackService } from '@hc/matching-feedback';

const company = companyRecord;

describe('matching (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let parkSuggestions: ParkSuggestionsService;
  let partnerSuggestions: PartnerSuggestionsService;
  let companies: CompaniesService;
  let opportunities: OpportunitiesService;
  let parks: ParksService;
  let feedback: FeedbackService;
  const ids = new Map<string, string>();

  async function add(records: CompanyRecord[]): Promise<void> {
    const created = await companies.insertMany(records);
    records.forEach((r, i) => ids.set(r.nameEn!, created[i]));
  }
  async function publish(name: string, input: Record<string, unknown>): Promise<void> {
    await opportunities.publish(plainToInstance(PublishOpportunityInput, { companyId: ids.get(name), title: { en: `${name} ${String(input.type)}` }, ...input }), null);
  }
  const nameOf = (id: string) => [...ids].find(([, v]) => v === id)?.[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(createDataSourceOptions(db.url, [CompanyEntity, ParkEntity, OpportunityEntity, OutboxEventEntity, ...IDENTITY_ENTITIES, ...INITIATIVE_ENTITIES, ...FEEDBACK_ENTITIES])).initialize();
    const config = loadConfig({});
    companies = new CompaniesService(dataSource, config, ...profileServiceParts(dataSource, config));
    parks = new ParksService(dataSource, config, ...profileServiceParts(dataSource, config));
    opportunities = new OpportunitiesService(dataSource, config);
    const index = new CompanyMatchIndex(dataSource, config, createLogger('silent'));
    const loader = new MatchProfileLoader(dataSource, config, index);
    feedback = new FeedbackService(dataSource);
    parkSuggestions = new ParkSuggestionsService(config, parks, companies, loader, index, feedback);
    partnerSuggestions = new PartnerSuggestionsService(config, companies, loader, index, feedback);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  describe('park → companies', () => {
    let parkId: string;

    beforeAll(async () => {
      [parkId] = await parks.insertMany([
        {
          nameZh: '中德（太仓）企业合作基地', nameDe: null, nameEn: 'Sino-German Enterprise Cooperation Base Taicang', descriptionZh: null, descriptionDe: null, descriptionEn: null,
          ...TAICANG,
          focusSectors: ['29'], gapSectors: ['27'],
          offerings: [ParkOffering.STANDARD_FACTORIES, ParkOffering.GERMAN_SERVICE_DESK],
          initiativeMember: true, website: null, status: ParkStatus.PUBLISHED,
        },
      ]);
      await add([
        // The park's ecosystem: four vehicle makers in Taicang.
        ...[1, 2, 3, 4].map((n) => company(`Taicang vehicle maker ${n}`, ['29'], TAICANG)),
        company('Swabian battery maker with a site request', ['27'], STUTTGART, {
          badges: [{ type: BadgeType.HIDDEN_CHAMPION, variant: null, evidence: EvidenceKind.LIST, reference: 'Simon 2021', awardedOn: '2021-01-01', expiresOn: null }],
        }),
        company('Bavarian battery maker, no intent', ['27'], MUNICH),
        company('Stuttgart bakery', ['10'], STUTTGART),
        company('Draft battery maker', ['27'], STUTTGART, { status: CompanyStatus.DRAFT }),
      ]);
      await publish('Swabian battery maker with a site request', { type: OpportunityType.BUSINESS_REQUEST, partnershipTypes: [PartnershipType.SITE_LOCALISATION], targetCountries: ['CN'] });
    });

    it('puts the battery maker that wants a site in China first, and says why in three languages', async () => {
      const [top, ...rest] = await parkSuggestions.suggest(parkId, 10, null);
      expect(top.company.name.en).toBe('Swabian battery maker with a site request');
      const codes = top.reasons.map((r) => r.code);
      expect(codes).toEqual(expect.arrayContaining([
        SuggestionReasonCode.FILLS_GAP, SuggestionReasonCode.ECOSYSTEM_SUPPLIER, SuggestionReasonCode.SITE_INTENT,
        SuggestionReasonCode.CROSS_BORDER, SuggestionReasonCode.BADGE, SuggestionReasonCode.RESOURCES_MATCH,
      ]));
      const ecosystem = top.reasons.find((r) => r.code === SuggestionReasonCode.ECOSYSTEM_SUPPLIER)!;
      expect(ecosystem.text.en).toMatch(/^Supplies .*\(ISIC 27\) to 4 companies in .*\(ISIC 29\) at the park$/);
      expect(ecosystem.text.zh).toContain('4 家');
      expect(top.reasons.find((r) => r.code === SuggestionReasonCode.SITE_INTENT)!.text.de).toBe('Sucht einen Standort in China');
      expect(top.score).toBeCloseTo(top.reasons.reduce((s, r) => s + r.contribution, 0), 2);
      // The same sector without the wish to come ranks lower.
      const names = rest.map((s) => s.company.name.en);
      expect(names).toContain('Bavarian battery maker, no intent');
      expect(top.score).toBeGreaterThan(rest.find((s) => s.company.name.en === 'Bavarian battery maker, no intent')!.score + 0.1);
    });

    it('leaves out a dismissed company for that manager only, and lowers a company like it, saying why', async () => {
      const manager = async (): Promise<Actor> => {
        const [{ id }] = await dataSource.query(
          `INSERT INTO users (email, email_key, display_name, password_hash, role) VALUES ($1, $1, 'Manager', 'x', 'park_manager') RETURNING id`,
          [`m${Math.random()}@example.org`],
        );
        return { userId: id, role: Role.PARK_MANAGER, readOnly: false, via: 'token', parks: new Set([parkId]), companies: new Set() };
      };
      const me = await manager();
      const colleague = await manager();
      const before = await parkSuggestions.suggest(parkId, 10, me);
      const bavarianBefore = before.find((s) => s.company.name.en === 'Bavarian battery maker, no intent')!;
      await feedback.dismiss(me, { subjectKind: SubjectKind.PARK, subjectId: parkId, candidateId: ids.get('Swabian battery maker with a site request')! });
      const after = await parkSuggestions.suggest(parkId, 10, me);
      expect(after.map((s) => s.company.name.en)).not.toContain('Swabian battery maker with a site request');
      const bavarianAfter = after.find((s) => s.company.name.en === 'Bavarian battery maker, no intent')!;
      expect(bavarianAfter.score).toBeLessThan(bavarianBefore.score);
      expect(bavarianAfter.reasons.find((r) => r.code === SuggestionReasonCode.SIMILAR_TO_DISMISSED)?.contribution).toBeLessThan(0);
      expect(bavarianAfter.score).toBeCloseTo(bavarianAfter.reasons.reduce((s, r) => s + r.contribution, 0), 2);
      // A colleague managing the same park still sees it.
      expect((await parkSuggestions.suggest(parkId, 10, colleague))[0].company.name.en).toBe('Swabian battery maker with a site request');
      // What was shown is the first stage of the funnel (written within a second, or when the funnel is read).
      await feedback.flushSuggested();
      const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM match_suggestions_log WHERE subject_park_id = $1`, [parkId]);
      expect(n).toBeGreaterThanOrEqual(before.length);
    });

    it('never suggests drafts, nor companies without any fit', async () => {
      const names = (await parkSuggestions.suggest(parkId, 50, null)).map((s) => s.company.name.en);
      expect(names).not.toContain('Draft battery maker');
      expect(names).not.toContain('Stuttgart bakery');
    });
  });

  describe('diversity', () => {
    it('does not fill the top ten with one city and one sector when good alternatives exist', async () => {
      const [parkId] = await parks.insertMany([
        {
          nameZh: null, nameDe: 'Testpark Suzhou', nameEn: 'Test park Suzhou', descriptionZh: null, descriptionDe: null, descriptionEn: null,
          ...SUZHOU, focusSectors: ['28', '26'], gapSectors: [], offerings: [], initiativeMember: false, website: null, status: ParkStatus.PUBLISHED,
        },
      ]);
      await add([
        ...Array.from({ length: 12 }, (_, n) => company(`Suzhou machine builder ${n}`, ['28'], SUZHOU)),
        company('Hefei sensor maker', ['26'], { country: 'CN', region: 'CN-AH', city: 'Hefei', latitude: 31.8206, longitude: 117.2272 }),
        company('Nanjing electronics maker', ['26'], { country: 'CN', region: 'CN-JS', city: 'Nanjing', latitude: 32.0603, longitude: 118.7969 }),
      ]);
      const top = await parkSuggestions.suggest(parkId, 10, null);
      const names = top.map((s) => s.company.name.en ?? '');
      expect(names).toEqual(expect.arrayContaining(['Hefei sensor maker', 'Nanjing electronics maker']));
      expect(names.filter((n) => n.startsWith('Suzhou machine builder')).length).toBeLessThanOrEqual(8);
    });
  });

  describe('company ↔ company', () => {
    beforeAll(async () => {
      await add([
        company('Neckar cycloidal gearboxes', ['28'], STUTTGART),
        company('Shenzhen robot integrator', ['28', '46'], { country: 'CN', region: 'CN-GD', city: 'Shenzhen', latitude: 22.5431, longitude: 114.0579 }),
        company('Wuxi one-sided buyer', ['70'], { country: 'CN', region: 'CN-JS', city: 'Wuxi', latitude: 31.4912, longitude: 120.3119 }),
      ]);
      // Each offers what the other asks for: a gearbox licence against distribution in China.
      await publish('Neckar cycloidal gearboxes', { type: OpportunityType.TECHNOLOGY_OFFER, partnershipTypes: [PartnershipType.LICENSING], technologyKeywords: ['Zykloidgetriebe'], stage: DevelopmentStage.ON_MARKET });
      await publish('Neckar cycloidal gearboxes', { type: OpportunityType.BUSINESS_REQUEST, partnershipTypes: [PartnershipType.COMMERCIAL], marketKeywords: ['Industrieroboter'], targetCountries: ['CN'] });
      await publish('Shenzhen robot integrator', { type: OpportunityType.BUSINESS_OFFER, partnershipTypes: [PartnershipType.COMMERCIAL], marketKeywords: ['industrial robot'] });
      await publish('Shenzhen robot integrator', { type: OpportunityType.TECHNOLOGY_REQUEST, partnershipTypes: [PartnershipType.LICENSING], technologyKeywords: ['cycloidal gearbox'] });
      // Wants the licence (a management consultancy, ISIC 70) but offers the gear maker nothing: no offer, no supply link.
      await publish('Wuxi one-sided buyer', { type: OpportunityType.TECHNOLOGY_REQUEST, partnershipTypes: [PartnershipType.LICENSING], technologyKeywords: ['cycloidal gearbox'] });
      // A compressor licence against distribution, on a specific topic (screw compressors) and a general market (machinery);
      // three distributors with the same opportunities share only the market.
      const distributors = ['Qingdao compressor distributor', 'Machinery distributor 1', 'Machinery distributor 2', 'Machinery distributor 3'];
      await add([company('Dresden compressor licensor', ['28'], MUNICH), ...distributors.map((name) => company(name, ['46'], SUZHOU))]);
      const licensor = { technologyKeywords: ['Schraubenkompressor'], marketKeywords: ['Maschinenbau'] };
      await publish('Dresden compressor licensor', { type: OpportunityType.TECHNOLOGY_OFFER, partnershipTypes: [PartnershipType.LICENSING], stage: DevelopmentStage.ON_MARKET, ...licensor });
      await publish('Dresden compressor licensor', { type: OpportunityType.BUSINESS_REQUEST, partnershipTypes: [PartnershipType.COMMERCIAL], targetCountries: ['CN'], ...licensor });
      for (const name of distributors) {
        const topic = { technologyKeywords: name.startsWith('Qingdao') ? ['螺杆压缩机'] : [], marketKeywords: ['machinery'] };
        await publish(name, { type: OpportunityType.BUSINESS_OFFER, partnershipTypes: [PartnershipType.COMMERCIAL], ...topic });
        await publish(name, { type: OpportunityType.TECHNOLOGY_REQUEST, partnershipTypes: [PartnershipType.LICENSING], ...topic });
      }
    });

    it('suggests the pair to each other, and explains it from both sides', async () => {
      const forGearMaker = await partnerSuggestions.suggest(ids.get('Neckar cycloidal gearboxes')!, 10, null);
      const forIntegrator = await partnerSuggestions.suggest(ids.get('Shenzhen robot integrator')!, 10, null);
      expect(forGearMaker[0].company.name.en).toBe('Shenzhen robot integrator');
      expect(forIntegrator[0].company.name.en).toBe('Neckar cycloidal gearboxes');
      const codes = forGearMaker[0].reasons.map((r) => r.code);
      expect(codes).toEqual(expect.arrayContaining([SuggestionReasonCode.OFFER_MEETS_REQUEST, SuggestionReasonCode.REQUEST_MEETS_OFFER, SuggestionReasonCode.SINO_EUROPEAN]));
      expect(forGearMaker[0].fitForYou).toBeGreaterThan(0.2);
      expect(forGearMaker[0].fitForThem).toBeGreaterThan(0.2);
    });

    it('does not suggest a one-sided fit: the harmonic mean needs both directions', async () => {
      const forGearMaker = await partnerSuggestions.suggest(ids.get('Neckar cycloidal gearboxes')!, 10, null);
      expect(forGearMaker.map((s) => nameOf(s.company.id))).not.toContain('Wuxi one-sided buyer');
      // The buyer is served by the gear maker, but serves it in nothing: it is not shown to the buyer either.
      const forBuyer = await partnerSuggestions.suggest(ids.get('Wuxi one-sided buyer')!, 10, null);
      expect(forBuyer.map((s) => nameOf(s.company.id))).not.toContain('Neckar cycloidal gearboxes');
    });

    it('counts a topic by how many companies name it: a shared screw compressor above the machinery market of many', async () => {
      const forLicensor = await partnerSuggestions.suggest(ids.get('Dresden compressor licensor')!, 10, null);
      const names = forLicensor.map((s) => nameOf(s.company.id));
      expect(names[0]).toBe('Qingdao compressor distributor');
      expect(names).toEqual(expect.arrayContaining(['Machinery distributor 1', 'Machinery distributor 2', 'Machinery distributor 3']));
      expect(forLicensor[0].score).toBeGreaterThan(forLicensor[1].score);
      // The reason names the specific topic before the general one.
      const meets = forLicensor[0].reasons.find((r) => r.code === SuggestionReasonCode.OFFER_MEETS_REQUEST);
      expect(meets?.text.en).toMatch(/^Its offer "Qingdao compressor distributor business_offer" meets your request "Dresden compressor licensor business_request": compressor, machinery/);
      const forDistributor = await partnerSuggestions.suggest(ids.get('Qingdao compressor distributor')!, 10, null);
      expect(nameOf(forDistributor[0].company.id)).toBe('Dresden compressor licensor');
      expect(forDistributor[0].score).toBeCloseTo(forLicensor[0].score, 3);
    });
  });
});
