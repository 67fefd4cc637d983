import { FieldLanguage } from './search-document';
import { FACET_FIELDS, NUMERIC_FIELDS, TERM_FIELDS } from './search-request';

export interface SearchableField {
  field: 'name_zh' | 'name_de' | 'name_en' | 'description_zh' | 'description_de' | 'description_en' | 'keywords';
  language: FieldLanguage;
  /** Relative weight; earlier and heavier fields rank higher in both engines. */
  boost: number;
}

/**
 * The one source of truth for how the companies index behaves. The embedded engine and the
 * Meilisearch settings are both derived from this object, so the two cannot drift.
 */
export const COMPANY_INDEX = {
  uid: 'companies',
  primaryKey: 'id',
  searchable: [
    { field: 'name_zh', language: 'zh', boost: 4 },
    { field: 'name_de', language: 'de', boost: 4 },
    { field: 'name_en', language: 'en', boost: 4 },
    { field: 'keywords', language: 'mixed', boost: 2 },
    { field: 'description_zh', language: 'zh', boost: 1 },
    { field: 'description_de', language: 'de', boost: 1 },
    { field: 'description_en', language: 'en', boost: 1 },
  ] satisfies SearchableField[],
  filterable: [...TERM_FIELDS, ...NUMERIC_FIELDS, '_geo'] as const,
  facets: FACET_FIELDS,
  sortable: [...NUMERIC_FIELDS, '_geo'] as const,
  /** Upper bound of hits any query can page through (Meilisearch `pagination.maxTotalHits`). */
  maxTotalHits: 10_000,
  /** Buckets returned per facet (Meilisearch `faceting.maxValuesPerFacet`). */
  maxValuesPerFacet: 100,
} as const;
