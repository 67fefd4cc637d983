import { Initial1795551530967 } from './1795551530967-Initial';
import { IssueFourProfiles1795557931564 } from './1795557931564-IssueFourProfiles';
import { IdentityAndReview1795562968616 } from './1795562968616-IdentityAndReview';
import { Initiative1795563289002 } from './1795563289002-Initiative';
import { ParkGapSectors1795565144823 } from './1795565144823-ParkGapSectors';
import { MatchFeedback1795565735324 } from './1795565735324-MatchFeedback';
import { MatchSuggestions1795566858479 } from './1795566858479-MatchSuggestions';
import { OutboxCreatedIndex1795570672140 } from './1795570672140-OutboxCreatedIndex';

// Every migration, in order. Generate new ones with `npm run migration:generate -- <Name>`.
export const MIGRATIONS = [Initial1795551530967, IssueFourProfiles1795557931564, IdentityAndReview1795562968616, Initiative1795563289002, ParkGapSectors1795565144823, MatchFeedback1795565735324, MatchSuggestions1795566858479, OutboxCreatedIndex1795570672140];
