import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, APP_LOGGER } from '@hc/core';
import type { AppConfig, AppLogger } from '@hc/core';
import { CompaniesService, CompanyEntity } from '@hc/companies';
import { demoParks, generateCompanies } from '@hc/dataset';
import { ParksService } from '@hc/parks';
import { DataSource } from 'typeorm';

const CHUNK = 1000;

/**
 * Loads the deterministic demo dataset into an empty database: by default on the embedded
 * database only (SEED_DEMO=auto), never over existing data. All rows and their outbox events
 * go in one transaction, so a failed seed leaves nothing behind.
 */
@Injectable()
export class DemoSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
    private readonly companies: CompaniesService,
    private readonly parks: ParksService,
  ) {}

  wanted(): boolean {
    if (this.config.SEED_DEMO === 'false') return false;
    return this.config.SEED_DEMO === 'true' || !this.config.DATABASE_URL;
  }

  async seedIfEmpty(): Promise<{ companies: number; parks: number } | null> {
    if (!this.wanted()) return null;
    const started = Date.now();
    const seeded = await this.dataSource.transaction(async (manager) => {
      // Two replicas starting together must not both seed.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('hc_demo_seed'))`);
      if ((await manager.count(CompanyEntity)) > 0) return null;
      const { DEMO_SEED: seed, DEMO_COMPANIES: count, DEMO_PARKS: parkCount } = this.config;
      let batch = [];
      for (const company of generateCompanies({ seed, count })) {
        batch.push(company);
        if (batch.length === CHUNK) {
          await this.companies.insertMany(batch, manager);
          batch = [];
        }
      }
      if (batch.length) await this.companies.insertMany(batch, manager);
      const parks = await this.parks.insertMany(demoParks({ seed, count: parkCount }), manager);
      return { companies: count, parks };
    });
    if (seeded) this.logger.info({ ...seeded, ms: Date.now() - started }, 'demo dataset loaded');
    return seeded;
  }
}
