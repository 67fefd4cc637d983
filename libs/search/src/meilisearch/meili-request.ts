import { distanceKm } from '@hc/core';
import type { SearchParams, SearchResponse } from 'meilisearch';
import { COMPANY_INDEX } from '../port/index-settings';
import { FACET_FIELDS, FacetBucket, FacetField, Highlight, NUMERIC_FIELDS, SearchRequest, SearchResult, SuggestRequest } from '../port/search-request';
import { compileMeiliFilter, formatMeiliNumber, UnsatisfiableFilterError } from './meili-filter.builder';

/** What a hit carries back: the id, plus `_geo` so distances can be computed like the embedded engine does. */
export interface MeiliCompanyHit {
  id: string;
  /** Cropped, highlighted copies of the text fields, when highlights were asked for. */
  _formatted?: Partial<Record<string, unknown>>;
  _geo?: { lat: number; lng: number } | null;
  /** Metres; Meilisearch adds it when sorting by `_geoPoint`. */
  _geoDistance?: number;
}

/** Page-based parameters: they make Meilisearch return an exact `totalHits` (up to maxTotalHits). */
export type MeiliPagedSearchParams = SearchParams & { page: number; hitsPerPage: number };

export type MeiliCompanySearchResponse = SearchResponse<MeiliCompanyHit, MeiliPagedSearchParams>;

/** Documents stay in PostgreSQL; the index only has to say which ones matched and where they are. */
export const MEILI_ATTRIBUTES_TO_RETRIEVE = ['id', '_geo'] as const;

const FACET_FIELD_SET: ReadonlySet<string> = new Set<string>(FACET_FIELDS);
const NUMERIC_FIELD_SET: ReadonlySet<string> = new Set<string>(NUMERIC_FIELDS);

/**
 * Translates a port request into Meilisearch search parameters (including `q`).
 * Throws UnsatisfiableFilterError when the filter can never match; the engine then answers
 * with emptySearchResult() without calling the server. Everything else is validated first.
 */
export function toMeiliSearchParams(request: SearchRequest): MeiliPagedSearchParams {
  const { page, hitsPerPage } = paging(request);
  const params: MeiliPagedSearchParams = {
    page,
    hitsPerPage,
    attributesToRetrieve: [...MEILI_ATTRIBUTES_TO_RETRIEVE],
    showRankingScore: true,
  };
  const text = request.text?.trim();
  if (text) params.q = text;
  if (text && request.highlight) {
    const fields = COMPANY_INDEX.searchable.map((f) => f.field);
    params.attributesToHighlight = fields;
    params.attributesToCrop = fields;
    params.cropLength = 30;
    params.highlightPreTag = MARK_START;
    params.highlightPostTag = MARK_END;
  }
  const facets = requestedFacets(request);
  if (facets.length > 0) params.facets = facets;
  const sort = sortRule(request);
  if (sort) params.sort = [sort];
  if (request.filter !== undefined) {
    const filter = compileMeiliFilter(request.filter);
    if (filter.kind === 'matchNone') throw new UnsatisfiableFilterError();
    if (filter.kind === 'expression') params.filter = filter.expression;
  }
  return params;
}

/** Maps a Meilisearch response onto the port's result shape. */
export function fromMeiliResponse(response: MeiliCompanySearchResponse, request: SearchRequest): SearchResult {
  const hasText = Boolean(request.text?.trim());
  const origin = request.origin;
  return {
    hits: response.hits.map((hit) => ({
      id: String(hit.id),
      // Without text every hit ties; report no score, as the embedded engine does.
      score: hasText && typeof hit._rankingScore === 'number' ? hit._rankingScore : null,
      distanceKm: hitDistanceKm(hit, origin),
      ...(request.highlight && hasText ? { highlights: highlightsOf(hit) } : {}),
    })),
    totalHits: response.totalHits,
    facets: facetBuckets(response, requestedFacets(request)),
    page: response.page,
    hitsPerPage: response.hitsPerPage,
    processingTimeMs: response.processingTimeMs,
  };
}

/** The result for a request whose filter can never match. */
export function emptySearchResult(request: SearchRequest): SearchResult {
  const { page, hitsPerPage } = paging(request);
  const facets: SearchResult['facets'] = {};
  for (const field of requestedFacets(request)) facets[field] = [];
  return { hits: [], totalHits: 0, facets, page, hitsPerPage, processingTimeMs: 0 };
}

