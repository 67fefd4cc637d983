import { INestApplicationContext } from '@nestjs/common';
import { MatchJobs, MatchRecompute, MatchRefreshPlanner, MatchStore } from '@hc/matching';
import { EXIT_NOT_APPLICABLE, EXIT_OK } from '../cli.errors';
import { withApplicationContext } from '../cli-context';
import { CliModule } from '../cli.module';
import { CliCommand, CliRuntime } from '../cli-runtime';
import { withDatabase } from '../database/cli-database';

export interface MatchRefreshOptions {
  parks?: boolean;
  companies?: boolean;
  now?: boolean;
}

/**
 * `match refresh [--parks] [--companies] [--now]`: refreshes the stored suggestions. Parks (the default):
 * one job per visible park on the api's queue, or with --now computed here, one after the other. Companies:
 * every stored partner ranking is marked stale, so each is recomputed when next asked for (computing all of
 * them at once would take a job per company).
 */
export function matchRefreshCommand(options: MatchRefreshOptions): CliCommand {
  const parks = options.parks || !options.companies;
  return async (runtime) => {
    if (!options.now && parks && !runtime.config.MATCH_PRECOMPUTE) {
      runtime.warn('MATCH_PRECOMPUTE=false: the api does not work the job queue. Use --now to compute the parks here, or enable MATCH_PRECOMPUTE.');
      return EXIT_NOT_APPLICABLE;
    }
    return withDatabase(runtime, (databaseUrl) =>
      withApplicationContext(CliModule.forMatching({ config: runtime.config, logger: runtime.logger, databaseUrl }), runtime.logger, async (app) => {
        if (parks) await (options.now ? computeParks(app, runtime) : queueParks(app, runtime));
        if (options.companies) {
          const stale = await app.get(MatchStore).markCompaniesStale();
          runtime.print(`Marked ${stale} stored partner ranking${stale === 1 ? '' : 's'} stale; each is recomputed when next asked for.`);
        }
        return EXIT_OK;
      }),
    );
  };
}

async function queueParks(app: INestApplicationContext, runtime: CliRuntime): Promise<void> {
  const jobs = app.get(MatchJobs);
  // This process only sends: the api's workers (or its next start) compute them.
  await jobs.start({ work: false });
  try {
    const count = await app.get(MatchRefreshPlanner).refreshAllParks();
    runtime.print(`Queued the refresh of ${count} park${count === 1 ? '' : 's'} (queue match-park); the api works them in the background.`);
  } finally {
    await jobs.stop();
  }
}

async function computeParks(app: INestApplicationContext, runtime: CliRuntime): Promise<void> {
  const ids = await app.get(MatchRefreshPlanner).visibleParkIds();
  const recompute = app.get(MatchRecompute);
  const started = Date.now();
  let stored = 0;
  for (const id of ids) stored += (await recompute.park(id)).stored;
  const seconds = (Date.now() - started) / 1000;
  runtime.print(`Recomputed the suggestions of ${ids.length} park${ids.length === 1 ? '' : 's'} (${stored} suggestions stored) in ${seconds.toFixed(1)} s.`);
}
