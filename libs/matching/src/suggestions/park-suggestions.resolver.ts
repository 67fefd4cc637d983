import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { BadUserInputException, UuidPipe } from '@hc/core';
import { Authenticated, CurrentActor } from '@hc/identity';
import type { Actor } from '@hc/identity';
import { MAX_SUGGESTIONS } from './matching-settings';
import { ParkSuggestionObject, PartnerSuggestionObject } from './suggestion.objects';
import { ParkSuggestionsService } from './park-suggestions.service';
import { PartnerSuggestionsService } from './partner-suggestions.service';

function checkFirst(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_SUGGESTIONS) {
    throw new BadUserInputException([{ field: 'first', message: `must be between 1 and ${MAX_SUGGESTIONS}` }]);
  }
}

@Resolver()
export class ParkSuggestionsResolver {
  constructor(
    private readonly parks: ParkSuggestionsService,
    private readonly partners: PartnerSuggestionsService,
  ) {}

  @Authenticated()
  @Query(() => [ParkSuggestionObject], {
    description:
      'Companies the park should attract, best first, each with its score and the reasons behind it (signed-in users; published parks, or your own). Served from the precomputed ranking when there is one (computedAt), otherwise computed on demand.',
  })
  parkSuggestions(
    @CurrentActor() actor: Actor,
    @Args('parkId', { type: () => ID }, UuidPipe) parkId: string,
    @Args('first', { type: () => Int, defaultValue: 10, description: `1 to ${MAX_SUGGESTIONS}.` }) first: number,
    @Args('fresh', { type: () => Boolean, nullable: true, defaultValue: false, description: 'Compute on demand even when a precomputed ranking is stored.' }) fresh: boolean | null,
  ): Promise<ParkSuggestionObject[]> {
    checkFirst(first);
    return this.parks.suggest(parkId, first, actor, { fresh: fresh === true });
  }

  @Authenticated()
  @Query(() => [PartnerSuggestionObject], {
    description: 'Companies that complement this one in both directions (requests against offers, supply chain), best first, with reasons (signed-in users).',
  })
  partnerSuggestions(
    @CurrentActor() actor: Actor,
    @Args('companyId', { type: () => ID }, UuidPipe) companyId: string,
    @Args('first', { type: () => Int, defaultValue: 10, description: `1 to ${MAX_SUGGESTIONS}.` }) first: number,
    @Args('fresh', { type: () => Boolean, nullable: true, defaultValue: false, description: 'Compute on demand even when a precomputed ranking is stored.' }) fresh: boolean | null,
  ): Promise<PartnerSuggestionObject[]> {
    checkFirst(first);
    return this.partners.suggest(companyId, first, actor, { fresh: fresh === true });
  }
}
