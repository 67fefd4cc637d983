import { Module } from '@nestjs/common';
import { CompaniesModule } from '@hc/companies';
import { ParksModule } from '@hc/parks';
import { ParkSuggestionsResolver } from './park-suggestions.resolver';
import { ParkSuggestionsService } from './park-suggestions.service';

@Module({
  imports: [CompaniesModule, ParksModule],
  providers: [ParkSuggestionsService, ParkSuggestionsResolver],
})
export class MatchingModule {}
