/**
 * One company as it appears in an import or export file, before validation.
 *
 * JSONL: one such object per line. CSV: one row per company with the flat columns in
 * COMPANY_CSV_COLUMNS; list columns and structured columns are encoded as documented in
 * docs/import-format.md. Values are whatever the file held (`unknown`): the import validates
 * them afterwards with the same rules as the GraphQL API, so a wrong value is reported with
 * its line and field instead of being coerced silently.
 */
export interface CompanyFileRecord {
  /** Platform id (uuid). Exports write it; an import updates that company, or creates it with this id. */
  id?: unknown;
  /** Official register identifier, e.g. "Hamburg HRB 150148" or an 18-character 统一社会信用代码. */
  registryId?: unknown;
  name?: { zh?: unknown; de?: unknown; en?: unknown };
  description?: { zh?: unknown; de?: unknown; en?: unknown };
  country?: unknown;
  region?: unknown;
  city?: unknown;
  location?: { latitude?: unknown; longitude?: unknown };
  /** [{ scheme: ISIC4|NACE2|WZ2008|GBT4754, code, primary?, confidence?, source? }], primary first. */
  activityCodes?: unknown;
  employees?: unknown;
  annualTurnoverEur?: unknown;
  balanceSheetTotalEur?: unknown;
  revenueBand?: unknown;
  foundedYear?: unknown;
  website?: unknown;
  /** [{ type, variant?, evidence, reference?, awardedOn, expiresOn? }] */
  badges?: unknown;
  offers?: unknown;
  needs?: unknown;
  /** [{ type, title: {zh,de,en}, description?, partnershipTypes, technologyKeywords?, marketKeywords?, targetCountries?, partnerSizes?, stage?, ipStatus? }] */
  opportunities?: unknown;
  initiativeMember?: unknown;
  status?: unknown;
}

/** A record and where it came from, for error reports. */
export interface LocatedRecord {
  /** 1-based physical line where the record starts (the CSV header is line 1). */
  line: number;
  record: CompanyFileRecord;
}

/** A problem found while reading the file itself (bad JSON, wrong column count), before validation. */
export interface RowProblem {
  line: number;
  field: string;
  reason: string;
}

export type CompanyFileFormat = 'jsonl' | 'csv';
