import { Localized } from '@hc/core';
import { SizeBand } from '@hc/companies';

/** Plain data types of typed opportunities (after the Enterprise Europe Network's partnering profiles). */

export enum OpportunityType {
  BUSINESS_OFFER = 'business_offer',
  BUSINESS_REQUEST = 'business_request',
  TECHNOLOGY_OFFER = 'technology_offer',
  TECHNOLOGY_REQUEST = 'technology_request',
  RD_COOPERATION_REQUEST = 'rd_cooperation_request',
}

export enum PartnershipType {
  COMMERCIAL = 'commercial',
  SUPPLIER = 'supplier',
  OUTSOURCING = 'outsourcing',
  INVESTMENT_JV = 'investment_jv',
  LICENSING = 'licensing',
  RD_COOPERATION = 'rd_cooperation',
  SITE_LOCALISATION = 'site_localisation',
}

/** Stage of development of an offered technology. */
export enum DevelopmentStage {
  CONCEPT = 'concept',
  UNDER_DEVELOPMENT = 'under_development',
  LAB_TESTED = 'lab_tested',
  FIELD_TESTED = 'field_tested',
  ON_MARKET = 'on_market',
}

/** Intellectual-property status of an offered technology. */
export enum IpStatus {
  PATENT_GRANTED = 'patent_granted',
  PATENT_APPLIED = 'patent_applied',
  EXCLUSIVE_RIGHTS = 'exclusive_rights',
  SECRET_KNOW_HOW = 'secret_know_how',
  COPYRIGHT = 'copyright',
  TRADEMARK = 'trademark',
  NONE = 'none',
}

export enum OpportunityStatus {
  ACTIVE = 'active',
  WITHDRAWN = 'withdrawn',
}

/** Offers are what a party has; requests are what it looks for. Matching pairs one with the other. */
export const OFFER_TYPES: readonly OpportunityType[] = [OpportunityType.BUSINESS_OFFER, OpportunityType.TECHNOLOGY_OFFER];

export const MAX_TECHNOLOGY_KEYWORDS = 5;
export const MAX_MARKET_KEYWORDS = 5;

/** The content of one opportunity, as written by its owner. */
export interface OpportunityContent {
  type: OpportunityType;
  title: Localized;
  description: Localized;
  partnershipTypes: PartnershipType[];
  technologyKeywords: string[];
  marketKeywords: string[];
  /** ISO 3166-1 alpha-2; empty means any country. */
  targetCountries: string[];
  /** Size of the partner sought; empty means any size. */
  partnerSizes: SizeBand[];
  /** Technology offers only. */
  stage: DevelopmentStage | null;
  /** Technology offers only. */
  ipStatus: IpStatus | null;
}
