// The on-demand parkSuggestions latency as the api serves it: a process of its own over the bench's
// database, whose matching index is loaded from PostgreSQL, with no import in its heap. Bulk imports run
// in their own process (the CLI; the api's import mutation takes at most 1,000 rows), so a 100,000-row
// import's garbage is not the api's steady state. Started by matching-quality.bench.ts, not by hand:
//   node dist/bench/matching-serve.js DATABASE_URL PARK_IDS_JSON_FILE ROUNDS
// Prints one JSON line: { loadMs, first: number[], steady: number[] } (milliseconds per call).
import { readFileSync } from 'node:fs';
import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, AppLogger, CoreModule, createLogger, loadConfig } from '@hc/core';
import { MatchingModule, ParkSuggestionsService } from '@hc/matching';
import { createDataSourceOptions } from '@hc/persistence';
import { ENTITIES } from '@hc/platform';

@Module({})
class ServeModule {
  static forRoot(config: AppConfig, logger: AppLogger, databaseUrl: string): DynamicModule {
    return {
      module: ServeModule,
      imports: [CoreModule.forRoot(config, logger), TypeOrmModule.forRoot({ ...createDataSourceOptions(databaseUrl, ENTITIES), retryAttempts: 0 }), MatchingModule],
    };
  }
}

async function main(): Promise<void> {
  const [databaseUrl, parkIdsFile, roundsArg] = process.argv.slice(2);
  if (!databaseUrl || !parkIdsFile) throw new Error('usage: matching-serve DATABASE_URL PARK_IDS_JSON_FILE [ROUNDS]');
  const parkIds = JSON.parse(readFileSync(parkIdsFile, 'utf8')) as string[];
  const rounds = Number(roundsArg ?? 3);
  const config = loadConfig({ ...process.env, JWT_SECRET: process.env.JWT_SECRET ?? 'matching-quality-bench-does-not-sign-tokens-0123456789' });
  const app = await NestFactory.createApplicationContext(ServeModule.forRoot(config, createLogger('warn'), databaseUrl), { logger: false, abortOnError: false });
  try {
    const service = app.get(ParkSuggestionsService, { strict: false });
    const call = async (id: string): Promise<number> => {
      const started = performance.now();
      await service.suggest(id, 10, null);
      return performance.now() - started;
    };
    // The first call loads the index (as the api does at boot); not measured.
    const loadMs = await call(parkIds[0] as string);
    const first: number[] = [];
    for (const id of parkIds) first.push(await call(id));
    const steady: number[] = [];
    for (let r = 0; r < rounds; r++) for (const id of parkIds) steady.push(await call(id));
    process.stdout.write(`${JSON.stringify({ loadMs, first, steady })}\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
