import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, APP_LOGGER, isProfileVisible, visibleProfileSql } from '@hc/core';
import type { AppConfig, AppLogger } from '@hc/core';
import { COMPANY_AGGREGATE, CompaniesService, CompanyEntity } from '@hc/companies';
import { OpportunitiesService } from '@hc/opportunities';
import { ClaimedOutboxEvent, OUTBOX_CHANNEL, OUTBOX_PRUNE_CHUNK, OutboxBacklog, OutboxStore } from '@hc/persistence';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { CompanySearchDocument } from '../port/search-document';
import { DocumentRef, SEARCH_ENGINE } from '../port/search-engine.port';
import type { SearchEngine } from '../port/search-engine.port';
import { toCompanySearchDocument } from './company-document.builder';

const REBUILD_PAGE = 2000;
/** How often applied outbox events older than OUTBOX_RETENTION_HOURS are deleted. */
const OUTBOX_PRUNE_EVERY_MS = 3_600_000;
/** Chunks (of OUTBOX_PRUNE_CHUNK rows) one prune deletes at most; the rest waits for the next. */
const PRUNE_CHUNKS = 20;

export interface RebuildSummary {
  documents: number;
  /** Companies written during the rebuild and re-applied after the swap. */
  caughtUp: number;
  seconds: number;
  failures: number;
}

/**
 * Keeps the search index in step with PostgreSQL through the transactional outbox.
 * Wakes on NOTIFY (sent by the writing transaction on commit) and polls as a fallback, so
 * retries after an engine outage happen even when nothing new is written.
 */
