import { glossaryTermGroups } from '@hc/taxonomy';
import { COMPANY_INDEX } from '../port/index-settings';
import { CompanySearchDocument } from '../port/search-document';
import { DocumentRef, EngineHealth, SearchEngine } from '../port/search-engine.port';
import { FacetBucket, FacetField, SearchHit, SearchRequest, SearchResult, SuggestRequest } from '../port/search-request';
import { ColumnarIndex, NAME_FIELDS_MASK, Postings } from './columnar-index';
import { compileColumnFilter, SlotPredicate, slotDistanceKm } from './column-filter';
import { highlightDocument } from './highlighter';
import { Clause, ParsedQuery, parseQuery, SynonymIndex, buildSynonymIndex } from './query-parser';
import { addCompoundParts, foldLatin, isHan, simplify } from './text-analysis';

export interface EmbeddedEngineOptions {
  /** Groups of equivalent terms (zh/de/en); defaults to the taxonomy glossary. */
  synonyms?: readonly (readonly string[])[];
  /** Score multiplier for hidden champions: 1 + boost. Small on purpose: it reorders near-ties only. */
  hiddenChampionBoost?: number;
}

/** How much a looser match counts compared with the word as typed. */
const PREFIX_FACTOR = 0.7;
const TYPO_FACTOR = [1, 0.55, 0.35];
const MAX_EXPANSIONS = 64;
/** A whole-query match in a name counts this much more than the same words in a description. */
const NAME_MATCH_FACTOR = 2.5;

interface Expansion {
  postings: Postings;
  factor: number;
  term: string;
}

interface Scored {
  slots: Int32Array;
  scores: Float32Array;
}

