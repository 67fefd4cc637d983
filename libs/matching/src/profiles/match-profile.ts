import { BadgeType, SizeBand } from '@hc/companies';
import { OpportunityType, PartnershipType } from '@hc/opportunities';
import { ParkOffering } from '@hc/parks';

/** What one side offers or asks for, gathered from its live opportunities and profile keywords. */
export interface IntentSignal {
  /** Live opportunities of this direction (offers or requests), each on its own. */
  items: OpportunitySignal[];
  /** Concepts of the profile's free keywords (`offers` or `needs`). */
  keywordConcepts: ReadonlySet<string>;
}

export interface OpportunitySignal {
  type: OpportunityType;
  partnershipTypes: readonly PartnershipType[];
  /** Glossary concepts (`g:<n>`, language-independent) and normalised keywords (`w:<keyword>`). */
  concepts: ReadonlySet<string>;
  /** Empty: any country. */
  targetCountries: readonly string[];
  /** Empty: any size. */
  partnerSizes: readonly SizeBand[];
}

/** Everything matching knows about a published company; loaded in bulk for candidates only. */
export interface CompanyMatchProfile {
  id: string;
  version: number;
  country: string;
  city: string;
  latitude: number;
  longitude: number;
  /** ISIC divisions, primary first. */
  divisions: readonly string[];
  initiativeMember: boolean;
  /** Badge types that count today (hidden champion, little giant, …), without the computed EU SME badge. */
  badges: readonly BadgeType[];
  sizeBand: SizeBand | null;
  offers: IntentSignal;
  requests: IntentSignal;
}

export interface ParkMatchProfile {
  id: string;
  country: string;
  latitude: number;
  longitude: number;
  focusSectors: readonly string[];
  gapSectors: readonly string[];
  offerings: readonly ParkOffering[];
  initiativeMember: boolean;
  /** Published companies within MATCH_ECOSYSTEM_KM of the park, counted per ISIC division. */
  ecosystem: ReadonlyMap<string, number>;
}

export const OFFER_TYPES: readonly OpportunityType[] = [OpportunityType.BUSINESS_OFFER, OpportunityType.TECHNOLOGY_OFFER];

export const CHINA = 'CN';

/** Europe as the initiative means it: the EU, EFTA and the UK. */
export const EUROPE: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI',
  'ES', 'SE', 'CH', 'NO', 'IS', 'LI', 'GB',
]);

/** China on one side and Europe on the other: the pairs the initiative is for. */
export function isSinoEuropean(a: string, b: string): boolean {
  return (a === CHINA && EUROPE.has(b)) || (b === CHINA && EUROPE.has(a));
}

/** Great-circle distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}