@Injectable()
export class IndexSyncService implements OnApplicationShutdown {
  private readonly outbox: OutboxStore;
  private listener?: Client;
  private timer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private again = false;
  private stopped = false;
  private prunedAt = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
    private readonly companies: CompaniesService,
    private readonly opportunities: OpportunitiesService,
  ) {
    this.outbox = new OutboxStore(dataSource);
  }

  /** Prepares the index, rebuilds it from PostgreSQL when the engine keeps no state, and starts consuming. */
  async start(): Promise<void> {
    await this.engine.ensureIndex();
    if (this.engine.kind === 'embedded') {
      const { documents, seconds } = await this.rebuild();
      this.logger.info({ documents, ms: Math.round(seconds * 1000) }, 'search index rebuilt from PostgreSQL');
    }
    await this.listen();
    this.timer = setInterval(() => this.kick(), this.config.OUTBOX_POLL_MS);
    this.timer.unref();
    await this.drain();
  }

  /**
   * Full reindex: builds a fresh index from PostgreSQL and swaps it in (searches keep answering from
   * the old one meanwhile). Writes that commit while the rebuild streams may miss the new index, so
   * afterwards every company with an outbox event since the start is rebuilt again from its row.
   */
  async rebuild(onProgress?: (done: number, total: number) => void): Promise<RebuildSummary> {
    const started = Date.now();
    const [{ since }]: { since: Date }[] = await this.dataSource.query(`SELECT now() AS since`);
    const total = await this.dataSource.getRepository(CompanyEntity).createQueryBuilder('c').where(visibleProfileSql('c')).getCount();
    let done = 0;
    const progress = async function* (batches: AsyncIterable<CompanySearchDocument[]>) {
      for await (const batch of batches) {
        yield batch;
        done += batch.length;
        onProgress?.(done, total);
      }
    };
    const failed = { count: 0 };
    const { documents } = await this.engine.replaceAll(progress(this.publishedDocuments(failed)));
    const touched: { aggregate_id: string; version: number }[] = await this.dataSource.query(
      `SELECT aggregate_id, max(aggregate_version) AS version FROM outbox_events
        WHERE aggregate_type = $1 AND created_at >= $2 GROUP BY aggregate_id`,
      [COMPANY_AGGREGATE, since],
    );
    if (touched.length) await this.applyLatest(new Map(touched.map((t) => [t.aggregate_id, Number(t.version)])));
    return { documents, caughtUp: touched.length, seconds: (Date.now() - started) / 1000, failures: failed.count };
  }

  /** Starts a drain unless one is running; a running drain goes round once more. */
  kick(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drainLoop().finally(() => {
      this.draining = undefined;
    });
  }

  /** Drains everything that is due and resolves when the backlog is empty (or failing). */
  async drain(): Promise<void> {
    this.kick();
    while (this.draining) await this.draining;
  }

  backlog(): Promise<OutboxBacklog> {
    return this.outbox.backlog();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    while (this.draining) await this.draining;
    await this.listener?.end().catch(() => undefined);
  }

  private async drainLoop(): Promise<void> {
    do {
      this.again = false;
      for (;;) {
        let result: { claimed: number; failed: boolean };
        try {
          result = await this.outbox.drainOnce(this.config.OUTBOX_BATCH_SIZE, this.config.OUTBOX_MAX_BACKOFF_MS, (events) => this.apply(events));
        } catch (error) {
          this.logger.error({ err: error }, 'outbox drain failed; will retry');
          return;
        }
        if (result.failed || result.claimed < this.config.OUTBOX_BATCH_SIZE) break;
      }
    } while (this.again && !this.stopped);
    if (!this.stopped && Date.now() - this.prunedAt >= OUTBOX_PRUNE_EVERY_MS) await this.prune();
  }

  /**
   * Deletes the events applied more than OUTBOX_RETENTION_HOURS ago, so the outbox does not grow without
   * end. Pending and failing events are kept whatever their age. A failure is logged and tried again at
   * the next prune.
   */
  async prune(): Promise<number> {
    this.prunedAt = Date.now();
    let deleted = 0;
    try {
      for (let chunk = 0; chunk < PRUNE_CHUNKS; chunk++) {
        const n = await this.outbox.prune(this.config.OUTBOX_RETENTION_HOURS);
        deleted += n;
        if (n < OUTBOX_PRUNE_CHUNK) break;
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'outbox prune failed; tried again at the next one');
    }
    if (deleted > 0) this.logger.info({ deleted, retentionHours: this.config.OUTBOX_RETENTION_HOURS }, 'outbox: applied events past the retention deleted');
    return deleted;
  }

  private async apply(events: ClaimedOutboxEvent[]): Promise<void> {
    const unknown = events.find((e) => e.aggregateType !== COMPANY_AGGREGATE);
    if (unknown) throw new Error(`No index for outbox aggregate type "${unknown.aggregateType}"`);
    const latest = new Map<string, number>();
    for (const e of events) latest.set(e.aggregateId, Math.max(e.aggregateVersion, latest.get(e.aggregateId) ?? 0));
    try {
      await this.applyLatest(latest);
    } catch (error) {
      this.logger.warn({ err: error, events: events.length }, 'search engine rejected a batch; it will be retried with backoff');
      throw error;
    }
  }

  /** Brings the index in line with the current rows of the given companies (upsert or delete). */
  private async applyLatest(latest: Map<string, number>): Promise<void> {
    const rows = await this.companies.findByIds([...latest.keys()]);
    const found = new Map(rows.map((r) => [r.id, r]));
    const now = new Date();
    const opportunities = await this.opportunities.activeByCompany(rows.filter((r) => isProfileVisible(r, now)).map((r) => r.id));
    const upserts: CompanySearchDocument[] = [];
    const deletes: DocumentRef[] = [];
    for (const [id, version] of latest) {
      const row = found.get(id);
      if (row && isProfileVisible(row, now)) upserts.push(toCompanySearchDocument(row, opportunities.get(id), now));
      else deletes.push({ id, version: Math.max(version, row?.version ?? 0) });
    }
    if (upserts.length) await this.engine.upsert(upserts);
    if (deletes.length) await this.engine.delete(deletes);
    this.logger.debug({ upserts: upserts.length, deletes: deletes.length }, 'index synced');
  }

  private async listen(): Promise<void> {
    const options = this.dataSource.options as { url?: string };
    const client = new Client({ connectionString: options.url });
    client.on('notification', () => this.kick());
    client.on('error', (error) => {
      this.listener = undefined;
      if (this.stopped) return;
      // Polling keeps the index moving while the listener is gone; reconnect in the background.
      this.logger.warn({ err: error }, 'outbox listener lost its connection; polling until it is back');
      this.reconnectLater();
    });
    await client.connect();
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    this.listener = client;
  }

  private reconnectLater(): void {
    if (this.stopped) return;
    setTimeout(() => void this.listen().catch(() => this.reconnectLater()), this.config.OUTBOX_POLL_MS).unref();
  }

  /** Streams the documents of all published companies; a row that cannot become a document is logged and counted. */
  private async *publishedDocuments(failed: { count: number }): AsyncGenerator<CompanySearchDocument[]> {
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.dataSource
        .getRepository(CompanyEntity)
        .createQueryBuilder('c')
        .where(`${visibleProfileSql('c')} AND c.id > :afterId`, { afterId })
        .orderBy('c.id')
        .take(REBUILD_PAGE)
        .getMany();
      if (rows.length === 0) return;
      const opportunities = await this.opportunities.activeByCompany(rows.map((r) => r.id));
      const now = new Date();
      yield rows.flatMap((row) => {
        try {
          return [toCompanySearchDocument(row, opportunities.get(row.id), now)];
        } catch (error) {
          failed.count += 1;
          this.logger.error({ err: error, companyId: row.id }, 'company could not be indexed');
          return [];
        }
      });
      afterId = rows[rows.length - 1].id;
    }
  }
}
