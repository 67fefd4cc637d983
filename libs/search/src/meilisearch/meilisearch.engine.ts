import { Meilisearch, MeilisearchApiError, MeilisearchTaskTimeOutError } from 'meilisearch';
import type { EnqueuedTaskPromise, IndexObject, SearchParams, Task } from 'meilisearch';
import { COMPANY_INDEX } from '../port/index-settings';
import { CompanySearchDocument } from '../port/search-document';
import { DocumentRef, EngineHealth, SearchEngine } from '../port/search-engine.port';
import { SearchHit, SearchRequest, SearchResult, SuggestRequest } from '../port/search-request';
import { batchDocuments, latestVersions, MEILI_BATCH_LIMITS, MeiliBatchLimits } from './meili-batches';
import { UnsatisfiableFilterError } from './meili-filter.builder';
import { emptySearchResult, fromMeiliResponse, MeiliCompanyHit, MeiliPagedSearchParams, toMeiliSearchParams, toMeiliSuggestParams } from './meili-request';
import { buildMeiliSettings } from './meili-settings';

/** Structured logger shape (pino's `logger.info({ ... }, 'message')` fits). */
export interface SearchEngineLogger {
  info(context: Record<string, unknown>, message: string): void;
  warn(context: Record<string, unknown>, message: string): void;
  error(context: Record<string, unknown>, message: string): void;
}

export interface MeilisearchEngineOptions {
  host: string;
  apiKey?: string;
  /** Prepended to COMPANY_INDEX.uid; lets several environments or test runs share one server. */
  indexPrefix: string;
  /** Upper bound for waiting on any one Meilisearch task. */
  taskTimeoutMs: number;
  /** Per HTTP request; unset means the client's default (no timeout). */
  requestTimeoutMs?: number;
  logger?: SearchEngineLogger;
  /** Overrides the request batch limits (tests, or a server with a lower payload limit). */
  batchLimits?: MeiliBatchLimits;
}

/** Suffix of the index a full rebuild is written to before it is swapped in. */
export const MEILI_REBUILD_SUFFIX = '_next';

// Ids per document lookup; they travel in a query string, so keep URLs short.
const VERSION_LOOKUP_CHUNK = 200;
// Ids per delete request.
const DELETE_CHUNK = 10_000;

interface StoredVersion {
  id: string;
  version: number;
}