/**
 * The embedded, in-process engine. Text: our analyser (jieba for Chinese, folding, stemming and
 * decompounding for German/English) over postings kept per term, with MiniSearch's radix tree as
 * the term dictionary for exact, prefix and typo lookups; BM25F weights are precomputed per posting.
 * Filters, facets, geo and sorting run over typed-array columns. Settings come from COMPANY_INDEX.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly kind = 'embedded' as const;
  private index = new ColumnarIndex();
  private readonly synonyms: SynonymIndex;
  private readonly championBoost: number;
  // Scratch space reused across queries (the engine runs on one thread).
  private scratch = { clauseMask: new Uint32Array(0), total: new Float32Array(0), nameMask: new Uint32Array(0), best: new Float32Array(0), count: new Uint8Array(0), acc: new Float32Array(0), name: new Uint8Array(0), nameCount: new Uint8Array(0), touched: new Int32Array(0), altTouched: new Int32Array(0), hits: new Int32Array(0), outSlots: new Int32Array(0), outScores: new Float32Array(0) };

  constructor(options: EmbeddedEngineOptions = {}) {
    const groups = options.synonyms ?? glossaryTermGroups();
    addCompoundParts(groups.flat().filter((t) => /^[\p{L}\s-]+$/u.test(t)).flatMap((t) => t.split(/[\s-]+/)));
    this.synonyms = buildSynonymIndex(groups);
    this.championBoost = options.hiddenChampionBoost ?? 0.1;
  }

  async ensureIndex(): Promise<void> {
    // Nothing to create: the index lives in memory and is rebuilt from PostgreSQL at boot.
  }

  async upsert(documents: CompanySearchDocument[]): Promise<void> {
    for (const doc of documents) this.index.upsert(doc);
    this.compactIfNeeded();
  }

  async delete(refs: DocumentRef[]): Promise<void> {
    for (const ref of refs) this.index.delete(ref.id, ref.version);
    this.compactIfNeeded();
  }

  async replaceAll(batches: AsyncIterable<CompanySearchDocument[]>): Promise<{ documents: number }> {
    const next = new ColumnarIndex();
    next.beginBulk();
    for await (const batch of batches) for (const doc of batch) next.upsert(doc);
    next.endBulk();
    // One assignment: searches see either the old index or the new one, never a half-built one.
    this.index = next;
    return { documents: next.liveCount };
  }

  async health(): Promise<EngineHealth> {
    return { up: true, documents: this.index.liveCount };
  }

  async close(): Promise<void> {
    this.index = new ColumnarIndex();
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const started = performance.now();
    const index = this.index;
    const predicate = compileColumnFilter(request.filter, index);
    const text = request.text?.trim() ?? '';
    const parsed = text ? parseQuery(text, this.synonyms) : undefined;
    const matched = parsed && parsed.clauses.length ? this.match(index, parsed, predicate, false) : this.everything(index, predicate, parsed);

    const facets: Partial<Record<FacetField, FacetBucket[]>> = {};
    for (const field of request.facets ?? []) facets[field] = countFacet(index, matched.slots, field);

    const origin = request.origin;
    const distance = origin ? (slot: number) => slotDistanceKm(index, slot, origin.lat, origin.lng) : undefined;
    const order = rank(index, matched, request, distance);
    const start = (request.page - 1) * request.hitsPerPage;
    const end = Math.min(start + request.hitsPerPage, order.length, COMPANY_INDEX.maxTotalHits);
    let topScore = 0;
    for (let i = 0; i < matched.scores.length; i++) if (matched.scores[i] > topScore) topScore = matched.scores[i];
    const hits: SearchHit[] = [];
    for (let k = start; k < end; k++) {
      const i = order[k];
      const slot = matched.slots[i];
      hits.push({
        id: index.ids[slot],
        score: parsed && topScore > 0 ? matched.scores[i] / topScore : null,
        distanceKm: distance ? distance(slot) : null,
        ...(request.highlight && parsed ? { highlights: highlightDocument(index.documents[slot], parsed.highlightTerms) } : {}),
      });
    }
    return { hits, totalHits: matched.slots.length, facets, page: request.page, hitsPerPage: request.hitsPerPage, processingTimeMs: performance.now() - started };
  }

  async getDocuments(ids: string[]): Promise<CompanySearchDocument[]> {
    const index = this.index;
    return ids.flatMap((id) => {
      const slot = index.slotOf.get(id);
      return slot !== undefined && index.alive.data[slot] ? [index.documents[slot]] : [];
    });
  }

  async suggest(request: SuggestRequest): Promise<SearchHit[]> {
    const index = this.index;
    const parsed = parseQuery(request.prefix, this.synonyms);
    if (!parsed.clauses.length) return [];
    const matched = this.match(index, parsed, compileColumnFilter(request.filter, index), true);
    const order = rank(index, matched, { page: 1, hitsPerPage: request.limit }, undefined).slice(0, request.limit);
    return order.map((i) => ({ id: index.ids[matched.slots[i]], score: null, distanceKm: null }));
  }

  /** Documents matching all clauses (or, if none does, the longest leading run of clauses), minus exclusions. */
  private match(index: ColumnarIndex, query: ParsedQuery, predicate: SlotPredicate, namesOnly: boolean): Scored {
    const n = index.slotCount;
    const s = this.scratchFor(n);
    // Typed scratch buffers instead of growing arrays: a query at 100k documents touches tens of
    // thousands of slots, and garbage is what hurts latency on one core.
    const touched = s.touched;
    let touchedCount = 0;
    const clauses = query.clauses.slice(0, 32);
    clauses.forEach((clause, ci) => {
      const hits = this.evaluateClause(index, clause, s, namesOnly, query.highlightTerms);
      for (let h = 0; h < hits; h++) {
        const slot = s.hits[h];
        if (s.clauseMask[slot] === 0) touched[touchedCount++] = slot;
        s.clauseMask[slot] |= 1 << ci;
        s.total[slot] += s.best[slot];
        if (s.name[slot]) s.nameMask[slot] |= 1 << ci;
        s.best[slot] = 0;
        s.name[slot] = 0;
      }
    });
    const excluded = this.excludedSlots(index, query.excluded);
    const phraseOk = phraseChecker(index, query.phrases);
    const championBit = this.championBoost ? index.multi.badges.bitOf.get('hidden_champion') : undefined;
    let result: Scored = { slots: new Int32Array(0), scores: new Float32Array(0) };
    // Short queries: every word must match; if no document has them all, drop words from the end
    // (Meilisearch's "last" strategy). Longer queries (3+ words) also return documents that match
    // some of the words, ranked below those that match more: coordination before BM25.
    const all = clauses.length === 32 ? 0xffffffff : (1 << clauses.length) - 1;
    const partial = query.wordCount >= 3 && clauses.length >= 2;
    for (let required = clauses.length; required >= 1; required--) {
      const mask = (required === 32 ? 0xffffffff : (1 << required) - 1) >>> 0;
      let count = 0;
      for (let t = 0; t < touchedCount; t++) {
        const slot = touched[t];
        const matchedMask = s.clauseMask[slot] >>> 0;
        if (!partial && (matchedMask & mask) >>> 0 !== mask) continue;
        if (!index.alive.data[slot] || (excluded.size && excluded.has(slot)) || !predicate(slot) || !phraseOk(slot)) continue;
        let score = s.total[slot];
        if (partial) score = popcount(matchedMask) * COORDINATION_STEP + Math.min(score, COORDINATION_STEP - 1);
        if ((s.nameMask[slot] & all) >>> 0 === matchedMask && (partial || matchedMask === mask)) score *= NAME_MATCH_FACTOR;
        if (championBit !== undefined && index.multi.badges.has(slot, championBit)) score *= 1 + this.championBoost;
        s.outSlots[count] = slot;
        s.outScores[count] = score;
        count += 1;
      }
      if (count || required === 1 || partial) {
        result = { slots: s.outSlots.slice(0, count), scores: s.outScores.slice(0, count) };
        break;
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const slot = touched[t];
      s.clauseMask[slot] = 0;
      s.total[slot] = 0;
      s.nameMask[slot] = 0;
    }
    return result;
  }

  /** Scores one clause into scratch.best (max over alternatives); writes the matched slots to scratch.hits and returns their count. */
  private evaluateClause(index: ColumnarIndex, clause: Clause, s: EmbeddedSearchEngine['scratch'], namesOnly: boolean, highlight: Set<string>): number {
    let hitCount = 0;
    const live = Math.max(1, index.liveCount);
    clause.alternatives.forEach((terms, ai) => {
      const typed = ai === 0;
      const expansions = terms.map((term, ti) => this.expand(index, term, typed && clause.prefix && ti === terms.length - 1, typed && clause.fuzzy, highlight));
      if (typed && clause.hanInfix) for (const e of this.hanContaining(index, terms[0], highlight)) expansions[0].push(e);
      const altFactor = clause.factors[ai] ?? 1;
      if (expansions.some((e) => e.length === 0)) return;
      const touched = s.altTouched;
      let touchedCount = 0;
      expansions.forEach((list, t) => {
        for (const { postings, factor } of list) {
          const df = postings.slots.length;
          const weight = Math.log(1 + (live - df + 0.5) / (df + 0.5)) * factor * altFactor;
          const slots = postings.slots.data;
          const weights = postings.weights.data;
          const fields = postings.fields.data;
          for (let k = 0; k < df; k++) {
            const slot = slots[k];
            if (s.count[slot] !== t) continue;
            if (namesOnly && (fields[k] & NAME_FIELDS_MASK) === 0) continue;
            s.count[slot] = t + 1;
            s.acc[slot] += weight * weights[k];
            if (t === 0) touched[touchedCount++] = slot;
            if (fields[k] & NAME_FIELDS_MASK) s.nameCount[slot] += 1;
          }
        }
      });
      const norm = 1 / Math.sqrt(terms.length);
      for (let i = 0; i < touchedCount; i++) {
        const slot = touched[i];
        if (s.count[slot] === terms.length) {
          const score = s.acc[slot] * norm;
          if (s.best[slot] === 0) s.hits[hitCount++] = slot;
          if (score > s.best[slot]) s.best[slot] = score;
          // The clause counts as a name match when every word of one alternative is in a name.
          if (s.nameCount[slot] === terms.length) s.name[slot] = 1;
        }
        s.count[slot] = 0;
        s.acc[slot] = 0;
        s.nameCount[slot] = 0;
      }
    });
    return hitCount;
  }

  /** The postings a query term may match: itself, then (for the word as typed) prefixes and typos. */
  private expand(index: ColumnarIndex, term: string, prefix: boolean, fuzzy: boolean, highlight?: Set<string>): Expansion[] {
    const out: Expansion[] = [];
    const seen = new Set<string>();
    const add = (t: string, id: number, factor: number) => {
      if (seen.has(t) || out.length >= MAX_EXPANSIONS) return;
      seen.add(t);
      out.push({ postings: index.postings[id], factor, term: t });
    };
    const exact = index.termIds.get(term);
    if (exact !== undefined) add(term, exact, 1);
    const collect = out.length;
    if (prefix && term.length >= 2) {
      for (const [t, id] of index.dictionary.atPrefix(term)) add(t, id, PREFIX_FACTOR);
    }
    // Typos only where the word as typed is rare or unknown: a common word is not a misspelling.
    const common = exact !== undefined && index.postings[exact].slots.length >= 3;
    if (fuzzy && !common && term.length >= 5) {
      const maxEdits = term.length >= 9 ? 2 : 1;
      for (const [t, [id, distance]] of index.dictionary.fuzzyGet(term, maxEdits)) add(t, id, TYPO_FACTOR[distance]);
      // Swapped neighbours count as one typo, as in Meilisearch.
      for (let i = 0; i < term.length - 1; i++) {
        const swapped = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
        const id = index.termIds.get(swapped);
        if (id !== undefined) add(swapped, id, TYPO_FACTOR[1]);
      }
    }
    for (const e of out.slice(collect)) highlight?.add(e.term);
    return out;
  }

  /** Indexed Han words that contain a single character (泵 -> 水泵, 真空泵), for one-character queries. */
  private hanContaining(index: ColumnarIndex, char: string, highlight?: Set<string>): Expansion[] {
    const out: Expansion[] = [];
    for (const [term, id] of index.termIds) {
      if (term.length < 2 || !term.includes(char) || !isHan(term)) continue;
      out.push({ postings: index.postings[id], factor: PREFIX_FACTOR, term });
      highlight?.add(term);
      if (out.length >= MAX_EXPANSIONS) break;
    }
    return out;
  }

  private excludedSlots(index: ColumnarIndex, excluded: string[][]): Set<number> {
    const out = new Set<number>();
    for (const terms of excluded) {
      const lists = terms.map((t) => index.termIds.get(t));
      if (lists.some((id) => id === undefined)) continue;
      const sets = lists.map((id) => new Set(index.postings[id as number].slots.data.subarray(0, index.postings[id as number].slots.length)));
      for (const slot of sets[0]) if (sets.every((set) => set.has(slot))) out.add(slot);
    }
    return out;
  }

  private everything(index: ColumnarIndex, predicate: SlotPredicate, parsed: ParsedQuery | undefined): Scored {
    const excluded = parsed ? this.excludedSlots(index, parsed.excluded) : new Set<number>();
    const s = this.scratchFor(index.slotCount);
    const alive = index.alive.data;
    let count = 0;
    for (let slot = 0; slot < index.slotCount; slot++) {
      if (alive[slot] && !(excluded.size && excluded.has(slot)) && predicate(slot)) s.outSlots[count++] = slot;
    }
    return { slots: s.outSlots.slice(0, count), scores: new Float32Array(count) };
  }

  private scratchFor(n: number) {
    if (this.scratch.clauseMask.length < n) {
      const size = Math.max(n, this.scratch.clauseMask.length * 2, 1024);
      this.scratch = {
        clauseMask: new Uint32Array(size),
        total: new Float32Array(size),
        nameMask: new Uint32Array(size),
        best: new Float32Array(size),
        count: new Uint8Array(size),
        acc: new Float32Array(size),
        name: new Uint8Array(size),
        nameCount: new Uint8Array(size),
        touched: new Int32Array(size),
        altTouched: new Int32Array(size),
        hits: new Int32Array(size),
        outSlots: new Int32Array(size),
        outScores: new Float32Array(size),
      };
    }
    return this.scratch;
  }

  private compactIfNeeded(): void {
    if (!this.index.needsCompaction()) return;
    const next = new ColumnarIndex();
    const old = this.index;
    next.beginBulk();
    for (let slot = 0; slot < old.slotCount; slot++) if (old.alive.data[slot]) next.upsert(old.documents[slot]);
    next.endBulk();
    for (const [id, version] of old.deletedVersions) next.deletedVersions.set(id, version);
    this.index = next;
  }
}

