import { Module } from '@nestjs/common';
import { CompaniesModule } from '@hc/companies';
import { ParksModule } from '@hc/parks';
import { FeedbackModule } from '@hc/matching-feedback';
import { CompanyMatchIndex } from './index/company-match-index';
import { MatchJobs } from './jobs/match-jobs.service';
import { MatchRecompute } from './jobs/match-recompute';
import { MatchRefreshRequests } from './store/match-refresh-requests';
import { MatchRefreshPlanner } from './jobs/match-refresh.planner';
import { MatchStore } from './store/match-store';
import { ParkSuggestionsResolver } from './suggestions/park-suggestions.resolver';
import { ParkSuggestionsService } from './suggestions/park-suggestions.service';
import { PartnerSuggestionsService } from './suggestions/partner-suggestions.service';
import { MatchProfileLoader } from './suggestions/match-profile.loader';

@Module({
  imports: [CompaniesModule, ParksModule, FeedbackModule],
  providers: [
    CompanyMatchIndex,
    MatchProfileLoader,
    ParkSuggestionsService,
    PartnerSuggestionsService,
    ParkSuggestionsResolver,
    MatchStore,
    MatchRefreshRequests,
    MatchRecompute,
    MatchJobs,
    MatchRefreshPlanner,
  ],
  exports: [CompanyMatchIndex, ParkSuggestionsService, PartnerSuggestionsService, MatchStore, MatchRecompute, MatchJobs, MatchRefreshPlanner],
})
export class MatchingModule {}
