import { distanceKm } from '@hc/core';
import MiniSearch, { SearchResult as MiniSearchResult } from 'minisearch';
import { COMPANY_INDEX } from '../port/index-settings';
import { CompanySearchDocument } from '../port/search-document';
import { DocumentRef, EngineHealth, SearchEngine } from '../port/search-engine.port';
import { FacetBucket, FacetField, SearchHit, SearchRequest, SearchResult } from '../port/search-request';
import { compileFilter } from './filter-predicate';
import { analyze, isHan } from './text-analysis';

const SEARCHABLE = COMPANY_INDEX.searchable.map((f) => f.field);
const BOOST = Object.fromEntries(COMPANY_INDEX.searchable.map((f) => [f.field, f.boost]));

interface IndexState {
  postings: MiniSearch<CompanySearchDocument>;
  documents: Map<string, CompanySearchDocument>;
  /** Versions of deleted documents, so a late, older upsert cannot resurrect them. */
  deleted: Map<string, number>;
}

interface Candidate {
  doc: CompanySearchDocument;
  score: number;
}

function createState(): IndexState {
  const postings = new MiniSearch<CompanySearchDocument>({
    idField: 'id',
    fields: SEARCHABLE,
    storeFields: [],
    extractField: (doc, field) => {
      const value = (doc as unknown as Record<string, unknown>)[field];
      return Array.isArray(value) ? value.join(' \n ') : value;
    },
    // Text is analysed once here; processTerm must not undo the folding done by analyze().
    tokenize: (text) => analyze(text),
    processTerm: (term) => term,
  });
  return { postings, documents: new Map(), deleted: new Map() };
}

