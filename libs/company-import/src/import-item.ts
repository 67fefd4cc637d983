import type { CompanyRecord, DerivedCompanyColumns } from '@hc/companies';
import type { OpportunityContent } from '@hc/opportunities';

/** A valid row, ready to merge and write. */
export interface ImportItem {
  line: number;
  id: string | null;
  record: CompanyRecord;
  opportunities: OpportunityContent[];
  /** Derived columns (dedupe keys, content hash, ISIC codes); computed once, when missing. */
  derived?: DerivedCompanyColumns;
}
