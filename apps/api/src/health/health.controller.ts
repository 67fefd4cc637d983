import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { SearchHealthIndicator } from '@hc/search';
import { Public } from '@hc/core';

@Public()
@Controller('healthz')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly search: SearchHealthIndicator,
  ) {}

  /** Database, search engine and index backlog, reported separately. 503 when one is down. */
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 2000 }),
      () => this.search.engineHealth(),
      () => this.search.outboxHealth(),
    ]);
  }
}
