import { OpportunityType, PartnershipType } from '@hc/opportunities';
import { ParkOffering } from '@hc/parks';
import { CompanyRow, OpportunityRow, toProfile } from '../profiles/company-profile.source';
import { parkTerms } from '../profiles/park-terms';
import { CompanyMatchProfile, ParkMatchProfile } from '../profiles/match-profile';

/** Test-only: match profiles built the way the index builds them from rows (every text through the topic analysis). */
export interface OpportunityInput {
  type: OpportunityType;
  partnershipTypes?: PartnershipType[];
  title?: string;
  description?: string;
  keywords?: string[];
  targetCountries?: string[];
}

export interface CompanyInput {
  id: string;
  country?: string;
  city?: string;
  latitude?: number;
  longitude?: number;
  divisions?: string[];
  description?: string;
  offers?: string[];
  needs?: string[];
  member?: boolean;
  badges?: string[];
  opportunities?: OpportunityInput[];
}

export function companyProfile(input: CompanyInput): CompanyMatchProfile {
  const row: CompanyRow = {
    id: input.id,
    version: 1,
    country: input.country ?? 'DE',
    city: input.city ?? 'Stuttgart',
    latitude: input.latitude ?? 48.78,
    longitude: input.longitude ?? 9.18,
    isic_divisions: input.divisions ?? ['28'],
    initiative_member: input.member ?? false,
    badges: (input.badges ?? []).map((type) => ({ type, expiresOn: null })),
    employees: 120,
    offers: input.offers ?? [],
    needs: input.needs ?? [],
    name_zh: null,
    name_de: null,
    name_en: input.id,
    description_zh: null,
    description_de: null,
    description_en: input.description ?? null,
    expires_at: null,
    visible: true,
  };
  const live: OpportunityRow[] = (input.opportunities ?? []).map((o) => ({
    company_id: input.id,
    type: o.type,
    partnership_types: o.partnershipTypes ?? [],
    title_zh: null,
    title_de: null,
    title_en: o.title ?? null,
    description_zh: null,
    description_de: null,
    description_en: o.description ?? null,
    keywords: o.keywords ?? [],
    markets: [],
    target_countries: o.targetCountries ?? [],
    partner_sizes: [],
    expires_at: new Date(Date.now() + 86_400_000),
  }));
  return toProfile(row, live, '2026-01-01');
}

export interface ParkInput {
  id?: string;
  country?: string;
  region?: string | null;
  latitude?: number;
  longitude?: number;
  description?: string;
  focusSectors?: string[];
  gapSectors?: string[];
  offerings?: ParkOffering[];
  member?: boolean;
  ecosystem?: Map<string, number>;
}

export function parkProfile(input: ParkInput): ParkMatchProfile {
  const focusSectors = input.focusSectors ?? ['27'];
  const gapSectors = input.gapSectors ?? [];
  return {
    id: input.id ?? 'park',
    country: input.country ?? 'CN',
    region: input.region ?? null,
    terms: parkTerms({ descriptionZh: null, descriptionDe: null, descriptionEn: input.description ?? null, nameZh: null, nameDe: null, nameEn: null, city: '' }),
    latitude: input.latitude ?? 31.45,
    longitude: input.longitude ?? 121.1,
    focusSectors,
    gapSectors,
    offerings: input.offerings ?? [],
    initiativeMember: input.member ?? false,
    ecosystem: input.ecosystem ?? new Map(),
  };
}
