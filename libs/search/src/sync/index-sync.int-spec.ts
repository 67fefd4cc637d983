import { profileServiceParts, Role } from '@hc/identity';
import { CompaniesService, CompanyEntity, CompanyStatus, CreateCompanyInput } from '@hc/companies';
import { createLogger, loadConfig } from '@hc/core';
import { DevelopmentStage, OpportunitiesService, OpportunityEntity, OpportunityType, PartnershipType, PublishOpportunityInput } from '@hc/opportunities';
import { ParkEntity } from '@hc/parks';
import { createDataSourceOptions, OutboxEventEntity } from '@hc/persistence';
import { createTestDatabase, makeCompanyInput, TestDatabase } from '@hc/testing';
import { plainToInstance } from 'class-transformer';
import { DataSource } from 'typeorm';
import { EmbeddedSearchEngine } from '../embedded/embedded-search.engine';
import { CompanySearchDocument } from '../port/search-document';
import { toCompanySearchDocument } from './company-document.builder';
import { ExpirySweeper } from './expiry-sweeper';
import { IndexSyncService } from './index-sync.service';

const input = (overrides: Record<string, unknown> = {}) =>
  plainToInstance(CreateCompanyInput, { ...makeCompanyInput(), status: CompanyStatus.PUBLISHED, ...overrides });

