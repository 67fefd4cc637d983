import type { CompanyFileRecord, LocatedRecord, RowProblem } from './company-file.record';
import { MAX_RECORD_CHARS, NOT_UTF8_REASON, ROW_FIELD, canonicalJson, decodeText } from './jsonl.codec';

/** The CSV columns, in the order exports write them. Imports accept them in any order. */
export const COMPANY_CSV_COLUMNS = [
  'id',
  'registry_id',
  'name_zh',
  'name_de',
  'name_en',
  'description_zh',
  'description_de',
  'description_en',
  'country',
  'region',
  'city',
  'latitude',
  'longitude',
  'activity_codes',
  'employees',
  'annual_turnover_eur',
  'balance_sheet_total_eur',
  'revenue_band',
  'founded_year',
  'website',
  'badges',
  'offers',
  'needs',
  'opportunities',
  'initiative_member',
  'status',
] as const;

export type CompanyCsvColumn = (typeof COMPANY_CSV_COLUMNS)[number];

/** `RowProblem.field` of a problem with the header line as a whole (no header, empty file). */
export const HEADER_FIELD = '(header)';

/** A UTF-8 byte order mark. Exports meant for Excel should start with it, or Excel shows Chinese as mojibake. */
export const UTF8_BOM = '\uFEFF';

// ---------------------------------------------------------------------------------------------
// Tokenizer: RFC 4180 records out of a text buffer.
// ---------------------------------------------------------------------------------------------

