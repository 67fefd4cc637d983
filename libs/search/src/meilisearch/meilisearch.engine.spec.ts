import { MeilisearchEngine, MeilisearchEngineOptions } from './meilisearch.engine';

// Nothing listens here, so every request fails fast; no server (real or fake) is involved.
const unreachable: MeilisearchEngineOptions = {
  host: 'http://127.0.0.1:9',
  indexPrefix: 'unit_',
  taskTimeoutMs: 1_000,
  requestTimeoutMs: 2_000,
};

describe('MeilisearchEngine (without a server)', () => {
  it('derives the index uids from the prefix', () => {
    const engine = new MeilisearchEngine(unreachable);
    expect(engine.kind).toBe('meilisearch');
    expect(engine.indexUid).toBe('unit_companies');
    expect(engine.rebuildIndexUid).toBe('unit_companies_next');
  });

  it('rejects an index prefix Meilisearch would not accept and a non-positive task timeout', () => {
    expect(() => new MeilisearchEngine({ ...unreachable, indexPrefix: 'bad prefix' })).toThrow(/index prefix/);
    expect(() => new MeilisearchEngine({ ...unreachable, taskTimeoutMs: 0 })).toThrow(/taskTimeoutMs/);
  });

  it('reports an unreachable server as down instead of throwing', async () => {
    const health = await new MeilisearchEngine(unreachable).health();
    expect(health.up).toBe(false);
    expect(health.detail).toMatch(/not reachable/);
  });

  it('answers a filter that can never match without contacting the server', async () => {
    const result = await new MeilisearchEngine(unreachable).search({
      page: 1,
      hitsPerPage: 10,
      facets: ['country'],
      filter: { kind: 'and', nodes: [{ kind: 'in', field: 'country', values: ['DE'] }, { kind: 'in', field: 'badges', values: [] }] },
    });
    expect(result).toEqual({ hits: [], totalHits: 0, facets: { country: [] }, page: 1, hitsPerPage: 10, processingTimeMs: 0 });
  });

  it('still validates such a request', async () => {
    await expect(
      new MeilisearchEngine(unreachable).search({ page: 0, hitsPerPage: 10, filter: { kind: 'in', field: 'badges', values: [] } }),
    ).rejects.toThrow(RangeError);
  });

  it('treats empty writes as no-ops', async () => {
    const engine = new MeilisearchEngine(unreachable);
    await expect(engine.upsert([])).resolves.toBeUndefined();
    await expect(engine.delete([])).resolves.toBeUndefined();
    await expect(engine.close()).resolves.toBeUndefined();
  });

  it('surfaces transport errors from search', async () => {
    await expect(new MeilisearchEngine(unreachable).search({ page: 1, hitsPerPage: 10, text: 'x' })).rejects.toThrow(/has failed/);
  });
});
