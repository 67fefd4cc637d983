import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, APP_LOGGER } from '@hc/core';
import type { AppConfig, AppLogger } from '@hc/core';
import { COMPANY_AGGREGATE } from '@hc/companies';
import { COMMIT_HORIZON_SQL, commitHorizon } from '@hc/persistence';
import { DataSource } from 'typeorm';
import { readCompanyProfiles, SourcedProfile } from '../profiles/company-profile.source';
import { parkWeights } from '../features/park-features';
import { CompanyIndexData } from './company-index';

const PAGE = 5000;
const RELOAD_ABOVE = 20_000;
/** How often the index follows the outbox when nobody asks (requests and jobs catch up first anyway). */
export const MATCH_INDEX_POLL_MS = 2000;

interface Cursor {
  at: string;
  id: string;
}

export interface MatchIndexStatus {
  loaded: boolean;
  companies: number;
  /** When the index last caught up with the outbox. */
  syncedAt: Date | null;
}

/**
 * Every visible company's match profile in memory, for park suggestions in milliseconds. Loaded on
 * first use (and at boot), then kept current from the transactional outbox: every write to a company
 * (and every opportunity, badge or term that expires, through the expiry sweeper) enqueues a company
 * event in the writing transaction, and the index re-reads the companies named by events past its
 * cursor. Events are read by (created_at, id) only up to the start of the oldest transaction still
 * running, so one that commits later with an earlier time is not skipped. Each use first catches up,
 * so a request sees every write committed before it. Each process keeps its own copy.
 */
@Injectable()
export class CompanyMatchIndex implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private data: CompanyIndexData;
  private cursor: Cursor | null = null;
  private loading?: Promise<void>;
  private syncing?: Promise<void>;
  private again = false;
  private timer?: NodeJS.Timeout;
  private syncedAt: Date | null = null;
  /** Companies or events read per statement while loading or catching up. */
  pageSize = PAGE;
  /** At least this many events waiting: load everything again instead of following them. */
  reloadAbove = RELOAD_ABOVE;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
  ) {
    this.data = this.empty();
  }

  /** Lists ordered by potential under the configured park weights. */
  private empty(): CompanyIndexData {
    return new CompanyIndexData(parkWeights(this.config));
  }

  onApplicationBootstrap(): void {
    void this.current().catch((err: unknown) => this.logger.warn({ err }, 'match index: loading failed; the next request tries again'));
    this.timer = setInterval(() => {
      if (this.cursor) void this.current().catch((err: unknown) => this.logger.warn({ err }, 'match index: catching up failed; tried again'));
    }, MATCH_INDEX_POLL_MS);
    this.timer.unref();
  }

  /** Stops the timer and lets a load or catch-up under way end before the database connections close. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await Promise.allSettled([this.loading, this.syncing]);
  }

  status(): MatchIndexStatus {
    return { loaded: this.cursor !== null, companies: this.data.size, syncedAt: this.syncedAt };
  }

  /** The index with every change committed before this call. */
  async current(): Promise<CompanyIndexData> {
    if (!this.cursor) await (this.loading ??= this.load().finally(() => (this.loading = undefined)));
    await this.sync();
    return this.data;
  }

  /** Catches up with the outbox. Calls made while a round runs share the one round that starts after it. */
  private async sync(): Promise<void> {
    if (this.syncing) {
      this.again = true;
      while (this.syncing) await this.syncing.catch(() => undefined);
      if (!this.again) return;
    }
    this.again = false;
    this.syncing = this.catchUp().finally(() => (this.syncing = undefined));
    await this.syncing;
  }

  private async load(): Promise<void> {
    const started = Date.now();
    const fresh = this.empty();
    // Events from the horizon on are replayed after loading: whatever the pages below miss started after it.
    const horizon = await commitHorizon(this.dataSource);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page = await readCompanyProfiles(this.dataSource, { visibleAfter: after, limit: this.pageSize });
      for (const row of page) fresh.put(row.profile, row.termEndsAt, row.refreshAt);
      if (page.length < this.pageSize) break;
      after = (page[page.length - 1] as SourcedProfile).profile.id;
    }
    this.data = fresh;
    this.cursor = { at: horizon, id: '0' };
    this.logger.info({ companies: fresh.size, ms: Date.now() - started }, 'match index loaded');
  }

  private async catchUp(): Promise<void> {
    // Applied outbox events are deleted after OUTBOX_RETENTION_HOURS: an index that has not caught up for
    // half of that (a process suspended for days) may have missed some, so it reads every company again.
    if (this.syncedAt && Date.now() - this.syncedAt.getTime() > (this.config.OUTBOX_RETENTION_HOURS * 3_600_000) / 2) {
      await this.load();
      this.syncedAt = new Date();
      return;
    }
    // Most rounds find nothing new. A probe without the commit horizon (which reads every backend's state)
    // says so cheaply; anything committed before this round is visible to it.
    const quiet = !(await this.anyEventPastCursor());
    for (let page = 0; ; page++) {
      const events = quiet ? [] : await this.events(this.pageSize);
      // A bulk change (an import): reading every company again in id order is faster than following its events.
      if (page === 0 && events.length === this.pageSize && (await this.events(this.reloadAbove)).length >= this.reloadAbove) {
        await this.load();
        break;
      }
      const ids = new Set(events.map((e) => e.company));
      for (const id of this.data.due(Date.now())) ids.add(id);
      if (ids.size > 0) await this.reread([...ids]);
      const last = events[events.length - 1];
      if (last) this.cursor = { at: last.at, id: last.id };
      if (events.length < this.pageSize) break;
    }
    this.syncedAt = new Date();
  }

  /** Whether any company event past the cursor is committed, whatever the horizon. */
  private async anyEventPastCursor(): Promise<boolean> {
    const cursor = this.cursor as Cursor;
    // Not prepared: a generic plan cannot see how selective the cursor is, and scans the outbox.
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM outbox_events e
        WHERE e.aggregate_type = $1 AND (e.created_at, e.id) > ($2::timestamptz, $3::bigint)
        LIMIT 1`,
      [COMPANY_AGGREGATE, cursor.at, cursor.id],
    );
    return rows.length > 0;
  }

  /** The next company events past the cursor, up to the oldest transaction still running. */
  private events(limit: number): Promise<{ id: string; at: string; company: string }[]> {
    const cursor = this.cursor as Cursor;
    return this.dataSource.query(
      `SELECT e.id::text AS id, e.created_at::text AS at, e.aggregate_id AS company
         FROM outbox_events e
        WHERE e.aggregate_type = $1 AND (e.created_at, e.id) > ($2::timestamptz, $3::bigint)
          AND e.created_at < ${COMMIT_HORIZON_SQL}
        ORDER BY e.created_at, e.id LIMIT $4`,
      [COMPANY_AGGREGATE, cursor.at, cursor.id, limit],
    );
  }

  /** Reads companies again: visible ones are (re)placed, the others (hidden, expired, deleted) leave. */
  private async reread(ids: readonly string[]): Promise<void> {
    const rows = await readCompanyProfiles(this.dataSource, { ids });
    const found = new Set<string>();
    for (const row of rows) {
      found.add(row.profile.id);
      if (row.visible) this.data.put(row.profile, row.termEndsAt, row.refreshAt);
      else this.data.remove(row.profile.id);
    }
    for (const id of ids) if (!found.has(id)) this.data.remove(id);
  }
}