const QUOTE = 34;
const LF = 10;
const CR = 13;
const DOUBLED_QUOTES = /""/g;
/** A quoted cell from its opening quote to its closing quote (sticky: matches only at lastIndex). */
const QUOTED_CELL = /"[^"]*(?:""[^"]*)*"/y;

interface ParsedRecord {
  cells: string[];
  /** Index in the buffer just after the record and its line end. */
  end: number;
  /** Physical lines the record occupies (embedded newlines + its line end). */
  lines: number;
  /** Index of the first cell with text after its closing quote (`"abc"def`). */
  strayTextCell?: number;
  /** Set when the file ended inside a quoted cell (then `cells` holds the complete cells before it). */
  unterminated?: boolean;
}

function countLf(buf: string, from: number, to: number): number {
  let count = 0;
  let i = buf.indexOf('\n', from);
  while (i !== -1 && i < to) {
    count++;
    i = buf.indexOf('\n', i + 1);
  }
  return count;
}

/**
 * Parses the record that starts at `start`. Returns undefined when the buffer ends before the
 * record does and more input may follow (`final` false); the caller then retries with more text.
 * Line ends are LF or CRLF; inside quotes everything is kept as written.
 */
function parseRecord(buf: string, start: number, delimiter: string, final: boolean): ParsedRecord | undefined {
  const len = buf.length;
  const delimiterCode = delimiter.charCodeAt(0);
  const cells: string[] = [];
  let pos = start;
  let lines = 0;
  let strayTextCell: number | undefined;
  // Cached positions of the next delimiter and '\n' at or after pos (-1: none left in the buffer).
  let nextDelimiter = -2;
  let nextLf = -2;
  for (;;) {
    let prefix = '';
    if (pos < len && buf.charCodeAt(pos) === QUOTE) {
      // The closing quote: the regex steps over doubled quotes in native code.
      QUOTED_CELL.lastIndex = pos;
      const closing = QUOTED_CELL.test(buf) ? QUOTED_CELL.lastIndex - 1 : -1;
      // No closing quote in the buffer; or one found only by giving back half of a doubled quote
      // (so the real end is missing); or a last character that may be half of a doubled quote.
      if (closing === -1 || buf.charCodeAt(closing + 1) === QUOTE || (closing + 1 >= len && !final)) {
        if (!final) return undefined;
        return { cells, end: len, lines: lines + countLf(buf, pos, len) + 1, strayTextCell, unterminated: true };
      }
      const value = buf.slice(pos + 1, closing).replace(DOUBLED_QUOTES, '"');
      if (nextLf !== -1 && nextLf < pos) nextLf = buf.indexOf('\n', pos);
      if (nextLf !== -1 && nextLf < closing) {
        lines += countLf(buf, nextLf, closing);
        nextLf = -2;
      }
      pos = closing + 1;
      if (pos >= len) {
        cells.push(value);
        return { cells, end: len, lines: lines + 1, strayTextCell };
      }
      const next = buf.charCodeAt(pos);
      if (next === delimiterCode) {
        cells.push(value);
        pos++;
        continue;
      }
      if (next === LF) {
        cells.push(value);
        return { cells, end: pos + 1, lines: lines + 1, strayTextCell };
      }
      if (next === CR && pos + 1 >= len) {
        if (!final) return undefined;
        cells.push(value);
        return { cells, end: len, lines: lines + 1, strayTextCell };
      }
      if (next === CR && buf.charCodeAt(pos + 1) === LF) {
        cells.push(value);
        return { cells, end: pos + 2, lines: lines + 1, strayTextCell };
      }
      // Text after the closing quote: keep it (as spreadsheet programs do) and report the cell.
      strayTextCell ??= cells.length;
      prefix = value;
    }
    // Unquoted cell (or the rest of a cell after stray text): up to the next delimiter or line end.
    if (nextDelimiter !== -1 && nextDelimiter < pos) nextDelimiter = buf.indexOf(delimiter, pos);
    if (nextLf !== -1 && nextLf < pos) nextLf = buf.indexOf('\n', pos);
    if (nextDelimiter !== -1 && (nextLf === -1 || nextDelimiter < nextLf)) {
      cells.push(prefix + buf.slice(pos, nextDelimiter));
      pos = nextDelimiter + 1;
      continue;
    }
    if (nextLf === -1) {
      if (!final) return undefined;
      let stop = len;
      if (stop > pos && buf.charCodeAt(stop - 1) === CR) stop--;
      cells.push(prefix + buf.slice(pos, stop));
      return { cells, end: len, lines: lines + 1, strayTextCell };
    }
    const stop = nextLf > pos && buf.charCodeAt(nextLf - 1) === CR ? nextLf - 1 : nextLf;
    cells.push(prefix + buf.slice(pos, stop));
    return { cells, end: nextLf + 1, lines: lines + 1, strayTextCell };
  }
}

/**
 * The delimiter of a file from its header line: ';' when the first line (outside quotes) holds
 * more semicolons than commas, as German Excel writes, else ','. Undefined while the buffer does
 * not yet hold a whole first line.
 */
function detectDelimiter(buf: string, final: boolean): string | undefined {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  let content = false;
  for (let i = 0; i < buf.length; i++) {
    const c = buf.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === LF) {
      // Leading blank lines do not count as the header.
      if (content) return semicolons > commas ? ';' : ',';
    } else if (c === 44) commas++;
    else if (c === 59) semicolons++;
    else if (c !== CR && c !== 32 && c !== 9) content = true;
    if (c === QUOTE) content = true;
  }
  if (!final && buf.length <= MAX_RECORD_CHARS) return undefined;
  return semicolons > commas ? ';' : ',';
}

function isBlank(cell: string): boolean {
  if (cell.length === 0) return true;
  const first = cell.charCodeAt(0);
  // Fast path: a cell that starts with a visible ASCII character is not blank.
  if (first > 32 && first < 127) return false;
  return cell.trim().length === 0;
}

// ---------------------------------------------------------------------------------------------
// Cells -> record.
// ---------------------------------------------------------------------------------------------

/** Converts one non-blank cell into the record; returns the reason when the cell is malformed. */
type CellReader = (record: CompanyFileRecord, cell: string) => string | undefined;

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;
const DECIMAL_COMMA = /^-?\d+,\d+$/;
const THOUSANDS_LIKE = /^-?\d{1,3}\.\d{3}$/;

/** A plain decimal number ("12", "-3.5") becomes a number; anything else stays text for validation to report. */
function readNumber(cell: string): unknown {
  const trimmed = cell.trim();
  return PLAIN_DECIMAL.test(trimmed) ? Number(trimmed) : trimmed;
}

/** Coordinates also accept a decimal comma ("48,7758"), as German spreadsheets write them. */
function readCoordinate(cell: string): unknown {
  const trimmed = cell.trim();
  if (PLAIN_DECIMAL.test(trimmed)) return Number(trimmed);
  if (DECIMAL_COMMA.test(trimmed)) return Number(trimmed.replace(',', '.'));
  return trimmed;
}

/**
 * EUR amounts: as readNumber, except that "1.500" (one to three digits, a point, exactly three
 * digits) stays text: in a German file it means 1500, and guessing would be off by 1000.
 */
function readAmount(cell: string): unknown {
  const trimmed = cell.trim();
  return THOUSANDS_LIKE.test(trimmed) ? trimmed : readNumber(trimmed);
}

const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['false', false],
  ['yes', true],
  ['no', false],
  ['ja', true],
  ['nein', false],
  ['1', true],
  ['0', false],
]);

