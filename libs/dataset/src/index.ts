export * from './generator/company.generator';
export * from './generator/activity-codes';
export * from './generator/badges';
export * from './generator/financials';
export * from './generator/opportunities';
export type { Origin } from './generator/origin';
export * from './parks/park.generator';
export { NAMED_PARKS } from './parks/named-parks.data';
export * from './geography/geography.data';
export * from './vocabulary/vocabulary.model';
export * from './vocabulary/sector.vocabulary';
export * from './vocabulary/names.vocabulary';
export {
  CHINESE_PARTNER_NEEDS,
  DESCRIPTION_TEMPLATES,
  EUROPEAN_PARTNER_NEEDS,
  EXPORT_MARKETS,
  joinList,
  POSITION_PHRASES,
} from './vocabulary/phrases.vocabulary';
export type { DescriptionParts, PositionTier } from './vocabulary/phrases.vocabulary';
export * from './random/prng.util';
export * from './initiative';
export * from './planted';