describe('index sync through the outbox (real PostgreSQL, embedded engine)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let companies: CompaniesService;
  let opportunities: OpportunitiesService;
  let engine: EmbeddedSearchEngine;
  let sync: IndexSyncService;

  const ids = async (text: string) => (await engine.search({ text, page: 1, hitsPerPage: 50 })).hits.map((h) => h.id);

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(createDataSourceOptions(db.url, [CompanyEntity, ParkEntity, OpportunityEntity, OutboxEventEntity])).initialize();
    companies = new CompaniesService(dataSource, loadConfig({}), ...profileServiceParts(dataSource, loadConfig({})));
    opportunities = new OpportunitiesService(dataSource, loadConfig({}));
    engine = new EmbeddedSearchEngine();
    const config = loadConfig({ OUTBOX_POLL_MS: '60000', OUTBOX_BATCH_SIZE: '50' });
    sync = new IndexSyncService(dataSource, engine, config, createLogger('silent'), companies, opportunities);
    await sync.start();
  });
  afterAll(async () => {
    await sync.onApplicationShutdown();
    await dataSource.destroy();
    await db.drop();
  });

  it('makes a new published company findable, an update visible, and a delete disappear', async () => {
    const created = await companies.create(input({ name: { de: 'Allgäuer Werkzeugmaschinen GmbH' } }), null);
    await sync.drain();
    expect(await ids('Werkzeugmaschinen')).toContain(created.id);

    await companies.update(created.id, { name: { de: 'Allgäuer Fördertechnik GmbH' } }, null);
    await sync.drain();
    expect(await ids('Fördertechnik')).toContain(created.id);
    expect(await ids('Werkzeugmaschinen')).not.toContain(created.id);

    await companies.delete(created.id, null);
    await sync.drain();
    expect(await ids('Fördertechnik')).not.toContain(created.id);
    expect((await sync.backlog()).pending).toBe(0);
  });

  it('a published technology offer makes its company findable by the offer, filterable by type, until it is withdrawn', async () => {
    const maker = await companies.create(input({ name: { en: 'Quiet Gear Works' } }), null);
    const offer = await opportunities.publish(
      plainToInstance(PublishOpportunityInput, {
        companyId: maker.id,
        type: OpportunityType.TECHNOLOGY_OFFER,
        title: { de: 'Spielfreies Zykloidgetriebe für Roboter' },
        partnershipTypes: [PartnershipType.LICENSING],
        technologyKeywords: ['Zykloidgetriebe'],
        targetCountries: ['CN'],
        stage: DevelopmentStage.ON_MARKET,
      }), null);
    await sync.drain();
    expect(await ids('Zykloidgetriebe')).toEqual([maker.id]);
    const filtered = await engine.search({ page: 1, hitsPerPage: 10, filter: { kind: 'and', nodes: [
      { kind: 'in', field: 'opportunity_types', values: ['technology_offer'] },
      { kind: 'in', field: 'target_countries', values: ['CN'] },
    ] } });
    expect(filtered.hits.map((h) => h.id)).toEqual([maker.id]);
    await opportunities.withdraw(offer.id, null);
    await sync.drain();
    expect(await ids('Zykloidgetriebe')).toEqual([]);
  });

  it('an expired badge leaves search at the next sweep, without anyone editing the company', async () => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const giant = await companies.create(
      input({ name: { zh: '过期小巨人科技' }, badges: [{ type: 'little_giant', evidence: 'list', reference: 'MIIT batch 3', awardedOn: '2021-07-01', expiresOn: yesterday }] }), null);
    const champion = await companies.create(
      input({ name: { zh: '有效小巨人科技' }, badges: [{ type: 'little_giant', evidence: 'list', reference: 'MIIT batch 5', awardedOn: '2023-07-01', expiresOn: '2099-01-01' }] }), null);
    await sync.drain();
    const giants = async () =>
      (await engine.search({ page: 1, hitsPerPage: 50, filter: { kind: 'in', field: 'badges', values: ['little_giant'] } })).hits.map((h) => h.id);
    // Indexed today, the expired badge was already left out; the sweep catches badges that expire after indexing.
    expect(await giants()).toEqual([champion.id]);
    await dataSource.query(`UPDATE companies SET badges = jsonb_set(badges, '{0,expiresOn}', to_jsonb($1::text)) WHERE id = $2`, [yesterday, champion.id]);
    await dataSource.query(`DELETE FROM index_sweeps`);
    await dataSource.query(`INSERT INTO index_sweeps (name, swept_at) VALUES ('expiry', now() - interval '2 days')`);
    const sweeper = new ExpirySweeper(dataSource, loadConfig({}), createLogger('silent'));
    expect(await sweeper.sweep()).toBeGreaterThanOrEqual(1);
    await sync.drain();
    expect(await giants()).toEqual([]);
    expect(giant.id).toBeDefined();
  });

  it('a company whose published term ends leaves search at the next sweep, and comes back when renewed', async () => {
    const lapsing = await companies.create(input({ name: { en: 'Lapsing Term Hydraulics' } }), null);
    await sync.drain();
    expect(await ids('Hydraulics')).toEqual([lapsing.id]);
    await dataSource.query(`UPDATE companies SET expires_at = now() - interval '1 hour' WHERE id = $1`, [lapsing.id]);
    await dataSource.query(`DELETE FROM index_sweeps`);
    await dataSource.query(`INSERT INTO index_sweeps (name, swept_at) VALUES ('expiry', now() - interval '1 day')`);
    expect(await new ExpirySweeper(dataSource, loadConfig({}), createLogger('silent')).sweep()).toBeGreaterThanOrEqual(1);
    await sync.drain();
    expect(await ids('Hydraulics')).toEqual([]);
    const admin = { userId: '00000000-0000-4000-8000-000000000001', role: Role.ADMIN, readOnly: false, via: 'token' as const, parks: new Set<string>(), companies: new Set<string>() };
    await companies.renew(lapsing.id, admin);
    await sync.drain();
    expect(await ids('Hydraulics')).toEqual([lapsing.id]);
  });

  it('keeps drafts out of the index and removes a company when it is unpublished', async () => {
    const draft = await companies.create(input({ name: { en: 'Quiet Draft Robotics' }, status: CompanyStatus.DRAFT }), null);
    const live = await companies.create(input({ name: { en: 'Loud Live Robotics' } }), null);
    await sync.drain();
    expect(await ids('Robotics')).toEqual([live.id]);
    await companies.update(live.id, { status: CompanyStatus.DRAFT }, null);
    await sync.drain();
    expect(await ids('Robotics')).not.toContain(live.id);
    expect(draft.id).toBeDefined();
  });

  it('loses nothing when the engine goes down mid-stream: writes go on, events wait, and the index ends equal to the database', async () => {
    // The engine accepts two batches, then fails until it is "restarted".
    let accepted = 0;
    const realUpsert = EmbeddedSearchEngine.prototype.upsert;
    engine.upsert = async function (documents) {
      if (accepted >= 2) throw new Error('search engine unreachable');
      accepted += 1;
      return realUpsert.call(this, documents);
    };
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      ids.push((await companies.create(input({ name: { en: `Stream Company ${i}` } }), null)).id);
      if (i % 5 === 4) await sync.drain(); // the consumer runs while writes continue
    }
    for (const id of ids.slice(0, 5)) await companies.update(id, { name: { en: 'Stream Company renamed' } }, null);
    for (const id of ids.slice(5, 8)) await companies.delete(id, null);
    await companies.update(ids[8], { status: CompanyStatus.DRAFT }, null);
    await sync.drain();
    const waiting = await sync.backlog();
    expect(waiting.pending).toBeGreaterThan(0);
    expect(waiting.failing).toBeGreaterThan(0);
    const [failed] = await dataSource.query(`SELECT last_error FROM outbox_events WHERE processed_at IS NULL AND attempts > 0 LIMIT 1`);
    expect(failed.last_error).toBe('search engine unreachable');

    engine.upsert = realUpsert; // the engine is back
    await dataSource.query(`UPDATE outbox_events SET next_attempt_at = now() WHERE processed_at IS NULL`); // skip the backoff wait
    await sync.drain();
    expect((await sync.backlog()).pending).toBe(0);

    // Document by document: every published row is in the index exactly as built from the database, nothing else is.
    const rows = await dataSource.getRepository(CompanyEntity).find();
    const published = rows.filter((r) => r.status === CompanyStatus.PUBLISHED);
    const indexed = await engine.getDocuments(rows.map((r) => r.id).concat(ids));
    expect(new Map(indexed.map((d) => [d.id, d]))).toEqual(new Map(published.map((r) => [r.id, toCompanySearchDocument(r)])));
  });

  it('keeps writes made during a full rebuild: they are applied again after the swap', async () => {
    const target = await companies.create(input({ name: { en: 'Before Rebuild Instruments' } }), null);
    await sync.drain();
    const realReplaceAll = EmbeddedSearchEngine.prototype.replaceAll;
    engine.replaceAll = async function (batches) {
      // The snapshot has been read; now a write commits and the consumer indexes it into the old index.
      const snapshot: CompanySearchDocument[][] = [];
      for await (const batch of batches) snapshot.push(batch);
      await companies.update(target.id, { name: { en: 'During Rebuild Instruments' } }, null);
      await sync.drain();
      return realReplaceAll.call(this, (async function* () {
        yield* snapshot;
      })());
    };
    const summary = await sync.rebuild();
    engine.replaceAll = realReplaceAll;
    expect(summary.caughtUp).toBeGreaterThanOrEqual(1);
    expect(summary.failures).toBe(0);
    expect(await ids('During Rebuild')).toContain(target.id);
    expect((await engine.getDocuments([target.id]))[0].name_en).toBe('During Rebuild Instruments');
  });

  it('rebuilds the embedded index from PostgreSQL on start', async () => {
    const fresh = new EmbeddedSearchEngine();
    const config = loadConfig({ OUTBOX_POLL_MS: '60000' });
    const other = new IndexSyncService(dataSource, fresh, config, createLogger('silent'), companies, opportunities);
    await other.start();
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM companies WHERE status = 'published'`);
    expect((await fresh.health()).documents).toBe(count);
    await other.onApplicationShutdown();
  });

  it('deletes the events applied longer ago than OUTBOX_RETENTION_HOURS, and never a pending or a recent one', async () => {
    const [old, recent, pending] = await Promise.all(['Alt', 'Neu', 'Offen'].map((n) => companies.create(input({ name: { de: `${n} Prüftechnik GmbH` } }), null)));
    await sync.drain();
    const eventOf = async (id: string) => (await dataSource.query(`SELECT id FROM outbox_events WHERE aggregate_id = $1`, [id]))[0].id as string;
    await dataSource.query(`UPDATE outbox_events SET processed_at = now() - interval '169 hours' WHERE aggregate_id = $1`, [old!.id]);
    await dataSource.query(`UPDATE outbox_events SET processed_at = now() - interval '167 hours' WHERE aggregate_id = $1`, [recent!.id]);
    // Still waiting (the engine was down, say) although written long ago.
    await dataSource.query(`UPDATE outbox_events SET processed_at = NULL, created_at = now() - interval '400 hours' WHERE aggregate_id = $1`, [pending!.id]);
    const kept = [await eventOf(recent!.id), await eventOf(pending!.id)];

    expect(await sync.prune()).toBe(1);
    const left = (await dataSource.query(`SELECT aggregate_id FROM outbox_events WHERE aggregate_id = ANY($1::uuid[])`, [[old!.id, recent!.id, pending!.id]])).map((r: { aggregate_id: string }) => r.aggregate_id);
    expect(left.sort()).toEqual([recent!.id, pending!.id].sort());
    expect([await eventOf(recent!.id), await eventOf(pending!.id)]).toEqual(kept);
    await sync.drain();
    expect((await sync.backlog()).pending).toBe(0);
    expect(await ids('Prüftechnik')).toEqual(expect.arrayContaining([old!.id, recent!.id, pending!.id]));
  });
});