/** true/false, yes/no, ja/nein, 1/0 in any case become booleans; anything else stays text for validation. */
function readBoolean(cell: string): unknown {
  const trimmed = cell.trim();
  return BOOLEANS.get(trimmed.toLowerCase()) ?? trimmed;
}

function parseJsonArray(cell: string): { value?: unknown[]; problem?: string } {
  let value: unknown;
  try {
    value = JSON.parse(cell);
  } catch (error) {
    return { problem: `invalid JSON: ${(error as Error).message}` };
  }
  if (!Array.isArray(value)) return { problem: 'expected a JSON array ([...])' };
  return { value };
}

/** `a; b; c`, or a JSON array of strings when the cell starts with '['. */
function readList(cell: string): { value?: unknown[]; problem?: string } {
  const trimmed = cell.trim();
  if (trimmed.charCodeAt(0) === 91) return parseJsonArray(trimmed);
  const items: string[] = [];
  for (const part of trimmed.split(';')) {
    const item = part.trim();
    if (item.length > 0) items.push(item);
  }
  return { value: items };
}

/**
 * `WZ2008:28.41.0; ISIC4:2822` (primary first), or a JSON array of activity-code objects when the
 * cell starts with '['. The simple form sets only scheme, code and primary; validation applies the
 * defaults (confidence 1, source self_declared).
 */
function readActivityCodes(cell: string): { value?: unknown[]; problem?: string } {
  const trimmed = cell.trim();
  if (trimmed.charCodeAt(0) === 91) return parseJsonArray(trimmed);
  const codes: { scheme: string; code: string; primary: boolean }[] = [];
  for (const part of trimmed.split(';')) {
    const item = part.trim();
    if (item.length === 0) continue;
    const colon = item.indexOf(':');
    const scheme = colon === -1 ? '' : item.slice(0, colon).trim();
    const code = colon === -1 ? '' : item.slice(colon + 1).trim();
    if (scheme.length === 0 || code.length === 0) {
      return { problem: `"${item}" is not SCHEME:CODE (for example WZ2008:28.41.0 or GBT4754:3421)` };
    }
    codes.push({ scheme, code, primary: codes.length === 0 });
  }
  return { value: codes };
}

function localized(record: CompanyFileRecord, key: 'name' | 'description'): { zh?: unknown; de?: unknown; en?: unknown } {
  return (record[key] ??= {});
}

function located(record: CompanyFileRecord): { latitude?: unknown; longitude?: unknown } {
  return (record.location ??= {});
}

function listReader(assign: (record: CompanyFileRecord, value: unknown[]) => void, read = readList): CellReader {
  return (record, cell) => {
    const { value, problem } = read(cell);
    if (problem !== undefined) return problem;
    assign(record, value ?? []);
    return undefined;
  };
}

function jsonArrayReader(assign: (record: CompanyFileRecord, value: unknown[]) => void): CellReader {
  return listReader(assign, (cell) => parseJsonArray(cell.trim()));
}

/**
 * How each column fills the record. Text columns (names, descriptions, city) keep the cell exactly;
 * code-like columns are trimmed.
 */
