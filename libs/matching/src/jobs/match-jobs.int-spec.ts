import { createLogger, loadConfig } from '@hc/core';
import type { AppConfig } from '@hc/core';
import { CompaniesService, CompanyEntity, CompanyRecord } from '@hc/companies';
import { IDENTITY_ENTITIES, profileServiceParts, Role, SubjectKind } from '@hc/identity';
import { INITIATIVE_ENTITIES } from '@hc/initiative';
import { DevelopmentStage, OpportunitiesService, OpportunityEntity, OpportunityType, PartnershipType, PublishOpportunityInput } from '@hc/opportunities';
import { ParkEntity, ParkRecord, ParksService, ParkStatus } from '@hc/parks';
import { createDataSourceOptions, OutboxEventEntity } from '@hc/persistence';
import { createTestDatabase, TestDatabase } from '@hc/testing';
import { plainToInstance } from 'class-transformer';
import { DataSource } from 'typeorm';
import { SuggestionReasonCode } from '../features/reason-code';
import { FEEDBACK_ENTITIES } from '@hc/matching-feedback';
import { FeedbackService } from '@hc/matching-feedback';
import { signedIn } from '@hc/matching-feedback/testing';
import { ParkSuggestionsService } from '../suggestions/park-suggestions.service';
import { PartnerSuggestionsService } from '../suggestions/partner-suggestions.service';
import { CompanyMatchIndex } from '../index/company-match-index';
import { MatchProfileLoader } from '../suggestions/match-profile.loader';
import { JOB_ENTITIES } from '.';
import { MATCH_COMPANY_QUEUE, MATCH_PARK_QUEUE, MatchJobEvent, MatchJobs, MatchJobsTuning } from './match-jobs.service';
import { MatchRecompute } from './match-recompute';
import { MatchRefreshRequests } from '../store/match-refresh-requests';
import { MatchRefreshPlanner } from './match-refresh.planner';
import { MatchStore, parkSubject } from '../store/match-store';
import { companyRecord, MUNICH, STUTTGART, TAICANG } from '../test-support/company-records';

const HEFEI = { country: 'CN', region: 'CN-AH', city: 'Hefei', latitude: 31.8206, longitude: 117.2272 };
const SHENZHEN = { country: 'CN', region: 'CN-GD', city: 'Shenzhen', latitude: 22.5431, longitude: 114.0579 };

/** Short retries and polls, so every wait below stays within seconds. */
const TUNING: Partial<MatchJobsTuning> = { retryDelaySeconds: 1, idlePollMs: 100, stopTimeoutMs: 5000 };
const IDLE_MS = 20_000;

const company = companyRecord;

function park(name: string, place: typeof TAICANG, focusSectors: string[], gapSectors: string[] = []): ParkRecord {
  return {
    nameZh: null, nameDe: null, nameEn: name, descriptionZh: null, descriptionDe: null, descriptionEn: null,
    ...place, focusSectors, gapSectors, offerings: [], initiativeMember: false, website: null, status: ParkStatus.PUBLISHED,
  };
}

