import { DemoSeeder } from '@hc/platform';
import { EXIT_OK } from '../cli.errors';
import { withApplicationContext } from '../cli-context';
import { CliModule } from '../cli.module';
import { CliCommand } from '../cli-runtime';
import { withDatabase } from '../database/cli-database';

/**
 * `seed-demo`: loads the demo dataset (DEMO_COMPANIES, DEMO_PARKS, DEMO_SEED) into an empty database
 * with the api's own seeder, rows and outbox events in one transaction. Never over existing data.
 */
export const seedDemoCommand: CliCommand = (runtime) =>
  withDatabase(runtime, async (databaseUrl) => {
    // Asking for it is the decision SEED_DEMO makes for the api, so it is not consulted here.
    const config = { ...runtime.config, SEED_DEMO: 'true' as const };
    const started = Date.now();
    const seeded = await withApplicationContext(CliModule.forDemo({ config, logger: runtime.logger, databaseUrl }), runtime.logger, (app) =>
      app.get(DemoSeeder).seedIfEmpty(),
    );
    if (!seeded) {
      runtime.print('The database is not empty (it already has companies); the demo dataset is loaded only into an empty database. Nothing was changed.');
      return EXIT_OK;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    runtime.print(
      `Loaded the demo dataset: ${seeded.companies} generated companies, ${seeded.referenceCompanies} real register entries (drafts) and ${seeded.parks} parks, ` +
        `with ${seeded.initiative.memberships} initiative members, ${seeded.initiative.sharedResources} shared resources, ${seeded.initiative.agreements} agreements and ${seeded.initiative.experts} experts ` +
        `(DEMO_SEED=${config.DEMO_SEED}) in ${seconds} s.`,
    );
    runtime.warn('The api indexes them from the outbox: at once if it is running, otherwise at its next start.');
    return EXIT_OK;
  });
