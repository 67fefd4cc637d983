import { Initial1795551530967 } from './1795551530967-Initial';

// Every migration, in order. Generate new ones with `npm run migration:generate -- <Name>`.
export const MIGRATIONS = [Initial1795551530967];
