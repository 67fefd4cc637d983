import { CompanySearchDocument } from '../port/search-document';
import { SearchEngine } from '../port/search-engine.port';
import { FilterNode, SearchRequest, SearchResult } from '../port/search-request';
import { CONTRACT_DOCUMENTS, CONTRACT_IDS, STUTTGART } from './contract-documents';

const ids = CONTRACT_IDS;
// Writes to a real server wait for indexing tasks.
const SETUP_TIMEOUT_MS = 120_000;
const TEST_TIMEOUT_MS = 30_000;

/** Not part of the fixture: written before replaceAll, which must make it disappear. */
const STRAY_DOCUMENT: CompanySearchDocument = {
  ...CONTRACT_DOCUMENTS[0],
  id: 'xx-stray-before-rebuild',
  name_de: 'Verirrte Firma Obsoletia',
  name_en: 'Obsoletia Stray Company',
  name_zh: null,
};

/** An outdated copy of the first fixture company, streamed after the current one. */
const OUTDATED_COPY: CompanySearchDocument = {
  ...CONTRACT_DOCUMENTS[0],
  version: 0,
  name_de: 'Veraltetia Werkzeugbau',
};

async function* inBatches(documents: readonly CompanySearchDocument[], size: number): AsyncIterable<CompanySearchDocument[]> {
  for (let start = 0; start < documents.length; start += size) yield documents.slice(start, start + size);
}

function hitIds(result: SearchResult): string[] {
  return result.hits.map((hit) => hit.id);
}

function sorted(values: readonly string[]): string[] {
  return [...values].sort();
}

/**
 * Registers the engine-neutral contract every SearchEngine adapter must pass. It loads a fixed
 * set of twelve companies and checks text search in three languages, facets, filters, geo,
 * sorting, paging and writes. Expectations are sets of ids (text queries: the expected id
 * within the top 3), never engine-specific scores.
 */
