import { CompanySearchDocument } from '../port/search-document';
import { SearchEngine } from '../port/search-engine.port';
import { FilterNode } from '../port/search-request';
import { RELEVANCE_DOCUMENTS } from './relevance-documents';
import { QUERY_CATEGORIES, QueryCategory, QueryLanguage, RELEVANCE_QUERIES, RelevanceQuery } from './relevance-queries';
import { mean, ndcgAt, recallAt } from './relevance.metrics';

/** Targets for the embedded engine (relevance.spec.ts guards them). Do not lower them to make a run pass. */
export const EMBEDDED_RECALL_FLOOR = 0.95;
export const EMBEDDED_NDCG_FLOOR = 0.85;

/** Cut-off of both metrics, and the page size every query asks for. */
export const RELEVANCE_K = 10;

export const QUERY_LANGUAGES: readonly QueryLanguage[] = ['zh', 'de', 'en'];

export interface EvaluateOptions {
  /** Defaults to RELEVANCE_DOCUMENTS. */
  documents?: readonly CompanySearchDocument[];
  /** Defaults to RELEVANCE_QUERIES. */
  queries?: readonly RelevanceQuery[];
}

export interface MetricSummary {
  queries: number;
  /** Mean recall@10 over the queries; NaN when there are none. */
  recallAt10: number;
  /** Mean nDCG@10 over the queries; NaN when there are none. */
  ndcgAt10: number;
}

export interface JudgedHit {
  id: string;
  /** 0 when the document is not judged for the query. */
  grade: number;
}

export interface QueryOutcome {
  id: string;
  language: QueryLanguage;
  category: QueryCategory;
  query: string;
  filter?: FilterNode;
  recallAt10: number;
  ndcgAt10: number;
  /** What came back, in rank order (at most 10). */
  returned: JudgedHit[];
  totalHits: number;
  /** Set when the search itself failed; the query then scores 0. */
  error?: string;
}

export interface QueryFailure extends QueryOutcome {
  /** Every judged document, best grade first. */
  expected: JudgedHit[];
  /** Judged documents missing from the top 10, best grade first. */
  missing: JudgedHit[];
}

export interface RelevanceReport {
  engine: SearchEngine['kind'];
  /** What the engine reported after replaceAll. */
  indexedDocuments: number;
  overall: MetricSummary;
  byLanguage: Record<QueryLanguage, MetricSummary>;
  /** Only categories that have queries. */
  byCategory: Partial<Record<QueryCategory, MetricSummary>>;
  queries: QueryOutcome[];
  /** Queries with recall@10 < 1, in query order. */
  failing: QueryFailure[];
  durationMs: number;
}

async function* oneBatch(documents: readonly CompanySearchDocument[]): AsyncIterable<CompanySearchDocument[]> {
  yield [...documents];
}

function summarize(outcomes: readonly QueryOutcome[]): MetricSummary {
  return {
    queries: outcomes.length,
    recallAt10: mean(outcomes.map((o) => o.recallAt10)),
    ndcgAt10: mean(outcomes.map((o) => o.ndcgAt10)),
  };
}

function byGrade(judgments: Record<string, number>, ids: readonly string[]): JudgedHit[] {
  return ids.map((id) => ({ id, grade: judgments[id] ?? 0 })).sort((a, b) => b.grade - a.grade || a.id.localeCompare(b.id));
}

async function runQuery(engine: SearchEngine, q: RelevanceQuery): Promise<QueryOutcome> {
  const base = { id: q.id, language: q.language, category: q.category, query: q.query, ...(q.filter ? { filter: q.filter } : {}) };
  try {
    const result = await engine.search({ text: q.query, filter: q.filter, page: 1, hitsPerPage: RELEVANCE_K });
    const ranked = result.hits.map((h) => h.id);
    return {
      ...base,
      recallAt10: recallAt(RELEVANCE_K, ranked, q.judgments),
      ndcgAt10: ndcgAt(RELEVANCE_K, ranked, q.judgments),
      returned: ranked.slice(0, RELEVANCE_K).map((id) => ({ id, grade: q.judgments[id] ?? 0 })),
      totalHits: result.totalHits,
    };
  } catch (error: unknown) {
    return { ...base, recallAt10: 0, ndcgAt10: 0, returned: [], totalHits: 0, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Loads the relevance corpus into the engine (replaceAll, one batch), runs every judged query
 * (page 1, 10 hits, text = query, filter = the query's filter) and scores recall@10 and nDCG@10
 * per query, per language, per category and overall (means over queries).
 * A query whose search throws scores 0 and carries the error; a failing load rejects.
 */
export async function evaluateEngine(engine: SearchEngine, options: EvaluateOptions = {}): Promise<RelevanceReport> {
  const started = performance.now();
  const documents = options.documents ?? RELEVANCE_DOCUMENTS;
  const queries = options.queries ?? RELEVANCE_QUERIES;

  await engine.ensureIndex();
  const { documents: indexedDocuments } = await engine.replaceAll(oneBatch(documents));

  const outcomes: QueryOutcome[] = [];
  for (const q of queries) outcomes.push(await runQuery(engine, q));

  const byLanguage = Object.fromEntries(QUERY_LANGUAGES.map((lang) => [lang, summarize(outcomes.filter((o) => o.language === lang))])) as Record<
    QueryLanguage,
    MetricSummary
  >;
  const byCategory: Partial<Record<QueryCategory, MetricSummary>> = {};
  for (const category of QUERY_CATEGORIES) {
    const inCategory = outcomes.filter((o) => o.category === category);
    if (inCategory.length) byCategory[category] = summarize(inCategory);
  }

  const judgmentsById = new Map(queries.map((q) => [q.id, q.judgments]));
  const failing: QueryFailure[] = outcomes
    .filter((o) => o.recallAt10 < 1)
    .map((o) => {
      const judgments = judgmentsById.get(o.id) ?? {};
      const returned = new Set(o.returned.map((h) => h.id));
      const judged = Object.keys(judgments);
      return { ...o, expected: byGrade(judgments, judged), missing: byGrade(judgments, judged.filter((id) => !returned.has(id))) };
    });

  return {
    engine: engine.kind,
    indexedDocuments,
    overall: summarize(outcomes),
    byLanguage,
    byCategory,
    queries: outcomes,
    failing,
    durationMs: performance.now() - started,
  };
}
