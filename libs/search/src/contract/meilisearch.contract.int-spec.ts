import { randomBytes } from 'node:crypto';
import type * as MeiliClientModule from 'meilisearch';
import type * as MeiliEngineModule from '../meilisearch/meilisearch.engine';
import { describeSearchEngineContract } from './search-engine.contract';

const SKIP_NOTE =
  'Meilisearch contract tests were SKIPPED: MEILI_HOST is not set. ' +
  'Run a Meilisearch server (image getmeili/meilisearch:v1.47.0) and set MEILI_HOST (and MEILI_API_KEY if it has a master key).';
const CLEANUP_TIMEOUT_MS = 120_000;

/**
 * Loaded only when a server is configured: the client is an ES module, which Jest's CommonJS
 * runtime can load only when it is transformed (or natively on Node >= 24.9).
 */
function load<T extends object>(path: string): T {
  try {
    return jest.requireActual<T>(path);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not load ${path}: ${message}\nThe meilisearch client is ESM-only. Let Jest compile it: add ` +
        `transformIgnorePatterns ['/node_modules/(?!meilisearch/)'] and an @swc/jest transform for node_modules/meilisearch/**/*.js.`,
      { cause: error },
    );
  }
}

const host = process.env.MEILI_HOST;

if (host) {
  const apiKey = process.env.MEILI_API_KEY || undefined;
  // One prefix per run: parallel runs and leftovers of crashed runs never collide.
  const indexPrefix = `contract_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}_`;

  describeSearchEngineContract(`meilisearch at ${host}`, async () => {
    const { MeilisearchEngine } = load<typeof MeiliEngineModule>('../meilisearch/meilisearch.engine');
    return new MeilisearchEngine({ host, apiKey, indexPrefix, taskTimeoutMs: 60_000 });
  });

  afterAll(async () => {
    const { Meilisearch } = load<typeof MeiliClientModule>('meilisearch');
    const client = new Meilisearch({ host, apiKey });
    const { results } = await client.getRawIndexes({ limit: 1000 });
    for (const { uid } of results.filter((index) => index.uid.startsWith(indexPrefix))) {
      const task = await client.deleteIndex(uid).waitTask({ timeout: 60_000 });
      if (task.status !== 'succeeded') throw new Error(`Could not delete test index ${uid}: ${task.error?.message ?? task.status}`);
    }
  }, CLEANUP_TIMEOUT_MS);
} else {
  describe('Meilisearch contract', () => {
    it('Meilisearch contract tests were SKIPPED: MEILI_HOST is not set', () => {
      // Written straight to stdout so the note shows up even when Jest buffers console output.
      process.stdout.write(`\n[search] ${SKIP_NOTE}\n\n`);
      expect(process.env.MEILI_HOST).toBeFalsy();
    });
  });
}