export function describeSearchEngineContract(name: string, makeEngine: () => Promise<SearchEngine>): void {
  describe(`SearchEngine contract: ${name}`, () => {
    let engine: SearchEngine | undefined;

    function current(): SearchEngine {
      if (!engine) throw new Error('The engine was not created; see the beforeAll failure');
      return engine;
    }

    function search(request: Partial<SearchRequest>): Promise<SearchResult> {
      return current().search({ page: 1, hitsPerPage: 50, ...request });
    }

    async function idsMatching(filter: FilterNode): Promise<string[]> {
      const result = await search({ filter });
      expect(result.totalHits).toBe(result.hits.length);
      return sorted(hitIds(result));
    }

    async function expectInTop3(text: string, id: string): Promise<void> {
      const result = await search({ text, hitsPerPage: 3 });
      expect(hitIds(result)).toContain(id);
      for (const hit of result.hits) {
        if (hit.score !== null) {
          expect(hit.score).toBeGreaterThanOrEqual(0);
          expect(hit.score).toBeLessThanOrEqual(1);
        }
      }
    }

    beforeAll(async () => {
      engine = await makeEngine();
      await engine.ensureIndex();
      await engine.upsert([STRAY_DOCUMENT]);
      const loaded = await engine.replaceAll(inBatches([...CONTRACT_DOCUMENTS, OUTDATED_COPY], 5));
      expect(loaded).toEqual({ documents: CONTRACT_DOCUMENTS.length });
    }, SETUP_TIMEOUT_MS);

    afterAll(async () => {
      await engine?.close();
    }, SETUP_TIMEOUT_MS);

    describe('replaceAll', () => {
      it('holds exactly the new documents', async () => {
        const result = await search({ hitsPerPage: 100 });
        expect(result.totalHits).toBe(CONTRACT_DOCUMENTS.length);
        expect(sorted(hitIds(result))).toEqual(sorted(CONTRACT_DOCUMENTS.map((d) => d.id)));
        expect((await search({ text: 'Obsoletia' })).totalHits).toBe(0);
      });

      it('keeps the newest version when a batch stream repeats a document', async () => {
        expect((await search({ text: 'Veraltetia' })).totalHits).toBe(0);
      });

      it('reports itself healthy with the document count', async () => {
        expect(await current().health()).toMatchObject({ up: true, documents: CONTRACT_DOCUMENTS.length });
      });
    });

    describe('text search', () => {
      it('finds a German company by a German word', async () => {
        await expectInTop3('Werkzeugmaschinen', ids.muellerStuttgart);
      });

      it('finds a Chinese company by a Chinese phrase', async () => {
        await expectInTop3('新能源汽车', ids.suzhouNev);
      });

      it('finds a company by its English name', async () => {
        await expectInTop3('Rhine Optics', ids.strasbourgOptics);
        await expectInTop3('Energy Storage', ids.hefeiStorage);
      });

      it('applies the filter to text results', async () => {
        const result = await search({ text: 'Werkzeugmaschinen', filter: { kind: 'in', field: 'country', values: ['CN'] } });
        expect(hitIds(result)).not.toContain(ids.muellerStuttgart);
      });
    });

    describe('facets', () => {
      it('counts countries exactly over all documents', async () => {
        const result = await search({ facets: ['country'], hitsPerPage: 1 });
        expect(result.totalHits).toBe(12);
        const buckets = [...(result.facets.country ?? [])].sort((a, b) => a.value.localeCompare(b.value));
        expect(buckets).toEqual([
          { value: 'AT', count: 1 },
          { value: 'CN', count: 5 },
          { value: 'DE', count: 5 },
          { value: 'FR', count: 1 },
        ]);
        const counts = (result.facets.country ?? []).map((b) => b.count);
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
      });

      it('counts facets within the filtered set only', async () => {
        const result = await search({ facets: ['badges'], filter: { kind: 'in', field: 'country', values: ['CN'] } });
        const counts = Object.fromEntries((result.facets.badges ?? []).map((b) => [b.value, b.count]));
        expect(counts).toEqual({ export_ready: 2, startup: 2, hidden_champion: 1 });
      });
    });

    describe('filters', () => {
      it('matches list fields with in', async () => {
        expect(await idsMatching({ kind: 'in', field: 'badges', values: ['hidden_champion'] })).toEqual(
          sorted([ids.muellerStuttgart, ids.ludwigsburgDrives, ids.shanghaiChemicals, ids.viennaPumps]),
        );
        expect(await idsMatching({ kind: 'in', field: 'badges', values: ['startup', 'hidden_champion'] })).toEqual(
          sorted([
            ids.muellerStuttgart,
            ids.ludwigsburgDrives,
            ids.shanghaiChemicals,
            ids.viennaPumps,
            ids.isarMunich,
            ids.hefeiStorage,
            ids.shenzhenElectronics,
          ]),
        );
      });

      it('matches booleans', async () => {
        expect(await idsMatching({ kind: 'in', field: 'initiative_member', values: [true] })).toEqual(
          sorted([ids.muellerStuttgart, ids.hanseHamburg, ids.suzhouNev, ids.qingdaoMarine]),
        );
      });

      it('combines AND, OR and NOT', async () => {
        const filter: FilterNode = {
          kind: 'and',
          nodes: [
            { kind: 'or', nodes: [{ kind: 'in', field: 'country', values: ['DE'] }, { kind: 'in', field: 'country', values: ['AT'] }] },
            { kind: 'not', node: { kind: 'in', field: 'badges', values: ['hidden_champion'] } },
          ],
        };
        expect(await idsMatching(filter)).toEqual(sorted([ids.neckarEsslingen, ids.isarMunich, ids.hanseHamburg]));
      });

      it('filters numeric ranges inclusively and excludes unknown values', async () => {
        const range: FilterNode = { kind: 'range', field: 'employees', gte: 100, lte: 1000 };
        expect(await idsMatching(range)).toEqual(
          sorted([ids.muellerStuttgart, ids.neckarEsslingen, ids.ludwigsburgDrives, ids.hefeiStorage, ids.qingdaoMarine, ids.viennaPumps]),
        );
        expect(await idsMatching({ kind: 'not', node: range })).toEqual(
          sorted([ids.isarMunich, ids.hanseHamburg, ids.suzhouNev, ids.shanghaiChemicals, ids.shenzhenElectronics, ids.strasbourgOptics]),
        );
        expect(await idsMatching({ kind: 'range', field: 'founded_year', lte: 1950 })).toEqual(sorted([ids.muellerStuttgart, ids.viennaPumps]));
      });

      it('matches nothing for an empty value list, alone or inside AND', async () => {
        const empty: FilterNode = { kind: 'in', field: 'badges', values: [] };
        expect((await search({ filter: empty, facets: ['country'] })).totalHits).toBe(0);
        const result = await search({ filter: { kind: 'and', nodes: [{ kind: 'in', field: 'country', values: ['DE'] }, empty] } });
        expect(result.totalHits).toBe(0);
        expect(result.hits).toEqual([]);
      });

      it.each([
        'DE" OR country = "CN',
        '") OR (country = "CN',
        "DE' OR 1=1 --",
        'DE OR 1=1',
        'DE\\',
        'DE\\" OR country = \\"CN',
        'DE"\nOR country = "CN',
        '新能源" OR country = "CN',
      ])('treats the hostile value %j as a plain value', async (value) => {
        const result = await search({ filter: { kind: 'in', field: 'country', values: [value] } });
        expect(result.totalHits).toBe(0);
        expect(result.hits).toEqual([]);
      });
    });

    describe('highlights, autocomplete and audits', () => {
      it('marks the matched words in the field they matched in', async () => {
        const result = await search({ text: 'Werkzeugmaschinen', highlight: true, hitsPerPage: 3 });
        const hit = result.hits.find((h) => h.id === ids.muellerStuttgart);
        expect(hit?.highlights?.length).toBeGreaterThan(0);
        expect(hit?.highlights?.some((h) => /<mark>[^<]*Werkzeugmaschinen[^<]*<\/mark>/i.test(h.snippet))).toBe(true);
        expect(hit?.highlights?.every((h) => /^(name|description)_(zh|de|en)$|^keywords$/.test(h.field))).toBe(true);
      });

      it('returns no highlights unless asked', async () => {
        const result = await search({ text: 'Werkzeugmaschinen', hitsPerPage: 3 });
        expect(result.hits.every((h) => !h.highlights || h.highlights.length === 0)).toBe(true);
      });

      it('suggests companies by the beginning of a name, in Latin or Chinese script', async () => {
        expect((await current().suggest({ prefix: 'Werkzeugmasch', limit: 5 })).map((h) => h.id)).toContain(ids.muellerStuttgart);
        expect((await current().suggest({ prefix: '苏州', limit: 5 })).map((h) => h.id)).toContain(ids.suzhouNev);
        expect(await current().suggest({ prefix: 'Werkzeugmasch', limit: 5, filter: { kind: 'in', field: 'country', values: ['CN'] } })).toEqual([]);
      });

      it('returns stored documents by id for audits, leaving out unknown ids', async () => {
        const docs = await current().getDocuments([ids.muellerStuttgart, 'no-such-id']);
        expect(docs.map((d) => d.id)).toEqual([ids.muellerStuttgart]);
        expect(docs[0]).toMatchObject({ country: 'DE', city: 'Stuttgart' });
      });
    });

    describe('bounding box', () => {
      it('finds only companies inside a latitude/longitude box', async () => {
        // Roughly Württemberg; Strasbourg (7.75 E) lies just west of it.
        const result = await search({ filter: { kind: 'geoBox', north: 49.8, south: 47.5, east: 10.5, west: 8.0 } });
        expect(sorted(hitIds(result))).toEqual(sorted([ids.muellerStuttgart, ids.neckarEsslingen, ids.ludwigsburgDrives]));
      });
    });

    describe('geo', () => {
      it('finds only companies within the radius, nearest first', async () => {
        const result = await search({
          filter: { kind: 'geoRadius', lat: STUTTGART.lat, lng: STUTTGART.lng, radiusKm: 50 },
          origin: STUTTGART,
          sort: { by: 'distance', direction: 'asc' },
        });
        expect(hitIds(result)).toEqual([ids.muellerStuttgart, ids.neckarEsslingen, ids.ludwigsburgDrives]);
        expect(result.totalHits).toBe(3);
        const distances = result.hits.map((hit) => hit.distanceKm ?? Number.NaN);
        expect(distances).toEqual([...distances].sort((a, b) => a - b));
        for (const d of distances) expect(d).toBeLessThanOrEqual(50);
        expect(distances[1]).toBeCloseTo(10.2, 0);
      });

      it('reports distances whenever an origin is given', async () => {
        const result = await search({ origin: STUTTGART, filter: { kind: 'in', field: 'country', values: ['AT'] } });
        expect(result.hits).toHaveLength(1);
        expect(result.hits[0].distanceKm).toBeGreaterThan(500);
        expect(result.hits[0].distanceKm).toBeLessThan(560);
      });
    });

    describe('sorting and paging', () => {
      it('sorts by a numeric field, unknown values last', async () => {
        const result = await search({
          filter: { kind: 'in', field: 'country', values: ['CN'] },
          sort: { by: 'employees', direction: 'desc' },
        });
        expect(hitIds(result)).toEqual([ids.shanghaiChemicals, ids.suzhouNev, ids.qingdaoMarine, ids.hefeiStorage, ids.shenzhenElectronics]);
      });

      it('pages with exact totals and disjoint pages', async () => {
        const pages = await Promise.all([1, 2, 3].map((page) => search({ page, hitsPerPage: 5 })));
        expect(pages.map((p) => p.totalHits)).toEqual([12, 12, 12]);
        expect(pages.map((p) => p.hits.length)).toEqual([5, 5, 2]);
        expect(pages.map((p) => [p.page, p.hitsPerPage])).toEqual([
          [1, 5],
          [2, 5],
          [3, 5],
        ]);
        const all = pages.flatMap(hitIds);
        expect(new Set(all).size).toBe(12);
        expect(hitIds(pages[1]).some((id) => hitIds(pages[0]).includes(id))).toBe(false);
      });
    });

    // These change the index, so they run last and only touch one company.
    describe('writes', () => {
      const original = CONTRACT_DOCUMENTS.find((d) => d.id === ids.neckarEsslingen) as CompanySearchDocument;
      const changed: CompanySearchDocument = { ...original, version: original.version + 1, name_en: 'Neckar Zephyrion Sensors' };

      it(
        'makes an upserted change visible to the next search',
        async () => {
          expect((await search({ text: 'Zephyrion' })).totalHits).toBe(0);
          await current().upsert([changed]);
          expect(hitIds(await search({ text: 'Zephyrion' }))).toEqual([ids.neckarEsslingen]);
          expect((await search({})).totalHits).toBe(12);
        },
        TEST_TIMEOUT_MS,
      );

      it(
        'ignores an upsert carrying an older version',
        async () => {
          await current().upsert([{ ...original, name_en: 'Neckar Quixotica Sensors' }]);
          expect((await search({ text: 'Quixotica' })).totalHits).toBe(0);
          expect(hitIds(await search({ text: 'Zephyrion' }))).toEqual([ids.neckarEsslingen]);
        },
        TEST_TIMEOUT_MS,
      );

      it(
        'removes a deleted document',
        async () => {
          await current().delete([{ id: changed.id, version: changed.version }]);
          expect((await search({ text: 'Zephyrion' })).totalHits).toBe(0);
          const all = await search({ hitsPerPage: 100 });
          expect(all.totalHits).toBe(11);
          expect(hitIds(all)).not.toContain(ids.neckarEsslingen);
          expect(await current().health()).toMatchObject({ up: true, documents: 11 });
        },
        TEST_TIMEOUT_MS,
      );
    });
  });
}