describe('precomputed suggestions: pg-boss jobs, planner and serving (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let config: AppConfig;
  let companies: CompaniesService;
  let parks: ParksService;
  let opportunities: OpportunitiesService;
  let feedback: FeedbackService;
  let store: MatchStore;
  let requests: MatchRefreshRequests;
  let parkSuggestions: ParkSuggestionsService;
  let partnerSuggestions: PartnerSuggestionsService;
  let recompute: MatchRecompute;
  let jobs: MatchJobs;
  let planner: MatchRefreshPlanner;
  const logger = createLogger('silent');
  const ids = new Map<string, string>();
  let taicang: string;
  let hefei: string;
  let stuttgart: string;

  async function add(records: CompanyRecord[]): Promise<string[]> {
    const created = await companies.insertMany(records);
    records.forEach((r, i) => ids.set(r.nameEn!, created[i]));
    return created;
  }
  const id = (name: string) => ids.get(name)!;
  async function publish(name: string, input: Record<string, unknown>): Promise<void> {
    await opportunities.publish(plainToInstance(PublishOpportunityInput, { companyId: id(name), title: { en: `${name} ${String(input.type)}` }, ...input }), null);
  }
  const newJobs = (tuning: Partial<MatchJobsTuning> = TUNING, link = requests) => new MatchJobs(dataSource, config, logger, recompute, link, tuning);
  async function storedCandidates(column: 'subject_park_id' | 'subject_company_id', subjectId: string): Promise<string[]> {
    const rows = await dataSource.query<{ candidate_id: string }[]>(`SELECT candidate_id FROM match_suggestions WHERE ${column} = $1 ORDER BY rank`, [subjectId]);
    return rows.map((r) => r.candidate_id);
  }
  async function storedRows(parkId: string): Promise<unknown[]> {
    return dataSource.query(
      `SELECT rank, candidate_id, score, fit_for_you, fit_for_them, reasons FROM match_suggestions WHERE subject_park_id = $1 ORDER BY rank`,
      [parkId],
    );
  }
  /** Runs `work`, waits until both queues are empty, and returns the jobs this process worked meanwhile. */
  async function worked(work: () => Promise<unknown>, queue = jobs): Promise<MatchJobEvent[]> {
    const events: MatchJobEvent[] = [];
    const stop = queue.observe((e) => events.push(e));
    try {
      await work();
      expect(await queue.whenIdle(IDLE_MS)).toBe(true);
    } finally {
      stop();
    }
    return events;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(
      createDataSourceOptions(db.url, [CompanyEntity, ParkEntity, OpportunityEntity, OutboxEventEntity, ...IDENTITY_ENTITIES, ...INITIATIVE_ENTITIES, ...FEEDBACK_ENTITIES, ...JOB_ENTITIES]),
    ).initialize();
    config = loadConfig({});
    companies = new CompaniesService(dataSource, config, ...profileServiceParts(dataSource, config));
    parks = new ParksService(dataSource, config, ...profileServiceParts(dataSource, config));
    opportunities = new OpportunitiesService(dataSource, config);
    feedback = new FeedbackService(dataSource);
    store = new MatchStore(dataSource);
    requests = new MatchRefreshRequests();
    const index = new CompanyMatchIndex(dataSource, config, logger);
    const loader = new MatchProfileLoader(dataSource, config, index);
    parkSuggestions = new ParkSuggestionsService(config, parks, companies, loader, index, feedback, store, requests);
    partnerSuggestions = new PartnerSuggestionsService(config, companies, loader, index, feedback, store, requests);
    recompute = new MatchRecompute(config, parks, companies, parkSuggestions, partnerSuggestions, store);
    jobs = newJobs();
    planner = new MatchRefreshPlanner(dataSource, config, logger, jobs, store, index);

    [taicang, hefei, stuttgart] = await parks.insertMany([
      park('Sino-German Enterprise Cooperation Base Taicang', TAICANG, ['29'], ['27']),
      park('Hefei Electronics Park', HEFEI, ['26']),
      park('Stuttgart Battery Park', STUTTGART, ['27']),
    ]);
    await add([
      ...[1, 2, 3, 4].map((n) => company(`Taicang vehicle maker ${n}`, ['29'], TAICANG)),
      company('Swabian battery maker', ['27'], STUTTGART),
      company('Hefei sensor maker', ['26'], HEFEI),
      company('Munich bakery', ['10'], MUNICH),
    ]);
    await jobs.start();
    // The first poll ever: everything is new, so every visible park is computed (and no company job is sent).
    await worked(async () => {
      const first = await planner.poll();
      expect(first).toEqual(expect.objectContaining({ bulk: true, parkJobs: 3, companyJobs: 0 }));
    });
  });
  afterAll(async () => {
    await planner?.stop();
    await jobs?.stop();
    await dataSource?.destroy();
    await db?.drop();
  });

  it('after a company publishes a site request toward China, the Chinese parks\' stored suggestions include it within one planner poll and one job', async () => {
    const bakery = id('Munich bakery');
    expect(await storedCandidates('subject_park_id', taicang)).not.toContain(bakery);
    expect(await storedCandidates('subject_park_id', hefei)).not.toContain(bakery);

    await publish('Munich bakery', { type: OpportunityType.BUSINESS_REQUEST, partnershipTypes: [PartnershipType.SITE_LOCALISATION], targetCountries: ['CN'] });
    let plan: Awaited<ReturnType<MatchRefreshPlanner['poll']>> | undefined;
    const events = await worked(async () => {
      plan = await planner.poll();
    });

    expect(plan).toEqual(expect.objectContaining({ bulk: false, companies: 1, parks: 0 }));
    const parkRuns = events.filter((e) => e.queue === MATCH_PARK_QUEUE);
    // One job per Chinese park; the German battery park (another sector, 200 km away) is left alone.
    expect(parkRuns.map((e) => e.subjectId).sort()).toEqual([taicang, hefei].sort());
    expect(parkRuns.every((e) => e.ok)).toBe(true);
    expect(await storedCandidates('subject_park_id', taicang)).toContain(bakery);
    expect(await storedCandidates('subject_park_id', hefei)).toContain(bakery);
    expect(await storedCandidates('subject_park_id', stuttgart)).not.toContain(bakery);
    // The bakery's own partner ranking was computed too.
    expect(events.some((e) => e.queue === MATCH_COMPANY_QUEUE && e.subjectId === bakery)).toBe(true);
    // Served from storage, with the reason.
    const served = await parkSuggestions.suggest(taicang, 10, null);
    const entry = served.find((s) => s.company.id === bakery)!;
    expect(entry.computedAt).toBeInstanceOf(Date);
    expect(entry.reasons.map((r) => r.code)).toContain(SuggestionReasonCode.SITE_INTENT);
    // Nothing changed since: the next poll plans nothing.
    expect(await planner.poll()).toEqual(expect.objectContaining({ companies: 0, parks: 0, parkJobs: 0, companyJobs: 0 }));
  });

  it('running a park job twice leaves the same stored rows', async () => {
    await worked(() => jobs.sendParks([taicang]));
    const first = await storedRows(taicang);
    const [{ computed_at: firstAt }] = await dataSource.query(`SELECT computed_at FROM match_suggestion_sets WHERE subject_park_id = $1`, [taicang]);
    const events = await worked(() => jobs.sendParks([taicang]));
    expect(events.filter((e) => e.subjectId === taicang)).toHaveLength(1);
    expect(first.length).toBeGreaterThan(4);
    expect(await storedRows(taicang)).toEqual(first);
    const [{ computed_at: secondAt }] = await dataSource.query(`SELECT computed_at FROM match_suggestion_sets WHERE subject_park_id = $1`, [taicang]);
    expect(secondAt.getTime()).toBeGreaterThanOrEqual(firstAt.getTime());
    // A computation that started before the stored one is dropped (newest wins), so a slow old job cannot overwrite it.
    expect(await store.replace(parkSubject(taicang), [], { computedAt: new Date(firstAt.getTime() - 60_000), subjectVersion: 1 })).toBe(false);
    expect(await storedRows(taicang)).toEqual(first);
  });

  it('collapses a burst of changes to one subject into one job', async () => {
    // No worker runs meanwhile, so all five sends meet the job that is still waiting.
    await jobs.stop();
    const sender = newJobs(TUNING, new MatchRefreshRequests());
    await sender.start({ work: false });
    try {
      for (let i = 0; i < 5; i++) await sender.sendParks([stuttgart]);
    } finally {
      await sender.stop();
    }
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state = 'created'`, [MATCH_PARK_QUEUE, stuttgart]);
    expect(n).toBe(1);
    const events = await worked(() => jobs.start());
    expect(events.filter((e) => e.subjectId === stuttgart)).toHaveLength(1);
  });

  it('retries a job that fails, with backoff, until it succeeds', async () => {
    const spy = jest.spyOn(recompute, 'park').mockRejectedValueOnce(new Error('connection reset by peer'));
    try {
      const events = await worked(() => jobs.sendParks([hefei]));
      const runs = events.filter((e) => e.subjectId === hefei);
      expect(runs.map((e) => e.ok)).toEqual([false, true]);
      expect(runs[0].error).toBe('connection reset by peer');
      expect(runs[1].jobId).toBe(runs[0].jobId);
      const [job] = await dataSource.query(`SELECT state, retry_count FROM pgboss.job WHERE id = $1`, [runs[0].jobId]);
      expect(job).toEqual({ state: 'completed', retry_count: 1 });
    } finally {
      spy.mockRestore();
    }
  });

  it('works jobs sent before a restart after it: stop pg-boss, start a new instance, the job completes', async () => {
    await jobs.stop();
    await store.clear(parkSubject(stuttgart));
    const before = newJobs(TUNING, new MatchRefreshRequests());
    await before.start({ work: false });
    await before.sendParks([stuttgart]);
    await before.stop();
    const [{ state }] = await dataSource.query(`SELECT state FROM pgboss.job WHERE name = $1 AND singleton_key = $2 ORDER BY created_on DESC LIMIT 1`, [MATCH_PARK_QUEUE, stuttgart]);
    expect(state).toBe('created');
    expect(await store.load(parkSubject(stuttgart))).toBeNull();

    const after = newJobs(TUNING, new MatchRefreshRequests());
    try {
      const events = await worked(() => after.start(), after);
      expect(events.filter((e) => e.subjectId === stuttgart && e.ok)).toHaveLength(1);
    } finally {
      await after.stop();
    }
    expect(await store.load(parkSubject(stuttgart))).toEqual(expect.objectContaining({ stale: false, computedAt: expect.any(Date) }));
    await jobs.start();
  });

  it('serves a stored ranking with the user\'s dismissals applied; other users still see the company', async () => {
    await worked(() => jobs.sendParks([taicang]));
    const [{ computed_at: computedAt }] = await dataSource.query(`SELECT computed_at FROM match_suggestion_sets WHERE subject_park_id = $1`, [taicang]);
    const manager = await signedIn(dataSource, Role.PARK_MANAGER, { parks: [taicang] }, 'Li Wei');
    const before = await parkSuggestions.suggest(taicang, 10, manager);
    const top = before[0].company.id;
    expect(before.every((s) => s.computedAt?.getTime() === computedAt.getTime())).toBe(true);

    await feedback.dismiss(manager, { subjectKind: SubjectKind.PARK, subjectId: taicang, candidateId: top });
    const after = await parkSuggestions.suggest(taicang, 10, manager);
    expect(after.map((s) => s.company.id)).not.toContain(top);
    expect(after.every((s) => s.computedAt?.getTime() === computedAt.getTime())).toBe(true);
    // The stored reasons of each suggestion come with the feedback reason, largest first.
    for (const s of after) {
      expect(s.reasons.filter((r) => r.code !== SuggestionReasonCode.SIMILAR_TO_DISMISSED).length).toBeGreaterThan(0);
      expect(s.reasons.map((r) => r.contribution)).toEqual([...s.reasons.map((r) => r.contribution)].sort((a, b) => b - a));
    }
    const lowered = after.filter((s) => s.reasons.some((r) => r.code === SuggestionReasonCode.SIMILAR_TO_DISMISSED));
    expect(lowered.length).toBeGreaterThan(0);
    expect((await parkSuggestions.suggest(taicang, 10, null))[0].company.id).toBe(top);
  });

  it('fresh: true computes on demand, and gives the same ranking as storage', async () => {
    const stored = await parkSuggestions.suggest(taicang, 10, null);
    const fresh = await parkSuggestions.suggest(taicang, 10, null, { fresh: true });
    expect(stored.every((s) => s.computedAt instanceof Date)).toBe(true);
    expect(fresh.every((s) => s.computedAt === null)).toBe(true);
    expect(fresh.map((s) => [s.company.id, s.score, s.reasons])).toEqual(stored.map((s) => [s.company.id, s.score, s.reasons]));
  });

  it('computes on demand when nothing is stored and asks for a job, so the next request is served from storage', async () => {
    await store.clear(parkSubject(hefei));
    let first: Awaited<ReturnType<ParkSuggestionsService['suggest']>> = [];
    const events = await worked(async () => {
      first = await parkSuggestions.suggest(hefei, 10, null);
    });
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((s) => s.computedAt === null)).toBe(true);
    expect(events.filter((e) => e.subjectId === hefei && e.ok)).toHaveLength(1);
    const second = await parkSuggestions.suggest(hefei, 10, null);
    expect(second.every((s) => s.computedAt instanceof Date)).toBe(true);
    expect(second.map((s) => s.company.id)).toEqual(first.map((s) => s.company.id));
  });

  it('a new partner enters the stored partner ranking of the company it complements (the changed company\'s job cascades once)', async () => {
    await add([company('Neckar cycloidal gearboxes', ['28'], STUTTGART), company('Shenzhen robot integrator', ['70'], SHENZHEN)]);
    await publish('Neckar cycloidal gearboxes', { type: OpportunityType.TECHNOLOGY_OFFER, partnershipTypes: [PartnershipType.LICENSING], technologyKeywords: ['Zykloidgetriebe'], stage: DevelopmentStage.ON_MARKET });
    await publish('Neckar cycloidal gearboxes', { type: OpportunityType.BUSINESS_REQUEST, partnershipTypes: [PartnershipType.COMMERCIAL], marketKeywords: ['Industrieroboter'], targetCountries: ['CN'] });
    await worked(() => planner.poll());
    const gear = id('Neckar cycloidal gearboxes');
    const integrator = id('Shenzhen robot integrator');
    expect(await store.load({ kind: SubjectKind.COMPANY, id: gear })).not.toBeNull();
    expect(await storedCandidates('subject_company_id', gear)).not.toContain(integrator);

    await publish('Shenzhen robot integrator', { type: OpportunityType.BUSINESS_OFFER, partnershipTypes: [PartnershipType.COMMERCIAL], marketKeywords: ['industrial robot'] });
    await publish('Shenzhen robot integrator', { type: OpportunityType.TECHNOLOGY_REQUEST, partnershipTypes: [PartnershipType.LICENSING], technologyKeywords: ['cycloidal gearbox'] });
    const events = await worked(() => planner.poll());
    const companyRuns = events.filter((e) => e.queue === MATCH_COMPANY_QUEUE).map((e) => e.subjectId);
    expect(companyRuns).toEqual([integrator, gear]);
    expect((await storedCandidates('subject_company_id', gear))[0]).toBe(integrator);
    const [served] = await partnerSuggestions.suggest(gear, 5, null);
    expect(served.company.id).toBe(integrator);
    expect(served.computedAt).toBeInstanceOf(Date);
    const [onDemand] = await partnerSuggestions.suggest(gear, 5, null, { fresh: true });
    expect([onDemand.score, onDemand.fitForYou, onDemand.fitForThem]).toEqual([served.score, served.fitForYou, served.fitForThem]);
  });

  it('a park that is no longer published loses its stored ranking', async () => {
    const [closing] = await parks.insertMany([park('Closing park', TAICANG, ['29'])]);
    await worked(() => planner.poll());
    expect(await store.load(parkSubject(closing))).not.toBeNull();
    await dataSource.query(`UPDATE parks SET status = 'draft', updated_at = now() WHERE id = $1`, [closing]);
    const events = await worked(() => planner.poll());
    expect(events.find((e) => e.subjectId === closing)?.result?.removed).toBe(true);
    expect(await store.load(parkSubject(closing))).toBeNull();
    expect(await storedCandidates('subject_park_id', closing)).toEqual([]);
  });

  it('after an import of more than 1,000 companies, sends one job per park and none per company, and marks partner rankings stale', async () => {
    const gear = id('Neckar cycloidal gearboxes');
    await add(Array.from({ length: 1001 }, (_, n) => company(`Imported supplier ${n}`, ['27'], STUTTGART)));
    let plan: Awaited<ReturnType<MatchRefreshPlanner['poll']>> | undefined;
    const events = await worked(async () => {
      plan = await planner.poll();
    });
    const [{ n: visibleParks }] = await dataSource.query(`SELECT count(*)::int AS n FROM parks WHERE status = 'published'`);
    expect(plan).toEqual(expect.objectContaining({ bulk: true, companies: 1001, parkJobs: visibleParks, companyJobs: 0 }));
    expect(plan!.markedStale).toBeGreaterThan(0);
    expect(events.filter((e) => e.queue === MATCH_PARK_QUEUE)).toHaveLength(visibleParks);
    expect(events.filter((e) => e.queue === MATCH_COMPANY_QUEUE)).toHaveLength(0);
    const imported = new Set(Array.from({ length: 1001 }, (_, n) => id(`Imported supplier ${n}`)));
    expect((await storedCandidates('subject_park_id', stuttgart)).filter((c) => imported.has(c)).length).toBeGreaterThan(0);
    // A stale partner ranking is not served: computed on demand, and a job refreshes it.
    expect(await store.load({ kind: SubjectKind.COMPANY, id: gear })).toEqual(expect.objectContaining({ stale: true }));
    let served: Awaited<ReturnType<PartnerSuggestionsService['suggest']>> = [];
    await worked(async () => {
      served = await partnerSuggestions.suggest(gear, 5, null);
    });
    expect(served.every((s) => s.computedAt === null)).toBe(true);
    expect(await store.load({ kind: SubjectKind.COMPANY, id: gear })).toEqual(expect.objectContaining({ stale: false }));
  });
});
