import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { BadUserInputException } from '@hc/core';
import type { CompanyFileFormat, LocatedRecord, RowProblem } from './company-file.record';
import { detectFormat, isRowProblem, readCompanyFile } from './company-file.reader';
import { csvHeader, writeCsvRow } from './csv.codec';
import { writeJsonl } from './jsonl.codec';

const EXAMPLES = join(__dirname, '../../../../docs/examples');

async function collect(items: AsyncIterable<LocatedRecord | RowProblem>): Promise<(LocatedRecord | RowProblem)[]> {
  const out: (LocatedRecord | RowProblem)[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function readExample(file: string, format: CompanyFileFormat): Promise<LocatedRecord[]> {
  const items = await collect(readCompanyFile(createReadStream(join(EXAMPLES, file)), format));
  expect(items.filter(isRowProblem)).toEqual([]);
  return items.filter((item): item is LocatedRecord => !isRowProblem(item));
}

describe('detectFormat', () => {
  it('tells the format by the extension, in any case', () => {
    expect(detectFormat('companies.csv')).toBe('csv');
    expect(detectFormat('/data/export.2024/Companies.CSV')).toBe('csv');
    expect(detectFormat('companies.jsonl')).toBe('jsonl');
    expect(detectFormat('C:\\data\\companies.ndjson')).toBe('jsonl');
  });

  it('prefers the explicit format', () => {
    expect(detectFormat('companies.txt', 'CSV')).toBe('csv');
    expect(detectFormat('companies.csv', 'jsonl')).toBe('jsonl');
    expect(detectFormat('-', 'ndjson')).toBe('jsonl');
  });

  it('fails with a message naming the accepted formats', () => {
    expect(() => detectFormat('companies.xlsx')).toThrow(BadUserInputException);
    expect(() => detectFormat('companies.xlsx')).toThrow(/\.csv, \.jsonl or \.ndjson/);
    expect(() => detectFormat('companies')).toThrow(/cannot tell the format of "companies"/);
    expect(() => detectFormat('data.v2/companies')).toThrow(/cannot tell the format/);
    expect(() => detectFormat('companies.csv', 'xml')).toThrow(/unknown format "xml"; use csv or jsonl/);
  });
});

describe('readCompanyFile', () => {
  it('dispatches to the reader of the format', async () => {
    const csv = await collect(readCompanyFile(Readable.from(['city\nUlm\n']), 'csv'));
    const jsonl = await collect(readCompanyFile(Readable.from(['{"city":"Ulm"}\n']), 'jsonl'));
    expect(csv).toEqual([{ line: 2, record: { city: 'Ulm' } }]);
    expect(jsonl).toEqual([{ line: 1, record: { city: 'Ulm' } }]);
    expect(isRowProblem({ line: 1, field: 'x', reason: 'y' })).toBe(true);
    expect(isRowProblem(jsonl[0])).toBe(false);
  });
});

describe('docs/examples', () => {
  it('companies.csv and companies.jsonl hold the same six companies', async () => {
    const csv = await readExample('companies.csv', 'csv');
    const jsonl = await readExample('companies.jsonl', 'jsonl');
    expect(csv).toHaveLength(6);
    expect(csv.map((r) => r.record)).toEqual(jsonl.map((r) => r.record));
    expect(jsonl.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(jsonl.map((r) => r.record.region))).toEqual(new Set(['DE-BW', 'DE-BY', 'CN-JS', 'CN-ZJ', 'CN-GD']));
    expect(jsonl.every((r) => r.record.status === 'published')).toBe(true);
  });

  it('are exactly what the writers produce (an export of these companies re-imports unchanged)', async () => {
    const records = (await readExample('companies.jsonl', 'jsonl')).map((r) => r.record);
    expect(records.map(writeJsonl).join('')).toBe(readFileSync(join(EXAMPLES, 'companies.jsonl'), 'utf8'));
    expect(csvHeader() + records.map(writeCsvRow).join('')).toBe(readFileSync(join(EXAMPLES, 'companies.csv'), 'utf8'));
  });
});
