import { join, resolve } from 'node:path';
import { startEmbeddedPostgres } from '@hc/persistence';
import { CliError } from '../cli.errors';
import { CliRuntime } from '../cli-runtime';
import { findRunningCluster } from './running-cluster';

/** The database name the api uses for its embedded PostgreSQL (apps/api/src/platform.ts). */
const EMBEDDED_DATABASE = 'hidden_champions';

/** The embedded cluster's directory, exactly where the api keeps it. */
export function embeddedDataDir(dataDir: string): string {
  return join(dataDir, 'postgres');
}

export function clusterInUseMessage(dataDir: string, pid: number, port: number | undefined): string {
  const where = resolve(dataDir);
  return (
    `The embedded PostgreSQL in ${where} is already running (pid ${pid}${port ? `, port ${port}` : ''}), ` +
    `most likely started by the api. The CLI does not start a second server on the same data.\n` +
    `Either set DATABASE_URL to reach that server` +
    (port ? ` (postgres://postgres:postgres@127.0.0.1:${port}/${EMBEDDED_DATABASE})` : '') +
    `, or stop the api first, or let the api do it: at every start it runs the migrations, ` +
    `loads the demo data into an empty database and rebuilds the embedded search index.`
  );
}

/**
 * Runs `work` with a database URL: DATABASE_URL when set, otherwise the embedded PostgreSQL under
 * DATA_DIR, started with the same options as the api and stopped afterwards. Refuses when that
 * cluster is already running (the api holds it), instead of starting a second server on it.
 */
export async function withDatabase<T>(runtime: CliRuntime, work: (url: string) => Promise<T>): Promise<T> {
  const { config, logger } = runtime;
  if (config.DATABASE_URL) return work(config.DATABASE_URL);

  const dataDir = embeddedDataDir(config.DATA_DIR);
  const running = findRunningCluster(dataDir);
  if (running) throw new CliError(clusterInUseMessage(dataDir, running.pid, running.port));

  const started = Date.now();
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port: config.EMBEDDED_PG_PORT,
    database: EMBEDDED_DATABASE,
    persistent: true,
    onLog: (message) => logger.debug({ context: 'postgres' }, message.trim()),
  });
  logger.info({ port: embedded.port, dataDir: config.DATA_DIR, ms: Date.now() - started }, 'embedded PostgreSQL started');
  try {
    return await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}
