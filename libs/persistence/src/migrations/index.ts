import { Initial1795550993444 } from './1795550993444-Initial';

// Every migration, in order. Generate new ones with `npm run migration:generate -- <Name>`.
export const MIGRATIONS = [Initial1795550993444];
