import { isicEntry, isKnownCountry, isKnownRegion } from '@hc/taxonomy';
import { EmbeddedSearchEngine } from '../embedded/embedded-search.engine';
import { RELEVANCE_DOCUMENTS } from './relevance-documents';
import { QUERY_CATEGORIES, RELEVANCE_QUERIES } from './relevance-queries';
import { EMBEDDED_NDCG_FLOOR, EMBEDDED_RECALL_FLOOR, evaluateEngine, QUERY_LANGUAGES, RelevanceReport } from './relevance.evaluator';
import { passesFilter } from './relevance-filter';
import { formatFailures } from './relevance.format';

const documentsById = new Map(RELEVANCE_DOCUMENTS.map((d) => [d.id, d]));

/** Lower-cased, umlauts and ß folded, every run of non-letters collapsed to one space. */
function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** All searchable text of a document (names, descriptions, keywords), folded. */
function searchableText(id: string): string {
  const d = documentsById.get(id);
  if (!d) throw new Error(`unknown document ${id}`);
  const fields = [d.name_zh, d.name_de, d.name_en, d.description_zh, d.description_de, d.description_en, ...d.keywords];
  return foldText(fields.filter((t): t is string => t !== null).join(' | '));
}

describe('relevance set', () => {
  it('has at least 150 documents with unique ids and plausible fields', () => {
    expect(RELEVANCE_DOCUMENTS.length).toBeGreaterThanOrEqual(150);
    expect(documentsById.size).toBe(RELEVANCE_DOCUMENTS.length);
    for (const d of RELEVANCE_DOCUMENTS) {
      expect(d.id).toMatch(/^r-[a-z]{2}-\d{3}$/);
      expect(d.id.slice(2, 4)).toBe(d.country.toLowerCase());
      expect(isKnownCountry(d.country)).toBe(true);
      if (d.region !== null) expect({ id: d.id, region: d.region, known: isKnownRegion(d.region) }).toEqual({ id: d.id, region: d.region, known: true });
      expect(d.name_zh ?? d.name_de ?? d.name_en).toBeTruthy();
      expect(d.description_zh ?? d.description_de ?? d.description_en).toBeTruthy();
      expect(Math.abs(d._geo.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(d._geo.lng)).toBeLessThanOrEqual(180);
      expect(d.sector_codes.length).toBeGreaterThan(0);
      for (const code of d.sector_codes) {
        const entry = isicEntry(code);
        expect({ id: d.id, code, known: entry?.level === 'class' }).toEqual({ id: d.id, code, known: true });
        expect(d.sector_divisions).toContain(entry?.division);
        expect(d.sector_sections).toContain(entry?.section);
      }
    }
  });

  it('has gaps like real data: German-only, Chinese-only and English-only profiles', () => {
    const only = (lang: 'zh' | 'de' | 'en') =>
      RELEVANCE_DOCUMENTS.filter((d) => (['zh', 'de', 'en'] as const).every((l) => (d[`description_${l}`] !== null) === (l === lang))).length;
    expect(only('de')).toBeGreaterThanOrEqual(10);
    expect(only('zh')).toBeGreaterThanOrEqual(10);
    expect(only('en')).toBeGreaterThanOrEqual(5);
    expect(RELEVANCE_DOCUMENTS.filter((d) => d.description_zh && d.description_de && d.description_en).length).toBeGreaterThanOrEqual(15);
  });

  it('has at least 60 queries, 18 per language, several per category, with unique ids', () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(RELEVANCE_QUERIES.map((q) => q.id)).size).toBe(RELEVANCE_QUERIES.length);
    for (const lang of QUERY_LANGUAGES) expect({ lang, enough: RELEVANCE_QUERIES.filter((q) => q.language === lang).length >= 18 }).toEqual({ lang, enough: true });
    for (const category of QUERY_CATEGORIES) {
      expect({ category, several: RELEVANCE_QUERIES.filter((q) => q.category === category).length >= 2 }).toEqual({ category, several: true });
    }
  });

  it.each(RELEVANCE_QUERIES.map((q) => [q.id, q] as const))('%s judges existing documents, has a grade 2 or 3, and every judged document passes its filter', (_id, q) => {
    const judged = Object.entries(q.judgments);
    expect(judged.length).toBeGreaterThan(0);
    for (const [id, grade] of judged) {
      expect({ id, exists: documentsById.has(id) }).toEqual({ id, exists: true });
      expect([1, 2, 3]).toContain(grade);
      const doc = documentsById.get(id);
      if (doc) expect({ id, passesFilter: passesFilter(doc, q.filter) }).toEqual({ id, passesFilter: true });
    }
    expect(judged.some(([, grade]) => grade >= 2)).toBe(true);
  });

  it('judges no document for an exclusion query that contains the excluded word', () => {
    for (const q of RELEVANCE_QUERIES.filter((x) => x.category === 'exclusion')) {
      const excluded = q.query
        .split(/\s+/)
        .filter((w) => w.startsWith('-'))
        .map((w) => foldText(w.slice(1)));
      expect(excluded.length).toBeGreaterThan(0);
      for (const id of Object.keys(q.judgments)) {
        for (const word of excluded) expect({ query: q.id, id, contains: searchableText(id).includes(word) }).toEqual({ query: q.id, id, contains: false });
      }
    }
  });

  it('judges only documents that contain the quoted phrase for a phrase query', () => {
    for (const q of RELEVANCE_QUERIES.filter((x) => x.category === 'phrase')) {
      const phrase = /"([^"]+)"/.exec(q.query)?.[1];
      expect(phrase).toBeDefined();
      const words = foldText(phrase ?? '').split(' ');
      // Chinese has no spaces between words: 新能源 汽车 appears as 新能源汽车.
      const han = /^\p{Script=Han}+$/u.test(words.join(''));
      const needle = han ? words.join('') : words.join(' ');
      for (const id of Object.keys(q.judgments)) {
        expect({ query: q.id, id, contains: searchableText(id).includes(needle) }).toEqual({ query: q.id, id, contains: true });
      }
    }
  });
});

describe('embedded engine relevance (regression guard)', () => {
  let report: RelevanceReport;

  beforeAll(async () => {
    const engine = new EmbeddedSearchEngine();
    try {
      report = await evaluateEngine(engine);
    } finally {
      await engine.close();
    }
  });

  it(`reaches recall@10 >= ${EMBEDDED_RECALL_FLOOR} overall`, () => {
    const r = report.overall.recallAt10;
    expect(r >= EMBEDDED_RECALL_FLOOR ? 'ok' : `recall@10 ${r.toFixed(3)} < ${EMBEDDED_RECALL_FLOOR}\n${formatFailures(report)}`).toBe('ok');
  });

  it(`reaches nDCG@10 >= ${EMBEDDED_NDCG_FLOOR} overall`, () => {
    const n = report.overall.ndcgAt10;
    expect(n >= EMBEDDED_NDCG_FLOOR ? 'ok' : `nDCG@10 ${n.toFixed(3)} < ${EMBEDDED_NDCG_FLOOR}\n${formatFailures(report)}`).toBe('ok');
  });
});
