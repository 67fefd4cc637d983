import { BADGE_LABELS, BadgeType, SIZE_BAND_LABELS, SizeBand } from '@hc/companies';
import { Localized } from '@hc/core';
import { OPPORTUNITY_TYPE_LABELS, OpportunityType, PARTNERSHIP_TYPE_LABELS, PartnershipType } from '@hc/opportunities';
import { countryByCode, isicEntry, regionByCode } from '@hc/taxonomy';
import { FacetField } from '../port/search-request';

const YES_NO: Record<string, Localized> = {
  true: { zh: '倡议成员', de: 'Mitglied der Initiative', en: 'Initiative member' },
  false: { zh: '非倡议成员', de: 'Kein Mitglied der Initiative', en: 'Not an initiative member' },
};

/** Label of a facet value in zh/de/en, or null where the value speaks for itself (cities). */
export function facetLabel(field: FacetField, value: string): Localized | null {
  switch (field) {
    case 'country':
      return countryByCode(value)?.label ?? null;
    case 'region':
      return regionByCode(value)?.label ?? null;
    case 'sector_divisions':
    case 'sector_sections':
      return isicEntry(value)?.label ?? null;
    case 'badges':
      return BADGE_LABELS[value as BadgeType] ?? null;
    case 'opportunity_types':
      return OPPORTUNITY_TYPE_LABELS[value as OpportunityType] ?? null;
    case 'partnership_types':
      return PARTNERSHIP_TYPE_LABELS[value as PartnershipType] ?? null;
    case 'target_countries':
      return countryByCode(value)?.label ?? null;
    case 'size_band':
      return SIZE_BAND_LABELS[value as SizeBand] ?? null;
    case 'initiative_member':
      return YES_NO[value] ?? null;
    case 'city':
    case 'offers':
    case 'needs':
      return null;
  }
}
