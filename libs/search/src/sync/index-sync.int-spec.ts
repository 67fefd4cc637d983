import { CompaniesService, CompanyEntity, CompanyStatus, CreateCompanyInput } from '@hc/companies';
import { createLogger, loadConfig } from '@hc/core';
import { createDataSourceOptions, OutboxEventEntity } from '@hc/persistence';
import { createTestDatabase, makeCompanyInput, TestDatabase } from '@hc/testing';
import { plainToInstance } from 'class-transformer';
import { DataSource } from 'typeorm';
import { EmbeddedSearchEngine } from '../embedded/embedded-search.engine';
import { CompanySearchDocument } from '../port/search-document';
import { DocumentRef } from '../port/search-engine.port';
import { IndexSyncService } from './index-sync.service';

/** The embedded engine with a switch that makes every write fail, as an unreachable server would. */
class SwitchableEngine extends EmbeddedSearchEngine {
  down = false;
  override async upsert(documents: CompanySearchDocument[]) {
    if (this.down) throw new Error('search engine unreachable');
    return super.upsert(documents);
  }
  override async delete(refs: DocumentRef[]) {
    if (this.down) throw new Error('search engine unreachable');
    return super.delete(refs);
  }
}

const input = (overrides: Record<string, unknown> = {}) =>
  plainToInstance(CreateCompanyInput, { ...makeCompanyInput(), status: CompanyStatus.PUBLISHED, ...overrides });

describe('index sync through the outbox (real PostgreSQL, embedded engine)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let companies: CompaniesService;
  let engine: SwitchableEngine;
  let sync: IndexSyncService;

  const ids = async (text: string) => (await engine.search({ text, page: 1, hitsPerPage: 50 })).hits.map((h) => h.id);

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(createDataSourceOptions(db.url, [CompanyEntity, OutboxEventEntity])).initialize();
    companies = new CompaniesService(dataSource);
    engine = new SwitchableEngine();
    const config = loadConfig({ OUTBOX_POLL_MS: '60000', OUTBOX_BATCH_SIZE: '50' });
    sync = new IndexSyncService(dataSource, engine, config, createLogger('silent'), companies);
    await sync.start();
  });
  afterAll(async () => {
    await sync.onApplicationShutdown();
    await dataSource.destroy();
    await db.drop();
  });

  it('makes a new published company findable, an update visible, and a delete disappear', async () => {
    const created = await companies.create(input({ name: { de: 'Allgäuer Werkzeugmaschinen GmbH' } }));
    await sync.drain();
    expect(await ids('Werkzeugmaschinen')).toContain(created.id);

    await companies.update(created.id, { name: { de: 'Allgäuer Fördertechnik GmbH' } });
    await sync.drain();
    expect(await ids('Fördertechnik')).toContain(created.id);
    expect(await ids('Werkzeugmaschinen')).not.toContain(created.id);

    await companies.delete(created.id);
    await sync.drain();
    expect(await ids('Fördertechnik')).not.toContain(created.id);
    expect((await sync.backlog()).pending).toBe(0);
  });

  it('keeps drafts out of the index and removes a company when it is unpublished', async () => {
    const draft = await companies.create(input({ name: { en: 'Quiet Draft Robotics' }, status: CompanyStatus.DRAFT }));
    const live = await companies.create(input({ name: { en: 'Loud Live Robotics' } }));
    await sync.drain();
    expect(await ids('Robotics')).toEqual([live.id]);
    await companies.update(live.id, { status: CompanyStatus.DRAFT });
    await sync.drain();
    expect(await ids('Robotics')).not.toContain(live.id);
    expect(draft.id).toBeDefined();
  });

  it('loses nothing while the engine is down: writes succeed, events wait, and the index catches up', async () => {
    engine.down = true;
    const written: string[] = [];
    for (let i = 0; i < 5; i++) written.push((await companies.create(input({ name: { en: `Outage Survivor ${i}` } }))).id);
    await companies.update(written[0], { name: { en: 'Outage Survivor renamed' } });
    await sync.drain();
    const waiting = await sync.backlog();
    expect(waiting.pending).toBe(6);
    expect(waiting.failing).toBe(6);
    const [failed] = await dataSource.query(`SELECT attempts, last_error FROM outbox_events WHERE processed_at IS NULL LIMIT 1`);
    expect(failed).toEqual({ attempts: 1, last_error: 'search engine unreachable' });

    engine.down = false;
    // Skip the backoff instead of sleeping through it.
    await dataSource.query(`UPDATE outbox_events SET next_attempt_at = now() WHERE processed_at IS NULL`);
    await sync.drain();
    expect((await sync.backlog()).pending).toBe(0);

    // The index now equals the database, document by document.
    const published: { id: string; version: number }[] = await dataSource.query(`SELECT id, version FROM companies WHERE status = 'published'`);
    const all = await engine.search({ page: 1, hitsPerPage: 1000 });
    expect(all.hits.map((h) => h.id).sort()).toEqual(published.map((p) => p.id).sort());
    expect(await ids('renamed')).toEqual([written[0]]);
  });

  it('rebuilds the embedded index from PostgreSQL on start', async () => {
    const fresh = new EmbeddedSearchEngine();
    const config = loadConfig({ OUTBOX_POLL_MS: '60000' });
    const other = new IndexSyncService(dataSource, fresh, config, createLogger('silent'), companies);
    await other.start();
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM companies WHERE status = 'published'`);
    expect((await fresh.health()).documents).toBe(count);
    await other.onApplicationShutdown();
  });
});
