import { CompanySearchDocument } from '../port/search-document';
import { SearchEngine } from '../port/search-engine.port';
import { SearchHit, SearchRequest, SearchResult } from '../port/search-request';
import { RELEVANCE_DOCUMENTS } from './relevance-documents';
import { RelevanceQuery } from './relevance-queries';
import { evaluateEngine } from './relevance.evaluator';
import { formatCategoryTable, formatFailures, formatLanguageTable } from './relevance.format';

/** An engine that answers each query text with a fixed ranking and records what it was asked. */
class ScriptedEngine implements SearchEngine {
  readonly kind = 'embedded' as const;
  readonly batches: CompanySearchDocument[][] = [];
  readonly requests: SearchRequest[] = [];
  ensured = 0;

  constructor(private readonly answers: Record<string, string[] | Error>) {}

  async ensureIndex(): Promise<void> {
    this.ensured++;
  }
  async upsert(): Promise<void> {}
  async delete(): Promise<void> {}
  async getDocuments(): Promise<CompanySearchDocument[]> {
    return [];
  }
  async suggest(): Promise<SearchHit[]> {
    return [];
  }
  async replaceAll(batches: AsyncIterable<CompanySearchDocument[]>): Promise<{ documents: number }> {
    for await (const batch of batches) this.batches.push(batch);
    return { documents: this.batches.flat().length };
  }
  async search(request: SearchRequest): Promise<SearchResult> {
    this.requests.push(request);
    const answer = this.answers[request.text ?? ''] ?? [];
    if (answer instanceof Error) throw answer;
    return { hits: answer.map((id) => ({ id, score: null, distanceKm: null })), totalHits: answer.length, facets: {}, page: 1, hitsPerPage: 10, processingTimeMs: 0 };
  }
  async health() {
    return { up: true };
  }
  async close(): Promise<void> {}
}

const documents = RELEVANCE_DOCUMENTS.slice(0, 5);
const queries: RelevanceQuery[] = [
  { id: 'q1', language: 'de', category: 'de-compound', query: 'eins', judgments: { a: 3, b: 1 } },
  { id: 'q2', language: 'de', category: 'typo', query: 'zwei', judgments: { c: 2 }, filter: { kind: 'in', field: 'country', values: ['DE'] } },
  { id: 'q3', language: 'en', category: 'typo', query: 'three', judgments: { d: 3, e: 3 } },
  { id: 'q4', language: 'zh', category: 'phrase', query: '四', judgments: { f: 1 } },
];

describe('evaluateEngine', () => {
  it('loads the documents in one batch and asks page 1 with 10 hits, the query text and its filter', async () => {
    const engine = new ScriptedEngine({});
    const report = await evaluateEngine(engine, { documents, queries });
    expect(engine.ensured).toBe(1);
    expect(engine.batches).toEqual([documents]);
    expect(report.indexedDocuments).toBe(5);
    expect(engine.requests).toEqual([
      { text: 'eins', filter: undefined, page: 1, hitsPerPage: 10 },
      { text: 'zwei', filter: { kind: 'in', field: 'country', values: ['DE'] }, page: 1, hitsPerPage: 10 },
      { text: 'three', filter: undefined, page: 1, hitsPerPage: 10 },
      { text: '四', filter: undefined, page: 1, hitsPerPage: 10 },
    ]);
  });

  it('scores each query and averages per language, per category and overall', async () => {
    const engine = new ScriptedEngine({ eins: ['a', 'b'], zwei: ['x', 'c'], three: ['d'], 四: new Error('engine down') });
    const report = await evaluateEngine(engine, { documents, queries });

    const byId = Object.fromEntries(report.queries.map((q) => [q.id, q]));
    expect(byId.q1).toMatchObject({ recallAt10: 1, ndcgAt10: 1 });
    // c (grade 2) at rank 2: DCG = 3/log2(3), IDCG = 3.
    expect(byId.q2.recallAt10).toBe(1);
    expect(byId.q2.ndcgAt10).toBeCloseTo(1 / Math.log2(3), 10);
    // d found, e missing: recall 1/2; DCG = 7, IDCG = 7 + 7/log2(3).
    expect(byId.q3.recallAt10).toBe(0.5);
    expect(byId.q3.ndcgAt10).toBeCloseTo(7 / (7 + 7 / Math.log2(3)), 10);
    expect(byId.q4).toMatchObject({ recallAt10: 0, ndcgAt10: 0, error: 'engine down' });

    expect(report.byLanguage.de).toMatchObject({ queries: 2, recallAt10: 1 });
    expect(report.byLanguage.de.ndcgAt10).toBeCloseTo((1 + 1 / Math.log2(3)) / 2, 10);
    expect(report.byLanguage.en.recallAt10).toBe(0.5);
    expect(report.byLanguage.zh.recallAt10).toBe(0);
    expect(report.byCategory.typo).toMatchObject({ queries: 2, recallAt10: 0.75 });
    expect(report.byCategory.typo?.ndcgAt10).toBeCloseTo((byId.q2.ndcgAt10 + byId.q3.ndcgAt10) / 2, 10);
    expect(Object.keys(report.byCategory)).toEqual(['phrase', 'de-compound', 'typo']);
    expect(report.overall.queries).toBe(4);
    expect(report.overall.recallAt10).toBe((1 + 1 + 0.5 + 0) / 4);
  });

  it('lists the failing queries with what was expected, what is missing and what came back', async () => {
    const engine = new ScriptedEngine({ eins: ['a', 'b'], zwei: ['c'], three: ['x', 'd'], 四: [] });
    const report = await evaluateEngine(engine, { documents, queries });
    expect(report.failing.map((f) => f.id)).toEqual(['q3', 'q4']);
    expect(report.failing[0]).toMatchObject({
      expected: [
        { id: 'd', grade: 3 },
        { id: 'e', grade: 3 },
      ],
      missing: [{ id: 'e', grade: 3 }],
      returned: [
        { id: 'x', grade: 0 },
        { id: 'd', grade: 3 },
      ],
    });

    const text = formatFailures(report);
    expect(text).toContain('q3 [en/typo] "three"');
    expect(text).toContain('missing:  e(3)');
    expect(text).toContain('returned: x(-) d(3)');
    expect(formatLanguageTable([report])).toMatch(/embedded\s+all\s+4\s+0\.625/);
    expect(formatCategoryTable([report])).toMatch(/embedded\s+typo\s+2\s+0\.750/);
  });

  it('rejects when the documents cannot be loaded', async () => {
    const engine = new ScriptedEngine({});
    engine.replaceAll = async () => {
      throw new Error('index unavailable');
    };
    await expect(evaluateEngine(engine, { documents, queries })).rejects.toThrow('index unavailable');
  });
});
