import { glossaryTermGroups } from '@hc/taxonomy';
import type { LocalizedAttribute, Settings } from 'meilisearch';
import { COMPANY_INDEX } from '../port/index-settings';
import { FieldLanguage } from '../port/search-document';

/** The parts of an index definition the Meilisearch settings are derived from (COMPANY_INDEX fits). */
export interface MeiliIndexDefinition {
  readonly searchable: readonly { readonly field: string; readonly language: FieldLanguage }[];
  readonly filterable: readonly string[];
  readonly sortable: readonly string[];
  readonly maxTotalHits: number;
  readonly maxValuesPerFacet: number;
}

/**
 * ISO 639-3 codes Meilisearch's tokenizer understands. `cmn` selects the Chinese (jieba)
 * segmentation; `mixed` fields get no rule, so Meilisearch detects their language per value.
 */
export const MEILI_LOCALES: Readonly<Record<Exclude<FieldLanguage, 'mixed'>, string>> = {
  zh: 'cmn',
  de: 'deu',
  en: 'eng',
};

/**
 * The documented default order since Meilisearch v1.36, which split `attribute` into
 * `attributeRank` (earlier searchable attribute wins) and `wordPosition`. Spelled out so an
 * engine upgrade cannot silently change ranking.
 */
export const MEILI_RANKING_RULES = ['words', 'typo', 'proximity', 'attributeRank', 'sort', 'wordPosition', 'exactness'] as const;

/** Same thresholds the embedded engine uses for fuzzy matching. */
export const MEILI_MIN_WORD_SIZE_FOR_TYPOS = { oneTypo: 5, twoTypos: 9 } as const;

/** Index settings for Meilisearch, derived from the shared index definition. */
export function buildMeiliSettings(
  index: MeiliIndexDefinition = COMPANY_INDEX,
  synonymGroups: readonly (readonly string[])[] = glossaryTermGroups(),
): Settings {
  return {
    // The same glossary the embedded engine expands queries with: every term finds the others.
    synonyms: buildMeiliSynonyms(synonymGroups),
    // Order matters: attributeRank prefers matches in earlier attributes, so names beat descriptions.
    searchableAttributes: index.searchable.map((f) => f.field),
    filterableAttributes: [...index.filterable],
    sortableAttributes: [...index.sortable],
    localizedAttributes: localizedAttributes(index),
    rankingRules: [...MEILI_RANKING_RULES],
    typoTolerance: { enabled: true, minWordSizeForTypos: { ...MEILI_MIN_WORD_SIZE_FOR_TYPOS } },
    faceting: {
      maxValuesPerFacet: index.maxValuesPerFacet,
      // Keep the most frequent values when a facet has more than maxValuesPerFacet (default is alphabetical).
      sortFacetValuesBy: { '*': 'count' },
    },
    pagination: { maxTotalHits: index.maxTotalHits },
  };
}

function localizedAttributes(index: MeiliIndexDefinition): LocalizedAttribute[] {
  const rules: LocalizedAttribute[] = [];
  for (const language of Object.keys(MEILI_LOCALES) as (keyof typeof MEILI_LOCALES)[]) {
    const fields = index.searchable.filter((f) => f.language === language).map((f) => f.field);
    if (fields.length > 0) rules.push({ attributePatterns: fields, locales: [MEILI_LOCALES[language]] });
  }
  return rules;
}

/** Meilisearch synonyms are one-way lists; a glossary group becomes every term -> all other terms. */
export function buildMeiliSynonyms(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) {
    const terms = [...new Set(group.map((t) => t.toLowerCase()))];
    for (const term of terms) {
      const others = terms.filter((t) => t !== term);
      if (others.length) synonyms[term] = [...new Set([...(synonyms[term] ?? []), ...others])];
    }
  }
  return synonyms;
}
