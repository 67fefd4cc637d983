import { ProfileIdentity } from '@hc/core';

/** Plain data types of the company domain, shared by the service, the dataset and the index builder. */

export enum CompanyStatus {
  DRAFT = 'draft',
  PUBLISHED = 'published',
}

/** Annual revenue band in EUR (converted at the time of entry). */
export enum RevenueBand {
  UNDER_2M = 'under_2m',
  FROM_2M_TO_10M = '2m_10m',
  FROM_10M_TO_50M = '10m_50m',
  FROM_50M_TO_250M = '50m_250m',
  FROM_250M_TO_1B = '250m_1b',
  FROM_1B_TO_5B = '1b_5b',
  OVER_5B = 'over_5b',
}

/** Labels a company can carry; each one is stored with its evidence. See docs/domain.md. */
export enum BadgeType {
  HIDDEN_CHAMPION = 'hidden_champion',
  /** 专精特新 SME (provincial tier). */
  SRDI_SME = 'srdi_sme',
  /** 专精特新 "小巨人" (national tier). */
  LITTLE_GIANT = 'little_giant',
  /** 制造业单项冠军. */
  SINGLE_CHAMPION = 'single_champion',
  EU_SME = 'eu_sme',
  MITTELSTAND = 'mittelstand',
}

export interface BadgeRecord {
  type: BadgeType;
  /** Where the claim comes from: a list, a document, or "self-declared". */
  source: string;
  /** ISO date (YYYY-MM-DD) of the evidence. */
  awardedOn: string;
}

/** Headcount band used for facets; thresholds follow EU Rec. 2003/361/EC plus the German KMU line at 500. */
export enum SizeBand {
  MICRO = 'micro',
  SMALL = 'small',
  MEDIUM = 'medium',
  UPPER_MEDIUM = 'upper_medium',
  LARGE = 'large',
}

export function sizeBandOf(employees: number | null): SizeBand | null {
  if (employees === null) return null;
  if (employees < 10) return SizeBand.MICRO;
  if (employees < 50) return SizeBand.SMALL;
  if (employees < 250) return SizeBand.MEDIUM;
  if (employees < 500) return SizeBand.UPPER_MEDIUM;
  return SizeBand.LARGE;
}

/** The writable content of a company profile. */
export interface CompanyRecord extends ProfileIdentity {
  /** ISIC Rev.4 codes (division, group or class), primary first. */
  sectorCodes: string[];
  employees: number | null;
  revenueBand: RevenueBand | null;
  foundedYear: number | null;
  website: string | null;
  badges: BadgeRecord[];
  offers: string[];
  needs: string[];
  initiativeMember: boolean;
  status: CompanyStatus;
}
