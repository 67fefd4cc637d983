import { Args, Query, Resolver } from '@nestjs/graphql';
import { SearchCompaniesArgs } from './company-search.args';
import { CompanySearchResultObject } from './company-search.objects';
import { CompanySearchService } from './company-search.service';

@Resolver()
export class CompanySearchResolver {
  constructor(private readonly search: CompanySearchService) {}

  @Query(() => CompanySearchResultObject, {
    description: 'Full-text search over published companies in Chinese, German and English, with filters, facets, geo radius and sorting.',
  })
  searchCompanies(@Args() args: SearchCompaniesArgs): Promise<CompanySearchResultObject> {
    return this.search.search(args);
  }
}