/**
 * SearchEngine adapter for a Meilisearch server, through the official client.
 * Every write waits for its Meilisearch task and fails unless the task succeeded.
 *
 * Versions: like the embedded engine, an upsert never replaces a stored document with an
 * older version, and a delete never removes a newer one. The check reads stored versions
 * first, so it relies on writes for one document being serialized (the outbox consumer does).
 * Unlike the embedded engine, deletes leave no tombstone.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly kind = 'meilisearch' as const;
  /** The live index: prefix + COMPANY_INDEX.uid. */
  readonly indexUid: string;
  /** Where replaceAll builds the next generation of the index. */
  readonly rebuildIndexUid: string;
  private readonly client: Meilisearch;
  private readonly batchLimits: MeiliBatchLimits;

  constructor(private readonly options: MeilisearchEngineOptions) {
    if (!/^[A-Za-z0-9_-]*$/.test(options.indexPrefix)) {
      throw new Error(`Meilisearch index prefix may only contain letters, digits, "-" and "_", got ${JSON.stringify(options.indexPrefix)}`);
    }
    if (!Number.isFinite(options.taskTimeoutMs) || options.taskTimeoutMs <= 0) {
      throw new Error(`taskTimeoutMs must be a positive number, got ${options.taskTimeoutMs}`);
    }
    this.indexUid = `${options.indexPrefix}${COMPANY_INDEX.uid}`;
    this.rebuildIndexUid = `${this.indexUid}${MEILI_REBUILD_SUFFIX}`;
    this.batchLimits = options.batchLimits ?? MEILI_BATCH_LIMITS;
    this.client = new Meilisearch({
      host: options.host,
      apiKey: options.apiKey,
      timeout: options.requestTimeoutMs,
      defaultWaitOptions: { timeout: options.taskTimeoutMs },
    });
  }

  async ensureIndex(): Promise<void> {
    await this.createIndexIfMissing(this.indexUid);
    await this.applySettings(this.indexUid);
  }

  async upsert(documents: CompanySearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const candidates = latestVersions(documents);
    const stored = await this.storedVersions(this.indexUid, candidates.map((d) => d.id));
    const fresh = candidates.filter((d) => (stored.get(d.id) ?? -Infinity) <= d.version);
    if (fresh.length < documents.length) {
      this.options.logger?.info(
        { index: this.indexUid, received: documents.length, skipped: documents.length - fresh.length },
        'skipped duplicate or outdated search documents',
      );
    }
    await this.addDocuments(this.indexUid, fresh);
  }

  async delete(refs: DocumentRef[]): Promise<void> {
    if (refs.length === 0) return;
    const candidates = latestVersions(refs);
    const stored = await this.storedVersions(this.indexUid, candidates.map((r) => r.id));
    // Absent ids need no request; a stored newer version means the delete is outdated.
    const ids = candidates.filter((r) => stored.has(r.id) && (stored.get(r.id) ?? 0) <= r.version).map((r) => r.id);
    const index = this.client.index(this.indexUid);
    for (let start = 0; start < ids.length; start += DELETE_CHUNK) {
      const chunk = ids.slice(start, start + DELETE_CHUNK);
      await this.settle(`deleting ${chunk.length} documents from ${this.indexUid}`, index.deleteDocuments(chunk));
    }
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    let params: MeiliPagedSearchParams;
    try {
      params = toMeiliSearchParams(request);
    } catch (error) {
      // Meilisearch cannot express "false"; such a query is answered without a round trip.
      if (error instanceof UnsatisfiableFilterError) return emptySearchResult(request);
      throw error;
    }
    const response = await this.client
      .index<MeiliCompanyHit>(this.indexUid)
      .search<MeiliCompanyHit, MeiliPagedSearchParams>(params.q ?? null, params);
    return fromMeiliResponse(response, request);
  }

  async suggest(request: SuggestRequest): Promise<SearchHit[]> {
    let params: SearchParams;
    try {
      params = toMeiliSuggestParams(request);
    } catch (error) {
      if (error instanceof UnsatisfiableFilterError) return [];
      throw error;
    }
    const response = await this.client.index<MeiliCompanyHit>(this.indexUid).search<MeiliCompanyHit>(request.prefix, params);
    return response.hits.map((hit) => ({ id: String(hit.id), score: null, distanceKm: null }));
  }

  /**
   * Builds `<uid>_next` from the batches, swaps it with the live index in one Meilisearch
   * task, then drops the old generation. Searches hit the live index throughout. Writes sent
   * to the live index while the rebuild runs are lost at the swap, so the caller replays them.
   */
  async replaceAll(batches: AsyncIterable<CompanySearchDocument[]>): Promise<{ documents: number }> {
    const live = this.indexUid;
    const next = this.rebuildIndexUid;
    const logger = this.options.logger;
    // A crashed earlier rebuild may have left its index behind.
    await this.deleteIndexIfPresent(next);
    let documents: number;
    try {
      await this.settle(`creating index ${next}`, this.client.createIndex(next, { primaryKey: COMPANY_INDEX.primaryKey }));
      await this.applySettings(next);
      const versions = new Map<string, number>();
      for await (const batch of batches) {
        // Across batches, too, the newest version of a document wins.
        const fresh = latestVersions(batch).filter((d) => (versions.get(d.id) ?? -Infinity) <= d.version);
        for (const d of fresh) versions.set(d.id, d.version);
        await this.addDocuments(next, fresh);
      }
      documents = (await this.client.index(next).getStats()).numberOfDocuments;
      await this.createIndexIfMissing(live);
      await this.settle(`swapping ${live} with ${next}`, this.client.swapIndexes([{ indexes: [live, next], rename: false }]));
      logger?.info({ index: live, documents }, 'search index rebuilt and swapped in');
    } catch (error) {
      await this.deleteIndexIfPresent(next).catch((cleanupError: unknown) => {
        logger?.warn({ index: next, error: errorMessage(cleanupError) }, 'could not remove the index of a failed rebuild');
      });
      throw error;
    }
    // After the swap, `next` holds the previous generation. The rebuild has succeeded either
    // way; a leftover is removed by the next rebuild.
    await this.deleteIndexIfPresent(next).catch((cleanupError: unknown) => {
      logger?.warn({ index: next, error: errorMessage(cleanupError) }, 'could not remove the previous generation of the index');
    });
    return { documents };
  }

  async health(): Promise<EngineHealth> {
    try {
      await this.client.health();
    } catch (error) {
      return { up: false, detail: `Meilisearch at ${this.options.host} is not reachable: ${errorMessage(error)}` };
    }
    try {
      const stats = await this.client.index(this.indexUid).getStats();
      return { up: true, documents: stats.numberOfDocuments };
    } catch (error) {
      if (isApiError(error, 'index_not_found')) return { up: false, detail: `Meilisearch index ${this.indexUid} does not exist` };
      return { up: false, detail: `Meilisearch index ${this.indexUid} is not readable: ${errorMessage(error)}` };
    }
  }

  async close(): Promise<void> {
    // The client holds no connections or timers (plain fetch per request).
  }

  private async createIndexIfMissing(uid: string): Promise<void> {
    const info = await this.indexInfo(uid);
    const primaryKey = COMPANY_INDEX.primaryKey;
    if (!info) {
      // Another instance may create it concurrently; that outcome is just as good.
      await this.settle(`creating index ${uid}`, this.client.createIndex(uid, { primaryKey }), (task) => task.error?.code === 'index_already_exists');
    } else if (!info.primaryKey) {
      await this.settle(`setting the primary key of ${uid}`, this.client.updateIndex(uid, { primaryKey }));
    } else if (info.primaryKey !== primaryKey) {
      throw new Error(`Meilisearch index ${uid} has primary key "${info.primaryKey}", expected "${primaryKey}"; delete the index to rebuild it`);
    }
  }

  private async applySettings(uid: string): Promise<void> {
    await this.settle(`updating the settings of ${uid}`, this.client.index(uid).updateSettings(buildMeiliSettings()));
  }

  private async addDocuments(uid: string, documents: CompanySearchDocument[]): Promise<void> {
    const index = this.client.index<CompanySearchDocument>(uid);
    for (const batch of batchDocuments(documents, this.batchLimits)) {
      await this.settle(`adding ${batch.length} documents to ${uid}`, index.addDocuments(batch, { primaryKey: COMPANY_INDEX.primaryKey }));
    }
  }

  async getDocuments(ids: string[]): Promise<CompanySearchDocument[]> {
    const out: CompanySearchDocument[] = [];
    const index = this.client.index(this.indexUid);
    for (let start = 0; start < ids.length; start += VERSION_LOOKUP_CHUNK) {
      const chunk = ids.slice(start, start + VERSION_LOOKUP_CHUNK);
      const page = await index.getDocuments<CompanySearchDocument>({ ids: chunk, limit: chunk.length });
      out.push(...page.results);
    }
    return out;
  }

  private async storedVersions(uid: string, ids: string[]): Promise<Map<string, number>> {
    const versions = new Map<string, number>();
    const index = this.client.index(uid);
    for (let start = 0; start < ids.length; start += VERSION_LOOKUP_CHUNK) {
      const chunk = ids.slice(start, start + VERSION_LOOKUP_CHUNK);
      const page = await index.getDocuments<StoredVersion>({ ids: chunk, fields: ['id', 'version'], limit: chunk.length });
      for (const doc of page.results) versions.set(String(doc.id), doc.version);
    }
    return versions;
  }

  private async indexInfo(uid: string): Promise<IndexObject | null> {
    try {
      return await this.client.getRawIndex(uid);
    } catch (error) {
      if (isApiError(error, 'index_not_found')) return null;
      throw error;
    }
  }

  private async deleteIndexIfPresent(uid: string): Promise<void> {
    try {
      await this.settle(`deleting index ${uid}`, this.client.deleteIndex(uid), (task) => task.error?.code === 'index_not_found');
    } catch (error) {
      // Depending on the server version, a missing index is reported when enqueuing or by the task.
      if (!isApiError(error, 'index_not_found')) throw error;
    }
  }

  /**
   * Waits for an enqueued task and insists on status "succeeded" (or an outcome `accept`
   * tolerates); a failed or canceled task becomes an Error carrying Meilisearch's message.
   */
  private async settle(what: string, enqueued: EnqueuedTaskPromise, accept?: (task: Task) => boolean): Promise<Task> {
    let task: Task;
    try {
      task = await enqueued.waitTask({ timeout: this.options.taskTimeoutMs });
    } catch (error) {
      if (error instanceof MeilisearchTaskTimeOutError) {
        throw new Error(
          `Meilisearch task ${error.cause.taskUid} (${what}) did not finish within ${this.options.taskTimeoutMs} ms; it may still complete later`,
          { cause: error },
        );
      }
      throw error;
    }
    if (task.status === 'succeeded' || accept?.(task)) return task;
    const reason = task.error ? `${task.error.message} [${task.error.code}]` : 'no error reported';
    throw new Error(`Meilisearch task ${task.uid} (${what}) ended with status "${task.status}": ${reason}`);
  }
}

function isApiError(error: unknown, code: string): boolean {
  return error instanceof MeilisearchApiError && error.cause?.code === code;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
