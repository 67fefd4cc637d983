import { BadgeType, SizeBand } from '@hc/companies';
import { OpportunityType, PartnershipType } from '@hc/opportunities';
import { ParkOffering } from '@hc/parks';

/** What one side offers or asks for, gathered from its live opportunities and profile keywords. */
export interface IntentSignal {
  /** Live opportunities of this direction (offers or requests), each on its own. */
  items: OpportunitySignal[];
  /** Topic terms (topics/topic-analysis.ts) of the profile's free keywords (`offers` or `needs`). */
  keywordTerms: readonly string[];
  /** The free keywords as written, for reasons. */
  keywords: readonly string[];
}

export interface OpportunitySignal {
  type: OpportunityType;
  partnershipTypes: readonly PartnershipType[];
  /** Topic terms of its title, description and keywords: glossary concepts (`g:<id>`, any language) and words (`w:<stem>`). */
  terms: readonly string[];
  /** Topic terms of its subject alone (title, technology and market keywords): a description also tells about the company and its other products. */
  subject: readonly string[];
  /** Its title in the languages it was written in, and its keywords, for reasons. */
  title: string;
  keywords: readonly string[];
  /** Empty: any country. */
  targetCountries: readonly string[];
  /** Regions (ISO 3166-2 subdivisions and city clusters such as 京津冀 or Rhein-Main) its texts name, by code. */
  regions: readonly string[];
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
  /** Topic terms of what it does: its descriptions, its offer keywords and its live offers. */
  offerTerms: readonly string[];
  /** Topic terms of what it asks for: its need keywords and the subjects of its live requests. */
  requestTerms: readonly string[];
}

export interface ParkMatchProfile {
  id: string;
  country: string;
  /** ISO 3166-2 subdivision, given or the nearest one to its location. */
  region: string | null;
  /** Topic terms of its descriptions, its focus and gap sectors and its own live requests. */
  terms: readonly string[];
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
