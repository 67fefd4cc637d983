import { Args, Query, Resolver } from '@nestjs/graphql';
import { SearchCompaniesArgs, SuggestCompaniesArgs } from './company-search.args';
import { CompanySearchResultObject, CompanySuggestionObject } from './company-search.objects';
import { CompanySearchService } from './company-search.service';
import { Public } from '@hc/core';

@Resolver()
export class CompanySearchResolver {
  constructor(private readonly search: CompanySearchService) {}

  @Public()
  @Query(() => CompanySearchResultObject, {
    description: 'Full-text search over published companies in Chinese, German and English, with filters, facets, geo radius and sorting.',
  })
  searchCompanies(@Args() args: SearchCompaniesArgs): Promise<CompanySearchResultObject> {
    return this.search.search(args);
  }

  @Public()
  @Query(() => [CompanySuggestionObject], {
    description: 'Autocomplete: published companies whose name (zh, de or en) starts with or contains what was typed.',
  })
  suggestCompanies(@Args() args: SuggestCompaniesArgs): Promise<CompanySuggestionObject[]> {
    return this.search.suggest(args);
  }
}