/** Scores stay far below this, so the number of matched words always ranks first for long queries. */
const COORDINATION_STEP = 1e6;

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n += 1;
  return n;
}

/** Phrases must appear as written (after folding / simplification) in one field. */
function phraseChecker(index: ColumnarIndex, phrases: string[][]): (slot: number) => boolean {
  if (!phrases.length) return () => true;
  return (slot) => {
    const doc = index.documents[slot];
    const texts = COMPANY_INDEX.searchable.map((f) => {
      const raw = doc[f.field];
      return foldLatin(simplify(Array.isArray(raw) ? raw.join('\n') : (raw ?? '')));
    });
    return phrases.every((terms) => texts.some((text) => phraseIn(text, terms)));
  };
}

function phraseIn(text: string, terms: string[]): boolean {
  // Terms are stems or Han words; allow word endings and no spaces between Han words.
  const pattern = terms.map((t) => (/^[\u3400-\u9fff]+$/u.test(t) ? escape(t) : `${escape(t)}[\\p{L}\\p{N}]*`)).join('[\\s\\-,]*');
  return new RegExp(pattern, 'u').test(text);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function countFacet(index: ColumnarIndex, slots: Int32Array, field: FacetField): FacetBucket[] {
  let buckets: FacetBucket[];
  if (field in index.single) {
    const column = index.single[field as keyof ColumnarIndex['single']];
    const counts = new Uint32Array(column.values.length);
    const codes = column.codes.data;
    for (let i = 0; i < slots.length; i++) counts[codes[slots[i]]] += 1;
    buckets = [];
    for (let code = 1; code < counts.length; code++) if (counts[code]) buckets.push({ value: column.values[code], count: counts[code] });
  } else if (field in index.lists) {
    const column = index.lists[field as keyof ColumnarIndex['lists']];
    const counts = new Uint32Array(column.values.length);
    for (let i = 0; i < slots.length; i++) for (const code of column.lists[slots[i]]) counts[code] += 1;
    buckets = [];
    for (let code = 0; code < counts.length; code++) if (counts[code]) buckets.push({ value: column.values[code], count: counts[code] });
  } else {
    const column = index.multi[field as keyof ColumnarIndex['multi']];
    const counts = new Uint32Array(column.values.length);
    const words = column.words;
    const masks = column.masks.data;
    for (let i = 0; i < slots.length; i++) {
      const base = slots[i] * words;
      for (let w = 0; w < words; w++) {
        let m = masks[base + w];
        while (m) {
          const bit = 31 - Math.clz32(m);
          counts[w * 32 + bit] += 1;
          m &= ~(1 << bit);
        }
      }
    }
    buckets = [];
    for (let bit = 0; bit < counts.length; bit++) if (counts[bit]) buckets.push({ value: column.values[bit], count: counts[bit] });
  }
  return buckets.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)).slice(0, COMPANY_INDEX.maxValuesPerFacet);
}

