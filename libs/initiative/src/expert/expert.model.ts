/** ISO 639-1 codes of the languages an expert may work in. */
export const EXPERT_LANGUAGES: readonly string[] = [
  'zh', 'de', 'en', 'fr', 'it', 'es', 'pt', 'nl', 'pl', 'cs', 'sk', 'hu', 'ro', 'bg', 'hr', 'sl', 'el',
  'sv', 'da', 'fi', 'no', 'et', 'lv', 'lt', 'ru', 'uk', 'tr', 'ja', 'ko', 'ar', 'hi', 'vi', 'th', 'id', 'ms',
];

/** What an expert can be attached to. */
export enum ExpertSubjectKind {
  PARK = 'park',
  AGREEMENT = 'agreement',
}

export const EXPERT_NAME_MAX_LENGTH = 200;
export const AFFILIATION_MAX_LENGTH = 300;
export const MAX_EXPERT_SECTORS = 10;
export const MAX_EXPERT_LANGUAGES = 10;
export const MAX_EXPERT_REGIONS = 40;

/** The content of an expert's record, normalised. */
export interface ExpertContent {
  fullName: string;
  affiliation: string;
  bioZh: string | null;
  bioDe: string | null;
  bioEn: string | null;
  /** ISIC Rev.4 divisions. */
  sectors: string[];
  languages: string[];
  /** ISO 3166-1 countries or ISO 3166-2 regions. */
  regions: string[];
  appointedOn: string;
  termEndsOn: string;
  email: string;
}

export const EXPERT_FIELDS: readonly (keyof ExpertContent)[] = [
  'fullName',
  'affiliation',
  'bioZh',
  'bioDe',
  'bioEn',
  'sectors',
  'languages',
  'regions',
  'appointedOn',
  'termEndsOn',
  'email',
];
