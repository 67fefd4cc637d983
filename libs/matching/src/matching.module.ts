import { Module } from '@nestjs/common';
import { CompaniesModule } from '@hc/companies';
import { ParksModule } from '@hc/parks';
import { FeedbackModule } from './feedback/feedback.module';
import { CompanyMatchIndex } from './index/company-match-index';
import { MatchJobs } from './jobs/match-jobs.service';
import { MatchRecompute } from './jobs/match-recompute';
import { MatchRefreshRequests } from './jobs/match-refresh-requests';
import { MatchRefreshPlanner } from './jobs/match-refresh.planner';
import { MatchStore } from './jobs/match-store';
import { ParkSuggestionsResolver } from './park-suggestions.resolver';
import { ParkSuggestionsService } from './park-suggestions.service';
import { PartnerSuggestionsService } from './partner-suggestions.service';
import { MatchProfileLoader } from './profiles/match-profile.loader';

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
