import { BadUserInputException } from '@hc/core';
import type { CompanyFileFormat, LocatedRecord, RowProblem } from './company-file.record';
import { readCsv } from './csv.codec';
import { readJsonl } from './jsonl.codec';

const FORMAT_NAMES: Readonly<Record<string, CompanyFileFormat>> = {
  csv: 'csv',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

/**
 * The format of a company file: `explicit` (csv, jsonl or ndjson, any case) when given, else the
 * file's extension (.csv, .jsonl, .ndjson). Throws BAD_USER_INPUT (field `format`) otherwise.
 */
export function detectFormat(path: string, explicit?: string): CompanyFileFormat {
  if (explicit !== undefined && explicit.trim().length > 0) {
    const format = FORMAT_NAMES[explicit.trim().toLowerCase()];
    if (format === undefined) {
      throw new BadUserInputException([{ field: 'format', message: `unknown format "${explicit}"; use csv or jsonl` }]);
    }
    return format;
  }
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  const format = extension === undefined ? undefined : FORMAT_NAMES[extension];
  if (format === undefined) {
    throw new BadUserInputException([
      {
        field: 'format',
        message: `cannot tell the format of "${path}" from its extension; name it .csv, .jsonl or .ndjson, or give the format (--format csv|jsonl)`,
      },
    ]);
  }
  return format;
}

/** Reads a company file of the given format: records with their line, and problems of the file itself. */
export function readCompanyFile(input: NodeJS.ReadableStream, format: CompanyFileFormat): AsyncGenerator<LocatedRecord | RowProblem> {
  switch (format) {
    case 'csv':
      return readCsv(input);
    case 'jsonl':
      return readJsonl(input);
  }
}

/** Tells the two kinds of items of readCompanyFile apart. */
export function isRowProblem(item: LocatedRecord | RowProblem): item is RowProblem {
  return 'reason' in item;
}
