import { IndexSyncService, RebuildSummary } from '@hc/search';
import { EXIT_FAILURE, EXIT_NOT_APPLICABLE, EXIT_OK } from '../cli.errors';
import { withApplicationContext } from '../cli-context';
import { CliModule } from '../cli.module';
import { CliCommand } from '../cli-runtime';
import { withDatabase } from '../database/cli-database';
import { ReindexProgress } from './reindex-progress';

export const EMBEDDED_INDEX_MESSAGE =
  'The embedded search index lives in the api process and is rebuilt from PostgreSQL at every start; ' +
  'restart the api, or set MEILI_HOST to reindex Meilisearch.';

export function formatRebuildSummary({ documents, caughtUp, seconds, failures }: RebuildSummary): string {
  return (
    `Reindexed ${documents} documents in ${seconds.toFixed(1)} s ` +
    `(${caughtUp} write${caughtUp === 1 ? '' : 's'} caught up after the swap, ${failures} failure${failures === 1 ? '' : 's'}).`
  );
}

/**
 * `reindex`: rebuilds the Meilisearch index from PostgreSQL into a fresh index and swaps it in
 * (searches keep answering meanwhile), then re-applies the writes made during the rebuild.
 * With the embedded engine there is nothing this process could reach, so it changes nothing (exit 2).
 */
export const reindexCommand: CliCommand = async (runtime) => {
  if (!runtime.config.MEILI_HOST) {
    runtime.warn(EMBEDDED_INDEX_MESSAGE);
    return EXIT_NOT_APPLICABLE;
  }
  return withDatabase(runtime, async (databaseUrl) => {
    const progress = new ReindexProgress();
    let summary: RebuildSummary;
    try {
      summary = await withApplicationContext(CliModule.forReindex({ config: runtime.config, logger: runtime.logger, databaseUrl }), runtime.logger, (app) =>
        app.get(IndexSyncService).rebuild((done, total) => progress.update(done, total)),
      );
    } finally {
      progress.stop();
    }
    runtime.print(formatRebuildSummary(summary));
    if (summary.failures > 0) {
      runtime.warn(`${summary.failures} published compan${summary.failures === 1 ? 'y' : 'ies'} could not be indexed (logged above) and are missing from the index.`);
      return EXIT_FAILURE;
    }
    return EXIT_OK;
  });
};
