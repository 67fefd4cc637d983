import { distanceKm } from '@hc/core';
import { SearchRequest } from '../port/search-request';
import { UnsatisfiableFilterError } from './meili-filter.builder';
import { emptySearchResult, fromMeiliResponse, highlightsOf, MeiliCompanySearchResponse, toMeiliSearchParams } from './meili-request';

const base: SearchRequest = { page: 1, hitsPerPage: 20 };
const stuttgart = { lat: 48.7758, lng: 9.1829 };

function request(overrides: Partial<SearchRequest>): SearchRequest {
  return { ...base, ...overrides };
}

function untypedRequest(overrides: Record<string, unknown>): SearchRequest {
  return { ...base, ...overrides } as unknown as SearchRequest;
}

describe('toMeiliSearchParams', () => {
  it('asks for exact totals, ids, coordinates and ranking scores only', () => {
    expect(toMeiliSearchParams(base)).toEqual({
      page: 1,
      hitsPerPage: 20,
      attributesToRetrieve: ['id', '_geo'],
      showRankingScore: true,
    });
  });

  it('passes trimmed text as q and omits blank text (placeholder search)', () => {
    expect(toMeiliSearchParams(request({ text: '  Werkzeugmaschinen ' })).q).toBe('Werkzeugmaschinen');
    expect(toMeiliSearchParams(request({ text: '新能源汽车' })).q).toBe('新能源汽车');
    expect(toMeiliSearchParams(request({ text: '   ' }))).not.toHaveProperty('q');
  });

  it('passes pagination through', () => {
    expect(toMeiliSearchParams(request({ page: 3, hitsPerPage: 5 }))).toMatchObject({ page: 3, hitsPerPage: 5 });
  });

  it.each([
    { page: 0, hitsPerPage: 10 },
    { page: 1.5, hitsPerPage: 10 },
    { page: NaN, hitsPerPage: 10 },
    { page: 1, hitsPerPage: -1 },
    { page: 1, hitsPerPage: Infinity },
  ])('rejects paging %p', (paging) => {
    expect(() => toMeiliSearchParams(request(paging))).toThrow(RangeError);
  });

  it('requests known facets once each and rejects others', () => {
    expect(toMeiliSearchParams(request({ facets: ['country', 'badges', 'country'] })).facets).toEqual(['country', 'badges']);
    expect(() => toMeiliSearchParams(untypedRequest({ facets: ['name_de'] }))).toThrow(/not a facet/);
  });

  it('translates the filter through the builder', () => {
    const params = toMeiliSearchParams(
      request({
        filter: {
          kind: 'and',
          nodes: [
            { kind: 'in', field: 'country', values: ['DE'] },
            { kind: 'range', field: 'employees', gte: 10 },
          ],
        },
      }),
    );
    expect(params.filter).toBe('(country = "DE" AND employees >= 10)');
  });

  it('omits a filter that constrains nothing and throws for one that matches nothing', () => {
    expect(toMeiliSearchParams(request({ filter: { kind: 'and', nodes: [] } }))).not.toHaveProperty('filter');
    expect(() => toMeiliSearchParams(request({ filter: { kind: 'in', field: 'badges', values: [] } }))).toThrow(UnsatisfiableFilterError);
  });

  it('validates everything else before reporting an unsatisfiable filter', () => {
    expect(() => toMeiliSearchParams(request({ page: 0, filter: { kind: 'in', field: 'badges', values: [] } }))).toThrow(RangeError);
  });

  describe('sort', () => {
    it('sends no sort for relevance', () => {
      expect(toMeiliSearchParams(request({ sort: { by: 'relevance', direction: 'desc' } }))).not.toHaveProperty('sort');
    });

    it('sorts by distance from the origin', () => {
      expect(toMeiliSearchParams(request({ origin: stuttgart, sort: { by: 'distance', direction: 'asc' } })).sort).toEqual([
        '_geoPoint(48.7758, 9.1829):asc',
      ]);
    });

    it('needs a valid origin to sort by distance', () => {
      expect(() => toMeiliSearchParams(request({ sort: { by: 'distance', direction: 'asc' } }))).toThrow(/needs an origin/);
      expect(() =>
        toMeiliSearchParams(request({ origin: { lat: NaN, lng: 9 }, sort: { by: 'distance', direction: 'asc' } })),
      ).toThrow(/finite number/);
      expect(() =>
        toMeiliSearchParams(request({ origin: { lat: 95, lng: 9 }, sort: { by: 'distance', direction: 'asc' } })),
      ).toThrow(/outside the valid range/);
    });

    it('sorts numeric fields in either direction', () => {
      expect(toMeiliSearchParams(request({ sort: { by: 'employees', direction: 'desc' } })).sort).toEqual(['employees:desc']);
      expect(toMeiliSearchParams(request({ sort: { by: 'founded_year', direction: 'asc' } })).sort).toEqual(['founded_year:asc']);
    });

    it('rejects unknown sort keys and directions', () => {
      expect(() => toMeiliSearchParams(untypedRequest({ sort: { by: 'name_de', direction: 'asc' } }))).toThrow(/Cannot sort by name_de/);
      expect(() => toMeiliSearchParams(untypedRequest({ sort: { by: 'employees', direction: 'up' } }))).toThrow(/asc or desc/);
    });
  });
});

