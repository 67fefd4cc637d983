export * from '../store/entities/match-suggestion.entity';
export * from '../store/entities/match-suggestion-set.entity';
export * from './entities/match-refresh-cursor.entity';
export * from '../store/match-store';
export * from '../store/match-refresh-requests';
export * from './match-recompute';
export * from './match-jobs.service';
export * from './match-refresh.planner';

import { MatchRefreshCursorEntity } from './entities/match-refresh-cursor.entity';
import { MatchSuggestionSetEntity } from '../store/entities/match-suggestion-set.entity';
import { MatchSuggestionEntity } from '../store/entities/match-suggestion.entity';

/** Every entity of precomputed suggestions, for the platform's ENTITIES list. */
export const JOB_ENTITIES = [MatchSuggestionSetEntity, MatchSuggestionEntity, MatchRefreshCursorEntity];
