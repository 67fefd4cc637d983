/** A row that cannot be imported, and why. */
export interface ImportProblem {
  line: number;
  field: string;
  reason: string;
}

/** A row folded into another row of the same file, or matched to a company already stored. */
export interface MergeNote {
  line: number;
  /** The line it was merged into, or the id of the stored company it updates. */
  into: number | string;
  by: 'id' | 'registry id' | 'name and city';
  /** The shared key, as the user would recognise it (registry id, name and city). */
  key: string;
}

export interface ImportReport {
  /** Records read from the file (valid or not). */
  rows: number;
  valid: number;
  invalid: number;
  problems: ImportProblem[];
  /** Rows merged into an earlier row of the same file. */
  mergedInFile: MergeNote[];
  /** Rows that matched a stored company (and update it, or leave it unchanged). */
  matchedExisting: MergeNote[];
  created: number;
  updated: number;
  unchanged: number;
  /** False for a dry run, and when bad rows stopped the import (no --skip-invalid). */
  written: boolean;
  /** Time spent reading and validating, and writing to PostgreSQL (one transaction). */
  readMs: number;
  writeMs: number;
  /** Milliseconds per step of the write phase (matching, COPY of companies, opportunities, commit). */
  timing?: Record<string, number>;
}

/** The summary line a person reads first. */
export function summaryOf(r: ImportReport): string {
  const rate = r.writeMs > 0 ? Math.round(((r.created + r.updated) * 1000) / r.writeMs) : 0;
  const outcome = r.written
    ? `created ${r.created}, updated ${r.updated}, unchanged ${r.unchanged}`
    : r.invalid > 0
      ? 'nothing written: fix the rows listed or pass --skip-invalid'
      : `dry run: would create ${r.created}, update ${r.updated}, leave ${r.unchanged} unchanged`;
  return (
    `${r.rows} rows read, ${r.valid} valid, ${r.invalid} invalid; ${r.mergedInFile.length} merged within the file, ` +
    `${r.matchedExisting.length} matched existing companies; ${outcome}` +
    (r.written && r.writeMs > 0 ? ` (read ${r.readMs} ms, write ${r.writeMs} ms, ${rate} rows/s into PostgreSQL)` : '')
  );
}