function paging(request: SearchRequest): { page: number; hitsPerPage: number } {
  const { page, hitsPerPage } = request;
  if (!Number.isSafeInteger(page) || page < 1) throw new RangeError(`page must be an integer >= 1, got ${String(page)}`);
  if (!Number.isSafeInteger(hitsPerPage) || hitsPerPage < 0) {
    throw new RangeError(`hitsPerPage must be an integer >= 0, got ${String(hitsPerPage)}`);
  }
  return { page, hitsPerPage };
}

function requestedFacets(request: SearchRequest): FacetField[] {
  const facets: unknown[] = request.facets ?? [];
  for (const facet of facets) {
    if (typeof facet !== 'string' || !FACET_FIELD_SET.has(facet)) throw new Error(`Field ${String(facet)} is not a facet`);
  }
  return [...new Set(facets as FacetField[])];
}

function sortRule(request: SearchRequest): string | undefined {
  if (!request.sort) return undefined;
  const { by, direction } = request.sort;
  if (direction !== 'asc' && direction !== 'desc') throw new Error(`Sort direction must be asc or desc, got ${String(direction)}`);
  if (by === 'relevance') return undefined;
  if (by === 'distance') {
    if (!request.origin) throw new Error('distance sort needs an origin');
    const { lat, lng } = validOrigin(request.origin);
    return `_geoPoint(${lat}, ${lng}):${direction}`;
  }
  if (typeof by === 'string' && NUMERIC_FIELD_SET.has(by)) return `${by}:${direction}`;
  throw new Error(`Cannot sort by ${String(by)}`);
}

function validOrigin(origin: { lat: number; lng: number }): { lat: string; lng: string } {
  const lat = formatMeiliNumber(origin.lat, 'origin lat');
  const lng = formatMeiliNumber(origin.lng, 'origin lng');
  if (Math.abs(origin.lat) > 90 || Math.abs(origin.lng) > 180) throw new Error(`origin (${lat}, ${lng}) is outside the valid range`);
  return { lat, lng };
}

// Computed from `_geo` with the shared haversine so both engines report identical distances;
// `_geoDistance` (whole metres) is only a fallback.
function hitDistanceKm(hit: MeiliCompanyHit, origin: SearchRequest['origin']): number | null {
  if (!origin) return null;
  if (hit._geo && Number.isFinite(hit._geo.lat) && Number.isFinite(hit._geo.lng)) {
    return distanceKm({ latitude: origin.lat, longitude: origin.lng }, { latitude: hit._geo.lat, longitude: hit._geo.lng });
  }
  return typeof hit._geoDistance === 'number' ? hit._geoDistance / 1000 : null;
}

function facetBuckets(response: MeiliCompanySearchResponse, fields: FacetField[]): SearchResult['facets'] {
  const facets: SearchResult['facets'] = {};
  for (const field of fields) {
    const distribution = response.facetDistribution?.[field] ?? {};
    facets[field] = Object.entries(distribution)
      .map(([value, count]): FacetBucket => ({ value, count }))
      // Same order as the embedded engine: most frequent first, then by value.
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return facets;
}

// Control characters as tags, so the text can be HTML-escaped before the real <mark> tags go in.
const MARK_START = '\u0002';
const MARK_END = '\u0003';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Fields of `_formatted` that contain a match, in the same shape as the embedded engine's highlights. */
export function highlightsOf(hit: MeiliCompanyHit): Highlight[] {
  const out: Highlight[] = [];
  for (const { field } of COMPANY_INDEX.searchable) {
    const raw = hit._formatted?.[field];
    const text = Array.isArray(raw) ? raw.join(', ') : typeof raw === 'string' ? raw : '';
    if (!text.includes(MARK_START)) continue;
    out.push({ field, snippet: escapeHtml(text).split(MARK_START).join('<mark>').split(MARK_END).join('</mark>') });
  }
  return out;
}

/** Autocomplete: the prefix against the name fields only. */
export function toMeiliSuggestParams(request: SuggestRequest): SearchParams {
  const params: SearchParams = {
    limit: request.limit,
    attributesToRetrieve: ['id'],
    attributesToSearchOn: COMPANY_INDEX.searchable.filter((f) => f.field.startsWith('name_')).map((f) => f.field),
  };
  if (request.filter !== undefined) {
    const filter = compileMeiliFilter(request.filter);
    if (filter.kind === 'matchNone') throw new UnsatisfiableFilterError();
    if (filter.kind === 'expression') params.filter = filter.expression;
  }
  return params;
}
