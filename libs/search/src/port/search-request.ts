/** Fields that accept equality filters and facets. Values are strings or booleans. */
export const TERM_FIELDS = [
  'country',
  'region',
  'city',
  'sector_divisions',
  'sector_sections',
  'badges',
  'opportunity_types',
  'partnership_types',
  'target_countries',
  'size_band',
  'initiative_member',
  'offers',
  'needs',
] as const;
export type TermField = (typeof TERM_FIELDS)[number];

/** Numeric fields that accept range filters and sorting. */
export const NUMERIC_FIELDS = ['employees', 'founded_year'] as const;
export type NumericField = (typeof NUMERIC_FIELDS)[number];

/** Every term field can also be counted. */
export const FACET_FIELDS = TERM_FIELDS;
export type FacetField = (typeof FACET_FIELDS)[number];

export type TermValue = string | boolean;

/** Engine-neutral filter tree. Adapters translate it; user values are never concatenated into query text. */
export type FilterNode =
  | { kind: 'and'; nodes: FilterNode[] }
  | { kind: 'or'; nodes: FilterNode[] }
  | { kind: 'not'; node: FilterNode }
  /** Field equals any of the values (a list field: contains any of them). */
  | { kind: 'in'; field: TermField; values: TermValue[] }
  | { kind: 'range'; field: NumericField; gte?: number; lte?: number }
  | { kind: 'geoRadius'; lat: number; lng: number; radiusKm: number }
  /** Inside a latitude/longitude box; west > east crosses the antimeridian. */
  | { kind: 'geoBox'; north: number; south: number; east: number; west: number };

export type SortKey = 'relevance' | 'distance' | NumericField;

export interface SearchRequest {
  /** Free text in any of the three languages; empty means "everything that passes the filter". */
  text?: string;
  filter?: FilterNode;
  facets?: FacetField[];
  /** Origin for distance sorting and for the distance returned with each hit. */
  origin?: { lat: number; lng: number };
  sort?: { by: SortKey; direction: 'asc' | 'desc' };
  /** Return highlighted excerpts of the matching fields with each hit. */
  highlight?: boolean;
  /** 1-based. */
  page: number;
  hitsPerPage: number;
}

export interface Highlight {
  /** The document field that matched, e.g. `description_de`. */
  field: string;
  /** An excerpt of that field with the matched words wrapped in <mark>…</mark>; the rest is HTML-escaped. */
  snippet: string;
}

export interface SearchHit {
  id: string;
  /** Where the query matched, when the request asked for highlights. */
  highlights?: Highlight[];
  /** Relevance score where the engine exposes one, normalised to 0..1 when it can be. */
  score: number | null;
  distanceKm: number | null;
}

export interface FacetBucket {
  value: string;
  count: number;
}

export interface SearchResult {
  hits: SearchHit[];
  totalHits: number;
  facets: Partial<Record<FacetField, FacetBucket[]>>;
  page: number;
  hitsPerPage: number;
  processingTimeMs: number;
}

export interface SuggestRequest {
  /** What the user has typed so far, in any script. */
  prefix: string;
  limit: number;
  filter?: FilterNode;
}
