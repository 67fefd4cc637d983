import { Module } from '@nestjs/common';
import { CompaniesModule } from '@hc/companies';
import { ParksModule } from '@hc/parks';
import { FeedbackModule } from './feedback/feedback.module';
import { ParkSuggestionsResolver } from './park-suggestions.resolver';
import { ParkSuggestionsService } from './park-suggestions.service';
import { PartnerSuggestionsService } from './partner-suggestions.service';
import { MatchProfileLoader } from './profiles/match-profile.loader';

@Module({
  imports: [CompaniesModule, ParksModule, FeedbackModule],
  providers: [MatchProfileLoader, ParkSuggestionsService, PartnerSuggestionsService, ParkSuggestionsResolver],
  exports: [ParkSuggestionsService, PartnerSuggestionsService],
})
export class MatchingModule {}
