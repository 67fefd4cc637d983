/** What the search index holds for one published company. Built from the database, never from a request. */
export interface CompanySearchDocument {
  id: string;
  /** Entity version; an engine never replaces a document with an older version. */
  version: number;
  name_zh: string | null;
  name_de: string | null;
  name_en: string | null;
  description_zh: string | null;
  description_de: string | null;
  description_en: string | null;
  /** Offer and need keywords, and the titles and keywords of live opportunities, searchable in whatever language they were written. */
  keywords: string[];
  /** The same keywords separately, as filter and facet values. */
  offers: string[];
  needs: string[];
  country: string;
  region: string | null;
  city: string;
  /** ISIC Rev.4 codes as stored, plus the derived divisions (2 digits) and sections (letter). */
  sector_codes: string[];
  sector_divisions: string[];
  sector_sections: string[];
  /** Types of badges that count today (unexpired, plus the computed EU SME badge). */
  badges: string[];
  /** Of the company's live opportunities: their types, partnership types and target countries. */
  opportunity_types: string[];
  partnership_types: string[];
  target_countries: string[];
  size_band: string | null;
  employees: number | null;
  founded_year: number | null;
  initiative_member: boolean;
  _geo: { lat: number; lng: number };
}

/** The language of each searchable text field; engines analyse each field in its own language. */
export type FieldLanguage = 'zh' | 'de' | 'en' | 'mixed';
