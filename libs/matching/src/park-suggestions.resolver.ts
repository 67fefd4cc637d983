import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { BadUserInputException, UuidPipe } from '@hc/core';
import { Authenticated, CurrentActor } from '@hc/identity';
import type { Actor } from '@hc/identity';
import { ParkSuggestionObject } from './park-suggestion.objects';
import { ParkSuggestionsService } from './park-suggestions.service';

export const MAX_SUGGESTIONS = 50;

@Resolver()
export class ParkSuggestionsResolver {
  constructor(private readonly suggestions: ParkSuggestionsService) {}

  @Authenticated()
  @Query(() => [ParkSuggestionObject], {
    description: 'Companies the park should attract, best first, each with its score and the reasons behind it (signed-in users; published parks, or your own).',
  })
  parkSuggestions(
    @CurrentActor() actor: Actor,
    @Args('parkId', { type: () => ID }, UuidPipe) parkId: string,
    @Args('first', { type: () => Int, defaultValue: 10, description: `1 to ${MAX_SUGGESTIONS}.` }) first: number,
  ): Promise<ParkSuggestionObject[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_SUGGESTIONS) {
      throw new BadUserInputException([{ field: 'first', message: `must be between 1 and ${MAX_SUGGESTIONS}` }]);
    }
    return this.suggestions.suggest(parkId, first, actor);
  }
}
