import { ProfileIdentity, ProfileStatus } from '@hc/core';

/** Plain data types of the park domain. */

/** Parks follow the shared review lifecycle (ProfileStatus); the alias keeps the domain's own name. */
export const ParkStatus = ProfileStatus;
export type ParkStatus = ProfileStatus;

/** What a park offers to companies that settle there. */
export enum ParkOffering {
  TAX_INCENTIVES = 'tax_incentives',
  INDUSTRIAL_LAND = 'industrial_land',
  STANDARD_FACTORIES = 'standard_factories',
  OFFICE_SPACE = 'office_space',
  TEST_LABS = 'test_labs',
  PILOT_LINES = 'pilot_lines',
  TRAINING_CENTRE = 'training_centre',
  TALENT_SERVICES = 'talent_services',
  BONDED_ZONE = 'bonded_zone',
  LOGISTICS_HUB = 'logistics_hub',
  GREEN_ENERGY = 'green_energy',
  INCUBATOR = 'incubator',
  INVESTMENT_FUND = 'investment_fund',
  GERMAN_SERVICE_DESK = 'german_service_desk',
  CHINA_SERVICE_DESK = 'china_service_desk',
}

export interface ParkRecord extends ProfileIdentity {
  /** ISIC Rev.4 divisions the park wants to grow. */
  focusSectors: string[];
  /** ISIC Rev.4 divisions the park's ecosystem lacks and wants filled. */
  gapSectors: string[];
  offerings: ParkOffering[];
  initiativeMember: boolean;
  website: string | null;
  status: ParkStatus;
}