const CELL_READERS: Readonly<Record<CompanyCsvColumn, CellReader>> = {
  id: (r, c) => void (r.id = c.trim()),
  registry_id: (r, c) => void (r.registryId = c.trim()),
  name_zh: (r, c) => void (localized(r, 'name').zh = c),
  name_de: (r, c) => void (localized(r, 'name').de = c),
  name_en: (r, c) => void (localized(r, 'name').en = c),
  description_zh: (r, c) => void (localized(r, 'description').zh = c),
  description_de: (r, c) => void (localized(r, 'description').de = c),
  description_en: (r, c) => void (localized(r, 'description').en = c),
  country: (r, c) => void (r.country = c.trim()),
  region: (r, c) => void (r.region = c.trim()),
  city: (r, c) => void (r.city = c),
  latitude: (r, c) => void (located(r).latitude = readCoordinate(c)),
  longitude: (r, c) => void (located(r).longitude = readCoordinate(c)),
  activity_codes: listReader((r, v) => (r.activityCodes = v), readActivityCodes),
  employees: (r, c) => void (r.employees = readNumber(c)),
  annual_turnover_eur: (r, c) => void (r.annualTurnoverEur = readAmount(c)),
  balance_sheet_total_eur: (r, c) => void (r.balanceSheetTotalEur = readAmount(c)),
  revenue_band: (r, c) => void (r.revenueBand = c.trim()),
  founded_year: (r, c) => void (r.foundedYear = readNumber(c)),
  website: (r, c) => void (r.website = c.trim()),
  badges: jsonArrayReader((r, v) => (r.badges = v)),
  offers: listReader((r, v) => (r.offers = v)),
  needs: listReader((r, v) => (r.needs = v)),
  opportunities: jsonArrayReader((r, v) => (r.opportunities = v)),
  initiative_member: (r, c) => void (r.initiativeMember = readBoolean(c)),
  status: (r, c) => void (r.status = c.trim()),
};

const KNOWN_COLUMNS: ReadonlySet<string> = new Set(COMPANY_CSV_COLUMNS);

interface Header {
  /** Column name per cell position (the name as written, trimmed). */
  names: string[];
  /** Reader per cell position; undefined for an unknown, duplicate or unnamed column. */
  readers: (CellReader | undefined)[];
  /** Positions of columns without a name, whose cells must stay empty. */
  unnamed: Set<number>;
}

function readHeader(cells: string[], line: number, problems: RowProblem[]): Header {
  const names: string[] = [];
  const readers: (CellReader | undefined)[] = [];
  const unnamed = new Set<number>();
  const seen = new Set<string>();
  cells.forEach((cell, index) => {
    const name = cell.trim();
    const key = name.toLowerCase();
    names.push(name);
    readers.push(undefined);
    if (name.length === 0) {
      unnamed.add(index);
    } else if (!KNOWN_COLUMNS.has(key)) {
      problems.push({ line, field: name, reason: `unknown column; the columns are ${COMPANY_CSV_COLUMNS.join(', ')}` });
    } else if (seen.has(key)) {
      problems.push({ line, field: name, reason: 'duplicate column' });
    } else {
      seen.add(key);
      names[index] = key;
      readers[index] = CELL_READERS[key as CompanyCsvColumn];
    }
  });
  return { names, readers, unnamed };
}

function cellName(header: Header | undefined, index: number): string {
  const name = header?.names[index];
  return name !== undefined && name.length > 0 ? name : `column ${index + 1}`;
}

/** Turns one data row into a record, or into the problems that keep it from being one; undefined for a blank row. */
function readRow(header: Header, parsed: ParsedRecord, line: number, notUtf8: boolean): LocatedRecord | RowProblem[] | undefined {
  const { cells } = parsed;
  if (cells.length !== header.names.length) {
    if (cells.every(isBlank)) return undefined;
    return [{ line, field: ROW_FIELD, reason: `expected ${header.names.length} cells as in the header, found ${cells.length}` }];
  }
  const problems: RowProblem[] = [];
  if (parsed.strayTextCell !== undefined) {
    problems.push({ line, field: cellName(header, parsed.strayTextCell), reason: 'text after the closing quote of a quoted cell' });
  }
  const record: CompanyFileRecord = {};
  let filled = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (isBlank(cell)) continue;
    filled++;
    if (notUtf8 && cell.includes('\uFFFD')) {
      problems.push({ line, field: cellName(header, i), reason: NOT_UTF8_REASON });
      continue;
    }
    const reader = header.readers[i];
    if (reader === undefined) {
      if (header.unnamed.has(i)) problems.push({ line, field: cellName(header, i), reason: 'a value in a column without a name in the header' });
      continue;
    }
    const problem = reader(record, cell);
    if (problem !== undefined) problems.push({ line, field: header.names[i], reason: problem });
  }
  if (problems.length > 0) return problems;
  return filled > 0 ? { line, record } : undefined;
}