/**
 * The embedded, in-process engine: MiniSearch keeps the postings and scores with BM25;
 * jieba segments Chinese; filters, facets and geo run over the stored documents.
 * Settings (fields, weights) come from COMPANY_INDEX, as for Meilisearch.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly kind = 'embedded' as const;
  private state = createState();

  async ensureIndex(): Promise<void> {
    // Nothing to create: the index lives in memory and is rebuilt from PostgreSQL at boot.
  }

  async upsert(documents: CompanySearchDocument[]): Promise<void> {
    applyUpserts(this.state, documents);
  }

  async delete(refs: DocumentRef[]): Promise<void> {
    const { postings, documents, deleted } = this.state;
    for (const ref of refs) {
      const current = documents.get(ref.id);
      if (current && current.version > ref.version) continue;
      if (current) postings.discard(ref.id);
      documents.delete(ref.id);
      deleted.set(ref.id, Math.max(ref.version, deleted.get(ref.id) ?? 0));
    }
  }

  async replaceAll(batches: AsyncIterable<CompanySearchDocument[]>): Promise<{ documents: number }> {
    const next = createState();
    for await (const batch of batches) applyUpserts(next, batch);
    // One assignment: searches see either the old index or the new one, never a half-built one.
    this.state = next;
    return { documents: next.documents.size };
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const started = performance.now();
    const state = this.state;
    const predicate = compileFilter(request.filter);
    const candidates = request.text?.trim() ? this.textCandidates(state, request.text, predicate) : this.allCandidates(state, predicate);

    const facets: Partial<Record<FacetField, FacetBucket[]>> = {};
    for (const field of request.facets ?? []) facets[field] = countFacet(candidates, field);

    const origin = request.origin;
    const distances = origin
      ? new Map(candidates.map((c) => [c.doc.id, distanceKm({ latitude: origin.lat, longitude: origin.lng }, { latitude: c.doc._geo.lat, longitude: c.doc._geo.lng })]))
      : undefined;
    sortCandidates(candidates, request, distances);

    const topScore = candidates.reduce((max, c) => Math.max(max, c.score), 0);
    const start = (request.page - 1) * request.hitsPerPage;
    const reachable = Math.min(candidates.length, COMPANY_INDEX.maxTotalHits);
    const hits: SearchHit[] = candidates.slice(start, Math.min(start + request.hitsPerPage, reachable)).map((c) => ({
      id: c.doc.id,
      score: request.text?.trim() && topScore > 0 ? c.score / topScore : null,
      distanceKm: distances?.get(c.doc.id) ?? null,
    }));
    return {
      hits,
      totalHits: candidates.length,
      facets,
      page: request.page,
      hitsPerPage: request.hitsPerPage,
      processingTimeMs: performance.now() - started,
    };
  }

  async health(): Promise<EngineHealth> {
    return { up: true, documents: this.state.documents.size };
  }

  async close(): Promise<void> {
    this.state = createState();
  }

  private textCandidates(state: IndexState, text: string, predicate: (d: CompanySearchDocument) => boolean): Candidate[] {
    const run = (combineWith: 'AND' | 'OR') =>
      state.postings.search(text, {
        boost: BOOST,
        combineWith,
        // Prefix search for Latin words of 3+ letters ("Werkzeug" finds "Werkzeugmaschinen");
        // Han words are already segmented, and a prefix of one would add noise.
        prefix: (term) => term.length >= 3 && !isHan(term),
        // One typo from 5 letters, two from 9, as in the Meilisearch settings.
        fuzzy: (term) => (isHan(term) ? false : term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
        maxFuzzy: 2,
        filter: (result) => {
          const doc = state.documents.get(result.id as string);
          return doc !== undefined && predicate(doc);
        },
      });
    // Every word must match; if nothing does, fall back to any word (as Meilisearch's matching strategy does).
    let results: MiniSearchResult[] = run('AND');
    if (results.length === 0) results = run('OR');
    return results.map((r) => ({ doc: state.documents.get(r.id as string) as CompanySearchDocument, score: r.score }));
  }

  private allCandidates(state: IndexState, predicate: (d: CompanySearchDocument) => boolean): Candidate[] {
    const out: Candidate[] = [];
    for (const doc of state.documents.values()) if (predicate(doc)) out.push({ doc, score: 0 });
    return out;
  }
}

function applyUpserts(state: IndexState, documents: CompanySearchDocument[]): void {
  const { postings, documents: docs, deleted } = state;
  for (const doc of documents) {
    const current = docs.get(doc.id);
    if (current && current.version > doc.version) continue;
    if ((deleted.get(doc.id) ?? 0) >= doc.version) continue;
    if (current) postings.discard(doc.id);
    postings.add(doc);
    docs.set(doc.id, doc);
  }
}

function countFacet(candidates: Candidate[], field: FacetField): FacetBucket[] {
  const counts = new Map<string, number>();
  for (const { doc } of candidates) {
    const raw = doc[field];
    if (raw === null) continue;
    const values = Array.isArray(raw) ? new Set(raw) : [raw];
    for (const v of values) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, COMPANY_INDEX.maxValuesPerFacet);
}

function sortCandidates(candidates: Candidate[], request: SearchRequest, distances: Map<string, number> | undefined): void {
  const by = request.sort?.by ?? 'relevance';
  const dir = request.sort?.direction === 'desc' ? -1 : 1;
  const tieBreak = (a: Candidate, b: Candidate) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0);
  if (by === 'relevance') {
    candidates.sort((a, b) => b.score - a.score || tieBreak(a, b));
  } else if (by === 'distance') {
    if (!distances) throw new Error('distance sort needs an origin');
    candidates.sort((a, b) => dir * ((distances.get(a.doc.id) ?? 0) - (distances.get(b.doc.id) ?? 0)) || b.score - a.score || tieBreak(a, b));
  } else {
    // Missing values go last in both directions, as in Meilisearch.
    candidates.sort((a, b) => {
      const x = a.doc[by];
      const y = b.doc[by];
      if (x === null || y === null) return x === y ? tieBreak(a, b) : x === null ? 1 : -1;
      return dir * (x - y) || b.score - a.score || tieBreak(a, b);
    });
  }
}
