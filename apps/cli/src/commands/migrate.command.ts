import { createDataSourceOptions } from '@hc/persistence';
import { DataSource } from 'typeorm';
import { ENTITIES } from '@hc/platform';
import { EXIT_OK } from '../cli.errors';
import { CliCommand } from '../cli-runtime';
import { withDatabase } from '../database/cli-database';

/** `migrate`: runs the pending migrations (each in its own transaction) and lists the ones that ran. */
export const migrateCommand: CliCommand = (runtime) =>
  withDatabase(runtime, async (url) => {
    const dataSource = await new DataSource(createDataSourceOptions(url, ENTITIES)).initialize();
    try {
      const ran = await dataSource.runMigrations();
      if (ran.length === 0) {
        runtime.print('No pending migrations; the database schema is up to date.');
      } else {
        runtime.print(`Ran ${ran.length} migration${ran.length === 1 ? '' : 's'}:`);
        for (const migration of ran) runtime.print(`  ${migration.name}`);
      }
      return EXIT_OK;
    } finally {
      await dataSource.destroy();
    }
  });
