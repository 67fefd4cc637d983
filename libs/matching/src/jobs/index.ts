export * from './entities/match-suggestion.entity';
export * from './entities/match-suggestion-set.entity';
export * from './entities/match-refresh-cursor.entity';
export * from './match-store';
export * from './match-refresh-requests';
export * from './match-recompute';
export * from './match-jobs.service';
export * from './match-refresh.planner';

import { MatchRefreshCursorEntity } from './entities/match-refresh-cursor.entity';
import { MatchSuggestionSetEntity } from './entities/match-suggestion-set.entity';
import { MatchSuggestionEntity } from './entities/match-suggestion.entity';

/** Every entity of precomputed suggestions, for the platform's ENTITIES list. */
export const JOB_ENTITIES = [MatchSuggestionSetEntity, MatchSuggestionEntity, MatchRefreshCursorEntity];
