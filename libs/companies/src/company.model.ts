import { ProfileIdentity, ProfileStatus } from '@hc/core';
import { SectorScheme } from '@hc/taxonomy';

/** Plain data types of the company domain, shared by the service, the dataset and the index builder. */

/** Companies follow the shared review lifecycle (ProfileStatus); the alias keeps the domain's own name. */
export const CompanyStatus = ProfileStatus;
export type CompanyStatus = ProfileStatus;

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
  /** Computed from headcount and turnover or balance sheet (Rec. 2003/361/EC); never entered. */
  EU_SME = 'eu_sme',
  MITTELSTAND = 'mittelstand',
}

/** The kind of a badge: the two 制造业单项冠军 titles, and the three EU SME categories. */
export enum BadgeVariant {
  DEMONSTRATION_ENTERPRISE = 'demonstration_enterprise',
  CHAMPION_PRODUCT = 'champion_product',
  MICRO = 'micro',
  SMALL = 'small',
  MEDIUM = 'medium',
}

/** Where a badge's claim comes from. */
export enum EvidenceKind {
  /** A certificate, a ministry notice, an annual report: `reference` holds its URL or title. */
  DOCUMENT = 'document',
  /** A published list (MIIT batch, a hidden-champion study): `reference` names it. */
  LIST = 'list',
  SELF_DECLARED = 'self_declared',
  /** Derived by the platform from the profile's own figures (EU SME). */
  COMPUTED = 'computed',
}

export interface BadgeRecord {
  type: BadgeType;
  variant: BadgeVariant | null;
  evidence: EvidenceKind;
  /** URL or title of the document, or the name of the list; null when self-declared. */
  reference: string | null;
  /** ISO date (YYYY-MM-DD) of the evidence. */
  awardedOn: string;
  /** ISO date after which the badge no longer counts; null when it does not expire. */
  expiresOn: string | null;
}

/** Where an activity code comes from. */
export enum ActivitySource {
  SELF_DECLARED = 'self_declared',
  /** An official register entry (Handelsregister, 国家企业信用信息公示系统). */
  REGISTRY = 'registry',
  /** Assigned by a person or a classifier of the platform team. */
  INFERRED = 'inferred',
}

/** One activity code of a company, in the scheme it was given in. */
export interface ActivityCode {
  scheme: SectorScheme;
  code: string;
  primary: boolean;
  /** How sure the source is of this code, 0 < confidence <= 1. */
  confidence: number;
  source: ActivitySource;
}

/** An ISIC Rev.4 code derived from the activity codes, with the best confidence of any path to it. */
export interface DerivedIsicCode {
  code: string;
  confidence: number;
  primary: boolean;
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
  /** Official register identifier (Handelsregister number, 统一社会信用代码); unique per country. */
  registryId: string | null;
  /** Codes in ISIC4, NACE2, WZ2008 or GBT4754, primary first. May be empty only for drafts. */
  activityCodes: ActivityCode[];
  employees: number | null;
  /** Exact figures in EUR when known; they decide the EU SME category. */
  annualTurnoverEur: number | null;
  balanceSheetTotalEur: number | null;
  /** Derived from annualTurnoverEur when that is known, otherwise as entered. */
  revenueBand: RevenueBand | null;
  foundedYear: number | null;
  website: string | null;
  /** Claimed badges; the EU SME badge is never stored here but computed (see eu-sme.ts). */
  badges: BadgeRecord[];
  offers: string[];
  needs: string[];
  initiativeMember: boolean;
  status: CompanyStatus;
}
