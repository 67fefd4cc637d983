import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { SEARCH_ENGINE } from '../port/search-engine.port';
import type { SearchEngine } from '../port/search-engine.port';
import { IndexSyncService } from './index-sync.service';

/** Stale index warnings start after this many seconds of backlog. */
const STALE_AFTER_SECONDS = 60;

@Injectable()
export class SearchHealthIndicator {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly sync: IndexSyncService,
    private readonly health: HealthIndicatorService,
  ) {}

  async engineHealth(): Promise<HealthIndicatorResult> {
    const check = this.health.check('search');
    const status = await this.engine.health();
    const data = { engine: this.engine.kind, documents: status.documents ?? null, ...(status.detail ? { detail: status.detail } : {}) };
    return status.up ? check.up(data) : check.down(data);
  }

  /** The outbox backlog, flagged stale once the oldest event waits too long. */
  async outboxHealth(): Promise<HealthIndicatorResult> {
    const check = this.health.check('outbox');
    const backlog = await this.sync.backlog();
    const stale = (backlog.oldestPendingAgeSeconds ?? 0) > STALE_AFTER_SECONDS;
    const data = { pending: backlog.pending, failing: backlog.failing, oldestPendingAgeSeconds: backlog.oldestPendingAgeSeconds };
    // A stale index still answers searches, so it does not make the api unhealthy; it is reported.
    return check.up({ ...data, stale });
  }
}