/**
 * Reads a company CSV file (RFC 4180), streamed chunk by chunk: only the current chunk and an
 * unfinished record are held in memory.
 *
 * - The first non-blank line is the header (normally line 1); its delimiter, ',' or ';', is the
 *   file's delimiter. Unknown and duplicate columns are problems on the header line, named by the
 *   column; their cells are ignored.
 * - Quoted cells may hold delimiters, doubled quotes and newlines; a record's line is the physical
 *   line where it starts. LF and CRLF line ends, a UTF-8 BOM and blank lines (or rows of empty
 *   cells) are accepted.
 * - A row yields either its `LocatedRecord` or its problems (wrong number of cells, malformed list
 *   or JSON cell, bytes that are not UTF-8), never both. Reading continues after a bad row, except
 *   after an unterminated quote or a record longer than MAX_RECORD_CHARS, where the rest of the file
 *   cannot be told apart into rows: that is reported and reading stops.
 */
export async function* readCsv(input: NodeJS.ReadableStream): AsyncGenerator<LocatedRecord | RowProblem> {
  let buf = '';
  let line = 1;
  let delimiter: string | undefined;
  let header: Header | undefined;
  let stopped = false;

  // Parses the complete records in `buf` into `out` (a chunk's worth), keeping the unfinished rest in `buf`.
  const out: (LocatedRecord | RowProblem)[] = [];
  function drain(final: boolean): void {
    delimiter ??= detectDelimiter(buf, final);
    if (delimiter === undefined) return;
    let pos = 0;
    let nextBad = buf.indexOf('\uFFFD');
    while (pos < buf.length) {
      const parsed = parseRecord(buf, pos, delimiter, final);
      if (parsed === undefined) break;
      const recordLine = line;
      const notUtf8 = nextBad !== -1 && nextBad < parsed.end;
      if (notUtf8) nextBad = buf.indexOf('\uFFFD', parsed.end);
      line += parsed.lines;
      pos = parsed.end;
      if (parsed.unterminated) {
        stopped = true;
        out.push({
          line: recordLine,
          field: cellName(header, parsed.cells.length),
          reason: 'unterminated quoted cell: a " opens a value that is never closed, so the rest of the file was not read',
        });
        break;
      }
      if (header === undefined) {
        if (parsed.cells.every(isBlank)) continue;
        const problems: RowProblem[] = [];
        header = readHeader(parsed.cells, recordLine, problems);
        out.push(...problems);
        continue;
      }
      const row = readRow(header, parsed, recordLine, notUtf8);
      if (Array.isArray(row)) out.push(...row);
      else if (row !== undefined) out.push(row);
    }
    buf = buf.slice(pos);
  }

  for await (const text of decodeText(input)) {
    buf = buf.length > 0 ? buf + text : text;
    drain(false);
    for (const item of out) yield item;
    out.length = 0;
    if (stopped) return;
    if (buf.length > MAX_RECORD_CHARS) {
      yield {
        line,
        field: ROW_FIELD,
        reason: `a record longer than ${MAX_RECORD_CHARS} characters (probably an unterminated quote); the rest of the file was not read`,
      };
      return;
    }
  }
  drain(true);
  for (const item of out) yield item;
  if (!stopped && header === undefined) {
    yield { line: 1, field: HEADER_FIELD, reason: `the file has no header line; the first line names the columns, e.g. ${COMPANY_CSV_COLUMNS.slice(0, 4).join(',')},...` };
  }
}

// ---------------------------------------------------------------------------------------------
// Record -> cells.
// ---------------------------------------------------------------------------------------------

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

