import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, APP_LOGGER } from '@hc/core';
import type { AppConfig, AppLogger } from '@hc/core';
import { COMPANY_AGGREGATE, CompaniesService, CompanyEntity, CompanyStatus } from '@hc/companies';
import { ClaimedOutboxEvent, OUTBOX_CHANNEL, OutboxBacklog, OutboxStore } from '@hc/persistence';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { CompanySearchDocument } from '../port/search-document';
import { DocumentRef, SEARCH_ENGINE } from '../port/search-engine.port';
import type { SearchEngine } from '../port/search-engine.port';
import { toCompanySearchDocument } from './company-document.builder';

const REBUILD_PAGE = 2000;

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

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
    private readonly companies: CompaniesService,
  ) {
    this.outbox = new OutboxStore(dataSource);
  }

  /** Prepares the index, rebuilds it from PostgreSQL when the engine keeps no state, and starts consuming. */
  async start(): Promise<void> {
    await this.engine.ensureIndex();
    if (this.engine.kind === 'embedded') {
      const started = Date.now();
      const { documents } = await this.engine.replaceAll(this.publishedDocuments());
      this.logger.info({ documents, ms: Date.now() - started }, 'search index rebuilt from PostgreSQL');
    }
    await this.listen();
    this.timer = setInterval(() => this.kick(), this.config.OUTBOX_POLL_MS);
    this.timer.unref();
    await this.drain();
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
  }

  private async apply(events: ClaimedOutboxEvent[]): Promise<void> {
    const unknown = events.find((e) => e.aggregateType !== COMPANY_AGGREGATE);
    if (unknown) throw new Error(`No index for outbox aggregate type "${unknown.aggregateType}"`);
    const latest = new Map<string, number>();
    for (const e of events) latest.set(e.aggregateId, Math.max(e.aggregateVersion, latest.get(e.aggregateId) ?? 0));
    const rows = await this.companies.findByIds([...latest.keys()]);
    const found = new Map(rows.map((r) => [r.id, r]));
    const upserts: CompanySearchDocument[] = [];
    const deletes: DocumentRef[] = [];
    for (const [id, version] of latest) {
      const row = found.get(id);
      if (row && row.status === CompanyStatus.PUBLISHED) upserts.push(toCompanySearchDocument(row));
      else deletes.push({ id, version: Math.max(version, row?.version ?? 0) });
    }
    try {
      if (upserts.length) await this.engine.upsert(upserts);
      if (deletes.length) await this.engine.delete(deletes);
    } catch (error) {
      this.logger.warn({ err: error, events: events.length }, 'search engine rejected a batch; it will be retried with backoff');
      throw error;
    }
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

  private async *publishedDocuments(): AsyncGenerator<CompanySearchDocument[]> {
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.dataSource
        .getRepository(CompanyEntity)
        .createQueryBuilder('c')
        .where('c.status = :status AND c.id > :afterId', { status: CompanyStatus.PUBLISHED, afterId })
        .orderBy('c.id')
        .take(REBUILD_PAGE)
        .getMany();
      if (rows.length === 0) return;
      yield rows.map(toCompanySearchDocument);
      afterId = rows[rows.length - 1].id;
    }
  }
}
