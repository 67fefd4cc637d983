import { Inject, Injectable } from '@nestjs/common';
import { CompaniesService, toCompanyObject } from '@hc/companies';
import { isProfileVisible, localized } from '@hc/core';
import { SEARCH_ENGINE } from '../port/search-engine.port';
import type { SearchEngine } from '../port/search-engine.port';
import { FacetField } from '../port/search-request';
import { CompanyFacet, SearchCompaniesArgs, SuggestCompaniesArgs } from './company-search.args';
import { CompanySearchResultObject, CompanySuggestionObject } from './company-search.objects';
import { facetLabel } from './facet-labels';
import { toFilterNode, toSearchRequest } from './search-request.mapper';

@Injectable()
export class CompanySearchService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly companies: CompaniesService,
  ) {}

  async suggest(args: SuggestCompaniesArgs): Promise<CompanySuggestionObject[]> {
    const filter = args.filter ? toFilterNode(args.filter) : undefined;
    const hits = await this.engine.suggest({ prefix: args.prefix, limit: args.limit, ...(filter ? { filter } : {}) });
    const rows = await this.companies.findByIds(hits.map((h) => h.id));
    return rows
      .filter((r) => isProfileVisible(r))
      .map((r) => ({ id: r.id, name: localized(r.nameZh, r.nameDe, r.nameEn), city: r.city, country: r.country }));
  }

  async search(args: SearchCompaniesArgs): Promise<CompanySearchResultObject> {
    const request = toSearchRequest(args);
    const result = await this.engine.search(request);
    // Hits carry ids only; profiles are read from PostgreSQL, the source of truth. A company
    // unpublished or deleted a moment ago (index not yet caught up) is left out.
    const rows = await this.companies.findByIds(result.hits.map((h) => h.id));
    const byId = new Map(rows.filter((r) => isProfileVisible(r)).map((r) => [r.id, r]));
    return {
      hits: result.hits.flatMap((hit) => {
        const row = byId.get(hit.id);
        return row ? [{ company: toCompanyObject(row), score: hit.score, distanceKm: hit.distanceKm, highlights: hit.highlights ?? [] }] : [];
      }),
      totalHits: result.totalHits,
      page: result.page,
      hitsPerPage: result.hitsPerPage,
      totalPages: Math.ceil(result.totalHits / result.hitsPerPage),
      facets: (request.facets ?? []).map((field: FacetField) => ({
        field: field as CompanyFacet,
        buckets: (result.facets[field] ?? []).map((b) => {
          const label = facetLabel(field, b.value);
          return { value: b.value, count: b.count, label: label ? localized(label.zh, label.de, label.en) : null };
        }),
      })),
      processingTimeMs: result.processingTimeMs,
      engine: this.engine.kind,
    };
  }
}