/** Indices into `matched`, in result order. Only as many as the pages need are fully sorted. */
function rank(index: ColumnarIndex, matched: Scored, request: Pick<SearchRequest, 'sort' | 'page' | 'hitsPerPage'>, distance: ((slot: number) => number) | undefined): number[] {
  const n = matched.slots.length;
  const need = Math.min(n, request.page * request.hitsPerPage);
  const by = request.sort?.by ?? 'relevance';
  const dir = request.sort?.direction === 'desc' ? -1 : 1;
  let key: (i: number) => number;
  if (by === 'relevance') key = (i) => -matched.scores[i];
  else if (by === 'distance') {
    if (!distance) throw new Error('distance sort needs an origin');
    const d = new Float64Array(n);
    for (let i = 0; i < n; i++) d[i] = distance(matched.slots[i]);
    key = (i) => dir * d[i];
  } else {
    const column = index.numbers[by].data;
    // Missing values go last in both directions, as in Meilisearch.
    key = (i) => {
      const v = column[matched.slots[i]];
      return Number.isNaN(v) ? Infinity : dir * v;
    };
  }
  const ids = index.ids;
  const compare = (a: number, b: number) => key(a) - key(b) || matched.scores[b] - matched.scores[a] || (ids[matched.slots[a]] < ids[matched.slots[b]] ? -1 : 1);
  return topK(n, need, compare);
}

/** The first k of n items under `compare`, sorted: a bounded max-heap, O(n log k). */
function topK(n: number, k: number, compare: (a: number, b: number) => number): number[] {
  if (k <= 0) return [];
  if (k >= n / 4) return Array.from({ length: n }, (_, i) => i).sort(compare).slice(0, k);
  const heap: number[] = [];
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (compare(heap[i], heap[p]) <= 0) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && compare(heap[l], heap[m]) > 0) m = l;
      if (r < heap.length && compare(heap[r], heap[m]) > 0) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  for (let i = 0; i < n; i++) {
    if (heap.length < k) {
      heap.push(i);
      up(heap.length - 1);
    } else if (compare(i, heap[0]) < 0) {
      heap[0] = i;
      down(0);
    }
  }
  return heap.sort(compare);
}