function quote(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A number without exponent notation, so that readNumber reads it back to the same value. */
function formatNumber(value: number): string {
  const text = String(value);
  if (!Number.isFinite(value) || !/e/i.test(text)) return text;
  if (Math.abs(value) >= 1) return BigInt(value).toString();
  const digits = Math.min(100, 17 - Math.floor(Math.log10(Math.abs(value))));
  return value.toFixed(digits).replace(/\.?0+$/, '');
}

function formatScalar(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(canonicalJson(value));
}

function formatJson(value: unknown): string {
  if (value === undefined || value === null) return '';
  return JSON.stringify(canonicalJson(value));
}

function isPlainItem(item: unknown): item is string {
  return typeof item === 'string' && item.length > 0 && !item.includes(';') && item.trim() === item;
}

/** `a; b` when that reads back to the same list, else the JSON array (also for the empty list). */
function formatList(value: unknown): string {
  if (!Array.isArray(value)) return formatScalar(value);
  const simple = value.length > 0 && value.every(isPlainItem) && !(value[0] as string).startsWith('[');
  return simple ? value.join('; ') : formatJson(value);
}

const ACTIVITY_CODE_KEYS: ReadonlySet<string> = new Set(['scheme', 'code', 'primary', 'confidence', 'source']);

function isSimpleActivityCode(item: unknown, index: number): boolean {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
  const code = item as Record<string, unknown>;
  const { scheme, code: value, primary, confidence, source } = code;
  return (
    Object.keys(code).every((key) => ACTIVITY_CODE_KEYS.has(key) || code[key] === undefined) &&
    typeof scheme === 'string' &&
    /^[^\s:;[][^:;]*$/.test(scheme) &&
    scheme.trim() === scheme &&
    isPlainItem(value) &&
    (index === 0 ? primary === true : primary === false || primary === undefined) &&
    (confidence === undefined || confidence === 1) &&
    (source === undefined || source === 'self_declared')
  );
}

/** The simple form when it says everything (defaults, first code primary), else the JSON array. */
function formatActivityCodes(value: unknown): string {
  if (!Array.isArray(value)) return formatScalar(value);
  if (value.length > 0 && value.every(isSimpleActivityCode)) {
    return value.map((item: { scheme: string; code: string }) => `${item.scheme}:${item.code}`).join('; ');
  }
  return formatJson(value);
}

function text(value: unknown, key: 'zh' | 'de' | 'en'): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function coordinate(record: CompanyFileRecord, key: 'latitude' | 'longitude'): unknown {
  return typeof record.location === 'object' && record.location !== null ? record.location[key] : undefined;
}

const CELL_WRITERS: Readonly<Record<CompanyCsvColumn, (record: CompanyFileRecord) => string>> = {
  id: (r) => formatScalar(r.id),
  registry_id: (r) => formatScalar(r.registryId),
  name_zh: (r) => formatScalar(text(r.name, 'zh')),
  name_de: (r) => formatScalar(text(r.name, 'de')),
  name_en: (r) => formatScalar(text(r.name, 'en')),
  description_zh: (r) => formatScalar(text(r.description, 'zh')),
  description_de: (r) => formatScalar(text(r.description, 'de')),
  description_en: (r) => formatScalar(text(r.description, 'en')),
  country: (r) => formatScalar(r.country),
  region: (r) => formatScalar(r.region),
  city: (r) => formatScalar(r.city),
  latitude: (r) => formatScalar(coordinate(r, 'latitude')),
  longitude: (r) => formatScalar(coordinate(r, 'longitude')),
  activity_codes: (r) => formatActivityCodes(r.activityCodes),
  employees: (r) => formatScalar(r.employees),
  annual_turnover_eur: (r) => formatScalar(r.annualTurnoverEur),
  balance_sheet_total_eur: (r) => formatScalar(r.balanceSheetTotalEur),
  revenue_band: (r) => formatScalar(r.revenueBand),
  founded_year: (r) => formatScalar(r.foundedYear),
  website: (r) => formatScalar(r.website),
  badges: (r) => formatJson(r.badges),
  offers: (r) => formatList(r.offers),
  needs: (r) => formatList(r.needs),
  opportunities: (r) => formatJson(r.opportunities),
  initiative_member: (r) => formatScalar(r.initiativeMember),
  status: (r) => formatScalar(r.status),
};

/** The header line (with '\n'): COMPANY_CSV_COLUMNS joined by ','. Without a BOM; see UTF8_BOM. */
export function csvHeader(): string {
  return `${COMPANY_CSV_COLUMNS.join(',')}\n`;
}

/**
 * One CSV row (with '\n') for `record`, in COMPANY_CSV_COLUMNS order, ',' delimited, quoted only
 * when needed. Lists use the simple `a; b` forms when they read back to the same value and JSON
 * otherwise; an empty list is written `[]` (an empty cell would mean "not given").
 */
export function writeCsvRow(record: CompanyFileRecord): string {
  let row = '';
  for (let i = 0; i < COMPANY_CSV_COLUMNS.length; i++) {
    if (i > 0) row += ',';
    row += quote(CELL_WRITERS[COMPANY_CSV_COLUMNS[i]](record));
  }
  return `${row}\n`;
}
