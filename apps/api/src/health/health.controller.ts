import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorResult, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { CompanyMatchIndex, MatchJobs } from '@hc/matching';
import { SearchHealthIndicator } from '@hc/search';
import { APP_CONFIG, Public } from '@hc/core';
import type { AppConfig } from '@hc/core';

@Public()
@Controller('healthz')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly search: SearchHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly matchJobs: MatchJobs,
    private readonly matchIndex: CompanyMatchIndex,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Database, search engine, index backlog, the matching index and job queue, reported separately. 503 when one is down. */
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 2000 }),
      () => this.search.engineHealth(),
      () => this.search.outboxHealth(),
      () => this.jobsHealth(),
      () => this.matchIndexHealth(),
    ]);
  }

  /** The in-memory matching index: up once loaded, with its companies and when it last caught up with the outbox. */
  private matchIndexHealth(): HealthIndicatorResult {
    const check = this.indicators.check('matchIndex');
    const { loaded, companies, syncedAt } = this.matchIndex.status();
    return loaded ? check.up({ companies, syncedAt: syncedAt?.toISOString() ?? null }) : check.down({ detail: 'the matching index is still loading' });
  }

  /** The queue that precomputes suggestions: up with its waiting and running jobs; down when it should run but does not. */
  private async jobsHealth(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('jobs');
    if (!this.config.MATCH_PRECOMPUTE) return check.up({ enabled: false });
    if (!this.matchJobs.running) return check.down({ enabled: true, detail: 'the match job queue is not running' });
    try {
      const { park, company } = await this.matchJobs.status();
      return check.up({ enabled: true, queued: park.queued + company.queued, active: park.active + company.active, queues: { 'match-park': park, 'match-company': company } });
    } catch (error) {
      return check.down({ enabled: true, detail: error instanceof Error ? error.message : String(error) });
    }
  }
}
