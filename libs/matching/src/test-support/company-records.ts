import { ActivitySource, CompanyRecord, CompanyStatus } from '@hc/companies';
import { SectorScheme } from '@hc/taxonomy';

/** Test-only: places and published company records for the matching integration specs (not exported from the lib). */
export interface Place {
  country: string;
  region: string;
  city: string;
  latitude: number;
  longitude: number;
}

export const TAICANG: Place = { country: 'CN', region: 'CN-JS', city: 'Taicang', latitude: 31.4497, longitude: 121.1003 };
export const SUZHOU: Place = { country: 'CN', region: 'CN-JS', city: 'Suzhou', latitude: 31.2989, longitude: 120.5853 };
export const STUTTGART: Place = { country: 'DE', region: 'DE-BW', city: 'Stuttgart', latitude: 48.7758, longitude: 9.1829 };
export const MUNICH: Place = { country: 'DE', region: 'DE-BY', city: 'München', latitude: 48.1351, longitude: 11.582 };

/** A published company in the given ISIC divisions (the first is primary). */
export function companyRecord(name: string, divisions: string[], place: Place, overrides: Partial<CompanyRecord> = {}): CompanyRecord {
  return {
    nameZh: null, nameDe: null, nameEn: name, descriptionZh: null, descriptionDe: null, descriptionEn: null,
    ...place,
    registryId: null,
    activityCodes: divisions.map((code, i) => ({ scheme: SectorScheme.ISIC4, code, primary: i === 0, confidence: 1, source: ActivitySource.SELF_DECLARED })),
    employees: 200, annualTurnoverEur: null, balanceSheetTotalEur: null, revenueBand: null, foundedYear: 1990, website: null,
    badges: [], offers: [], needs: [], initiativeMember: false, status: CompanyStatus.PUBLISHED,
    ...overrides,
  };
}
