// Recomputing the stored suggestions of every park after a bulk import: N generated companies
// (default 100,000, through the importer's bulk path) and 100 generated parks in a throw-away embedded
// PostgreSQL; then refreshAllParks() through the real pg-boss queue, timed until every park's job has
// completed, counted from the end of the import (so the matching index catching up with the 100,000 imported
// companies is inside the figure); and, in the same run, a baseline: the same parks computed one after the
// other without the queue, from a fresh matching index that loads every company first (a cold start).
// Target: <= 60 s for 100 parks after 100,000 companies.
//   npm run bench:match-recompute -- [companies=100000] [parks=100] [seed=20240528]
//   MATCH_JOB_CONCURRENCY=2 npm run bench:match-recompute    (workers per queue; default 1)
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompaniesService } from '@hc/companies';
import { CompanyImporter, CompanyImportModule, ImportItem } from '@hc/company-import';
import { AppConfig, AppLogger, CoreModule, createLogger, loadConfig, NestPinoLogger } from '@hc/core';
import { demoParks, generateCompanies } from '@hc/dataset';
import { FeedbackService } from '@hc/matching-feedback';
import {
  CompanyMatchIndex,
  MATCH_PARK_QUEUE,
  MatchingModule,
  MatchJobEvent,
  MatchJobs,
  MatchProfileLoader,
  MatchRecompute,
  MatchRefreshPlanner,
  MatchStore,
  ParkSuggestionsService,
  PartnerSuggestionsService,
} from '@hc/matching';
import { ParksModule, ParksService } from '@hc/parks';
import { createDataSourceOptions, startEmbeddedPostgres } from '@hc/persistence';
import { ENTITIES } from '@hc/platform';
import { DataSource } from 'typeorm';
import { ms, percentiles } from './stats';

const count = Number(process.argv[2] ?? 100_000);
const parkCount = Number(process.argv[3] ?? 100);
const SEED = Number(process.argv[4] ?? 20240528);
const TARGET_SECONDS = 60;

@Module({})
class RecomputeBenchModule {
  static forRoot(config: AppConfig, logger: AppLogger, databaseUrl: string): DynamicModule {
    return {
      module: RecomputeBenchModule,
      imports: [
        CoreModule.forRoot(config, logger),
        TypeOrmModule.forRoot({ ...createDataSourceOptions(databaseUrl, ENTITIES), migrationsRun: true, retryAttempts: 0 }),
        MatchingModule,
        ParksModule,
        CompanyImportModule,
      ],
    };
  }
}

function report(label: string, seconds: number, samples: number[]): void {
  const p = percentiles(samples);
  console.log(
    `${label}: ${samples.length} parks in ${seconds.toFixed(1)} s = ${(samples.length / seconds).toFixed(2)} parks/s; ` +
      `per park job p50 ${ms(p.p50)}, p95 ${ms(p.p95)}, p99 ${ms(p.p99)}, mean ${ms(p.mean)}`,
  );
}

async function main(): Promise<void> {
  if (!Number.isInteger(count) || count < 0) throw new Error(`companies must be a non-negative integer, got ${process.argv[2]}`);
  if (!Number.isInteger(parkCount) || parkCount < 1) throw new Error(`parks must be a positive integer, got ${process.argv[3]}`);
  const dir = mkdtempSync(join(tmpdir(), 'hc-match-recompute-bench-'));
  chmodSync(dir, 0o755); // PostgreSQL may run as the postgres system user
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: 0, database: 'bench', persistent: false });
  const logger = createLogger('warn');
  const config = loadConfig();
  let app: INestApplicationContext | undefined;
  try {
    let started = Date.now();
    app = await NestFactory.createApplicationContext(RecomputeBenchModule.forRoot(config, logger, pg.url), { logger: new NestPinoLogger(logger), abortOnError: false });
    const dataSource = app.get(DataSource);
    console.log(`embedded PostgreSQL started and migrated in ${Date.now() - started} ms`);

    // The bulk import: generated companies (valid by construction) through the importer's COPY path, then the parks.
    started = Date.now();
    const items: ImportItem[] = [];
    let line = 0;
    for (const { opportunities, ...record } of generateCompanies({ seed: SEED, count })) items.push({ line: ++line, id: null, record, opportunities });
    const imported = await app.get(CompanyImporter).importValid(items, { rows: items.length, invalid: 0, problems: [], readMs: 0 });
    const importEnded = performance.now();
    items.length = 0;
    const parkIds = await app.get(ParksService).insertMany(demoParks({ seed: SEED, count: parkCount }));
    await dataSource.query('ANALYZE');
    console.log(`imported ${imported.created} companies (${count} generated rows) and ${parkIds.length} parks in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // Through the real queue: refreshAllParks() sends one job per visible park; the workers compute and store them.
    const jobs = app.get(MatchJobs);
    await jobs.start();
    const events: MatchJobEvent[] = [];
    const stopObserving = jobs.observe((e) => events.push(e));
    const sent = await app.get(MatchRefreshPlanner).refreshAllParks();
    const idle = await jobs.whenIdle(30 * 60_000, 20);
    const queueSeconds = (performance.now() - importEnded) / 1000;
    const { companies: indexed } = app.get(CompanyMatchIndex).status();
    stopObserving();
    await jobs.stop();
    if (!idle) throw new Error('the queue did not drain within 30 minutes');
    const parkEvents = events.filter((e) => e.queue === MATCH_PARK_QUEUE);
    const failed = parkEvents.filter((e) => !e.ok);
    const [{ stored }] = await dataSource.query<{ stored: number }[]>(`SELECT count(*)::int AS stored FROM match_suggestions WHERE subject_park_id IS NOT NULL`);

    // Baseline: the same parks, one after the other, without the queue, from a fresh (cold) matching index.
    const parks = app.get(ParksService);
    const companies = app.get(CompaniesService);
    const index = new CompanyMatchIndex(dataSource, config, logger);
    const loader = new MatchProfileLoader(dataSource, config, index);
    const feedback = new FeedbackService(dataSource);
    const store = new MatchStore(dataSource);
    const parkSuggestions = new ParkSuggestionsService(config, parks, companies, loader, index, feedback, store);
    const partnerSuggestions = new PartnerSuggestionsService(config, companies, loader, index, feedback, store);
    const baseline = new MatchRecompute(config, parks, companies, parkSuggestions, partnerSuggestions, store);
    const samples: number[] = [];
    started = performance.now();
    for (const id of parkIds) {
      const t = performance.now();
      await baseline.park(id);
      samples.push(performance.now() - t);
    }
    const baselineSeconds = (performance.now() - started) / 1000;

    console.log(
      `\nrecompute the stored suggestions of ${sent} parks after a bulk import of ${count.toLocaleString('en')} companies ` +
        `(MATCH_STORED_SUGGESTIONS=${config.MATCH_STORED_SUGGESTIONS}, MATCH_JOB_CONCURRENCY=${config.MATCH_JOB_CONCURRENCY} per queue):`,
    );
    report('queue    (pg-boss, from the end of the import until every job completed)', queueSeconds, parkEvents.filter((e) => e.ok).map((e) => e.ms));
    console.log(`           ${failed.length} failed attempts; ${stored} suggestions stored; ${indexed} companies in the matching index; heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB`);
    report('baseline (sequential, no queue, cold index)', baselineSeconds, samples);
    console.log(`target: <= ${TARGET_SECONDS} s for 100 parks -> ${queueSeconds <= TARGET_SECONDS ? 'met' : 'NOT met'} (${queueSeconds.toFixed(1)} s)`);
  } finally {
    await app?.close();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
