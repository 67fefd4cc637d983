import { COMPANY_INDEX } from '../port/index-settings';
import { FACET_FIELDS, NUMERIC_FIELDS, TERM_FIELDS } from '../port/search-request';
import { buildMeiliSettings, buildMeiliSynonyms, MEILI_LOCALES, MeiliIndexDefinition } from './meili-settings';

describe('buildMeiliSettings', () => {
  const settings = buildMeiliSettings();

  it('keeps the searchable fields in COMPANY_INDEX order (earlier = more important)', () => {
    expect(settings.searchableAttributes).toEqual(COMPANY_INDEX.searchable.map((f) => f.field));
    expect(settings.searchableAttributes?.slice(0, 3)).toEqual(['name_zh', 'name_de', 'name_en']);
  });

  it('gives every zh/de/en field its locale and leaves mixed fields to detection', () => {
    const localeOf = new Map<string, string[]>();
    for (const rule of settings.localizedAttributes ?? []) {
      for (const pattern of rule.attributePatterns) {
        expect(localeOf.has(pattern)).toBe(false);
        localeOf.set(pattern, rule.locales);
      }
    }
    for (const { field, language } of COMPANY_INDEX.searchable) {
      if (language === 'mixed') expect(localeOf.has(field)).toBe(false);
      else expect(localeOf.get(field)).toEqual([MEILI_LOCALES[language]]);
    }
    expect(localeOf.get('name_zh')).toEqual(['cmn']);
    expect(localeOf.get('description_de')).toEqual(['deu']);
    expect(localeOf.get('name_en')).toEqual(['eng']);
    expect(localeOf.has('keywords')).toBe(false);
  });

  it('makes exactly the port whitelists filterable and sortable, facets included', () => {
    expect(settings.filterableAttributes).toEqual([...TERM_FIELDS, ...NUMERIC_FIELDS, '_geo']);
    expect(settings.sortableAttributes).toEqual([...NUMERIC_FIELDS, '_geo']);
    for (const facet of FACET_FIELDS) expect(settings.filterableAttributes).toContain(facet);
  });

  it('takes the limits from COMPANY_INDEX', () => {
    expect(settings.pagination).toEqual({ maxTotalHits: COMPANY_INDEX.maxTotalHits });
    expect(settings.faceting?.maxValuesPerFacet).toBe(COMPANY_INDEX.maxValuesPerFacet);
    expect(settings.faceting?.sortFacetValuesBy).toEqual({ '*': 'count' });
  });

  it('pins ranking rules and typo thresholds', () => {
    expect(settings.rankingRules).toEqual(['words', 'typo', 'proximity', 'attributeRank', 'sort', 'wordPosition', 'exactness']);
    expect(settings.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } });
  });

  it('follows a different definition', () => {
    const custom: MeiliIndexDefinition = {
      searchable: [
        { field: 'description_de', language: 'de' },
        { field: 'name_de', language: 'de' },
        { field: 'keywords', language: 'mixed' },
      ],
      filterable: ['country'],
      sortable: [],
      maxTotalHits: 50,
      maxValuesPerFacet: 7,
    };
    const built = buildMeiliSettings(custom);
    expect(built.searchableAttributes).toEqual(['description_de', 'name_de', 'keywords']);
    expect(built.localizedAttributes).toEqual([{ attributePatterns: ['description_de', 'name_de'], locales: ['deu'] }]);
    expect(built.filterableAttributes).toEqual(['country']);
    expect(built.pagination).toEqual({ maxTotalHits: 50 });
    expect(built.faceting?.maxValuesPerFacet).toBe(7);
  });

  it('returns fresh arrays so callers cannot mutate COMPANY_INDEX through it', () => {
    const a = buildMeiliSettings();
    a.searchableAttributes?.push('x');
    expect(buildMeiliSettings().searchableAttributes).toEqual(COMPANY_INDEX.searchable.map((f) => f.field));
  });
});

describe('buildMeiliSynonyms', () => {
  it('makes every term of a glossary group find the others, in both directions', () => {
    const synonyms = buildMeiliSynonyms([['电动汽车', 'Elektrofahrzeug', 'electric vehicle']]);
    expect(synonyms['电动汽车']).toEqual(['elektrofahrzeug', 'electric vehicle']);
    expect(synonyms['electric vehicle']).toEqual(['电动汽车', 'elektrofahrzeug']);
  });

  it('uses the same glossary as the embedded engine by default', () => {
    const settings = buildMeiliSettings();
    expect(Object.keys(settings.synonyms ?? {}).length).toBeGreaterThan(1000);
    expect(settings.synonyms?.['electric vehicle']).toEqual(expect.arrayContaining(['电动汽车']));
  });
});
