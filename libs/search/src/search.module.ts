import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { APP_CONFIG, AppConfig } from '@hc/core';
import { CompaniesModule } from '@hc/companies';
import { OpportunitiesModule } from '@hc/opportunities';
import { EmbeddedSearchEngine } from './embedded/embedded-search.engine';
import { CompanySearchResolver } from './graphql/company-search.resolver';
import { CompanySearchService } from './graphql/company-search.service';
import { MeilisearchEngine } from './meilisearch/meilisearch.engine';
import { SEARCH_ENGINE, SearchEngine } from './port/search-engine.port';
import { IndexSyncService } from './sync/index-sync.service';
import { ExpirySweeper } from './sync/expiry-sweeper';
import { SearchHealthIndicator } from './sync/search-health.indicator';

/** Picks the engine from configuration: Meilisearch when MEILI_HOST is set, otherwise the embedded engine. */
export function createSearchEngine(config: AppConfig): SearchEngine {
  if (config.MEILI_HOST) {
    return new MeilisearchEngine({
      host: config.MEILI_HOST,
      ...(config.MEILI_API_KEY ? { apiKey: config.MEILI_API_KEY } : {}),
      indexPrefix: config.MEILI_INDEX_PREFIX,
      taskTimeoutMs: config.MEILI_TASK_TIMEOUT_MS,
    });
  }
  return new EmbeddedSearchEngine({ hiddenChampionBoost: config.SEARCH_HIDDEN_CHAMPION_BOOST });
}

@Module({})
export class SearchModule {
  static forRoot(): DynamicModule {
    return {
      module: SearchModule,
      imports: [CompaniesModule, OpportunitiesModule, TerminusModule],
      providers: [
        { provide: SEARCH_ENGINE, inject: [APP_CONFIG], useFactory: createSearchEngine },
        IndexSyncService,
        ExpirySweeper,
        CompanySearchService,
        CompanySearchResolver,
        SearchHealthIndicator,
      ],
      exports: [SEARCH_ENGINE, IndexSyncService, ExpirySweeper, SearchHealthIndicator],
    };
  }
}
