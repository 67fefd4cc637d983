import { BadUserInputException, validationProblems } from '@hc/core';
import { CompanyRules, deriveCompanyColumns, toCompanyRecord } from '@hc/companies';
import { toOpportunityContent } from '@hc/opportunities';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { LocatedRecord } from '../format/company-file.record';
import { ImportCompanyRow } from '../import-row.input';
import type { ImportItem } from '../import-item';
import type { ImportProblem } from '../import-report';

export type Checked = ImportItem | { problems: ImportProblem[] };

/**
 * Validates one record of a file with the API's rules: the GraphQL input DTOs, then the rules that
 * span fields; computes the derived columns of a valid one. Pure, so worker threads can run it.
 */
export function validateRecord({ line, record }: LocatedRecord, rules: CompanyRules, today: string): Checked {
  const plain = { ...record, activityCodes: record.activityCodes ?? [] };
  const row = plainToInstance(ImportCompanyRow, plain);
  const errors = validateSync(row, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) return { problems: validationProblems(errors).map((p) => ({ line, field: p.field, reason: p.message })) };
  try {
    const company = toCompanyRecord(row, rules, '');
    const opportunities = (row.opportunities ?? []).map((o, i) => toOpportunityContent(o, `opportunities[${i}]`));
    return { line, id: row.id ?? null, record: company, opportunities, derived: deriveCompanyColumns(company, today) };
  } catch (error) {
    if (!(error instanceof BadUserInputException)) throw error;
    return { problems: error.fields.map((p) => ({ line, field: p.field.replace(/^\./, ''), reason: p.message })) };
  }
}