describe('fromMeiliResponse', () => {
  const response: MeiliCompanySearchResponse = {
    hits: [
      { id: 'a', _geo: { lat: 48.7406, lng: 9.3108 }, _rankingScore: 0.93, _geoDistance: 10_123 },
      { id: 'b', _geo: null, _rankingScore: 0.41, _geoDistance: 14_500 },
      { id: 'c', _rankingScore: 0.2 },
    ],
    query: 'x',
    processingTimeMs: 4,
    totalHits: 23,
    totalPages: 3,
    page: 2,
    hitsPerPage: 3,
    facetDistribution: {
      country: { CN: 5, DE: 9, AT: 1, FR: 1 },
      badges: { export_ready: 2, hidden_champion: 2, startup: 3 },
      region: { 'Baden-Württemberg': 3 },
    },
  };

  it('maps hits, totals and paging', () => {
    const result = fromMeiliResponse(response, request({ text: 'x', page: 2, hitsPerPage: 3 }));
    expect(result.hits.map((h) => h.id)).toEqual(['a', 'b', 'c']);
    expect(result.hits.map((h) => h.score)).toEqual([0.93, 0.41, 0.2]);
    expect(result).toMatchObject({ totalHits: 23, page: 2, hitsPerPage: 3, processingTimeMs: 4 });
  });

  it('reports no score without text, like the embedded engine', () => {
    expect(fromMeiliResponse(response, base).hits.every((h) => h.score === null)).toBe(true);
  });

  it('computes distances from _geo, falls back to _geoDistance, and reports none without origin', () => {
    const result = fromMeiliResponse(response, request({ origin: stuttgart }));
    const expected = distanceKm({ latitude: stuttgart.lat, longitude: stuttgart.lng }, { latitude: 48.7406, longitude: 9.3108 });
    expect(result.hits[0].distanceKm).toBeCloseTo(expected, 9);
    expect(result.hits[1].distanceKm).toBe(14.5);
    expect(result.hits[2].distanceKm).toBeNull();
    expect(fromMeiliResponse(response, base).hits.every((h) => h.distanceKm === null)).toBe(true);
  });

  it('returns only the requested facets, most frequent first, then by value', () => {
    const result = fromMeiliResponse(response, request({ facets: ['country', 'badges', 'size_band'] }));
    expect(result.facets).toEqual({
      country: [
        { value: 'DE', count: 9 },
        { value: 'CN', count: 5 },
        { value: 'AT', count: 1 },
        { value: 'FR', count: 1 },
      ],
      badges: [
        { value: 'startup', count: 3 },
        { value: 'export_ready', count: 2 },
        { value: 'hidden_champion', count: 2 },
      ],
      size_band: [],
    });
  });

  it('copes with a response without facetDistribution', () => {
    const withoutFacets: MeiliCompanySearchResponse = { ...response, facetDistribution: undefined };
    expect(fromMeiliResponse(withoutFacets, request({ facets: ['city'] })).facets).toEqual({ city: [] });
  });
});

describe('emptySearchResult', () => {
  it('answers with no hits and empty requested facets', () => {
    expect(emptySearchResult(request({ page: 2, hitsPerPage: 10, facets: ['country'] }))).toEqual({
      hits: [],
      totalHits: 0,
      facets: { country: [] },
      page: 2,
      hitsPerPage: 10,
      processingTimeMs: 0,
    });
  });
});

describe('highlights from Meilisearch', () => {
  it('asks for highlights only when the request does, and maps _formatted to escaped snippets', () => {
    expect(toMeiliSearchParams({ text: 'Pumpen', page: 1, hitsPerPage: 10 }).attributesToHighlight).toBeUndefined();
    const params = toMeiliSearchParams({ text: 'Pumpen', highlight: true, page: 1, hitsPerPage: 10 });
    expect(params.attributesToHighlight).toContain('description_de');
    const snippet = highlightsOf({
      id: 'x',
      _formatted: { description_de: `<b> & ${params.highlightPreTag}Pumpen${params.highlightPostTag}` },
    });
    expect(snippet).toEqual([{ field: 'description_de', snippet: '&lt;b&gt; &amp; <mark>Pumpen</mark>' }]);
  });
});
