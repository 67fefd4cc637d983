import { Localized, ProfileIdentity } from '@hc/core';

/** What members share with each other: labs, pilot lines, training, land, services. */
export enum SharedResourceType {
  TEST_LAB = 'test_lab',
  PILOT_LINE = 'pilot_line',
  TRAINING_CENTRE = 'training_centre',
  LAND_AND_BUILDINGS = 'land_and_buildings',
  SERVICES = 'services',
  OTHER = 'other',
}

export enum SharedResourceStatus {
  ACTIVE = 'active',
  WITHDRAWN = 'withdrawn',
}

export const SHARED_RESOURCE_TYPE_LABELS: Record<SharedResourceType, Localized> = {
  [SharedResourceType.TEST_LAB]: { zh: '测试实验室', de: 'Prüflabor', en: 'Test laboratory' },
  [SharedResourceType.PILOT_LINE]: { zh: '中试线', de: 'Pilotlinie', en: 'Pilot line' },
  [SharedResourceType.TRAINING_CENTRE]: { zh: '培训中心', de: 'Schulungszentrum', en: 'Training centre' },
  [SharedResourceType.LAND_AND_BUILDINGS]: { zh: '土地与厂房', de: 'Flächen und Gebäude', en: 'Land and buildings' },
  [SharedResourceType.SERVICES]: { zh: '服务', de: 'Dienstleistungen', en: 'Services' },
  [SharedResourceType.OTHER]: { zh: '其他', de: 'Sonstiges', en: 'Other' },
};

export const CAPACITY_MAX_LENGTH = 500;
export const CONDITIONS_MAX_LENGTH = 1000;

/** The content of a shared resource as its owner writes it, normalised. */
export interface SharedResourceContent extends ProfileIdentity {
  type: SharedResourceType;
  capacity: string | null;
  conditions: string | null;
}

/** The fields an update may change and the audit log compares. */
export const SHARED_RESOURCE_FIELDS: readonly (keyof SharedResourceContent)[] = [
  'type',
  'nameZh',
  'nameDe',
  'nameEn',
  'descriptionZh',
  'descriptionDe',
  'descriptionEn',
  'country',
  'region',
  'city',
  'latitude',
  'longitude',
  'capacity',
  'conditions',
];
