import type { CompanyFileRecord, LocatedRecord, RowProblem } from './company-file.record';

/** `RowProblem.field` of a problem that concerns the whole line or row, not one field. */
export const ROW_FIELD = '(row)';

/**
 * The longest record (a JSONL line, a CSV record with its embedded newlines) a reader accepts, in
 * characters. Real records are a few KB; a longer one is a file that is not in this format (a JSON
 * array on one line, an unterminated CSV quote), and holding it would load the file into memory.
 */
export const MAX_RECORD_CHARS = 1024 * 1024;

/** The reason given for a record that holds bytes that are not UTF-8 (decoded as U+FFFD). */
export const NOT_UTF8_REASON =
  'contains bytes that are not UTF-8; save the file as UTF-8 (Excel: "CSV UTF-8 (comma delimited)")';

const REPLACEMENT_CHAR = '\uFFFD';
const BOM = 0xfeff;

/**
 * Decodes a byte (or string) stream to UTF-8 text chunks without the leading byte order mark.
 * Multi-byte characters split across chunks are joined by the decoder; invalid bytes become U+FFFD,
 * which the readers report per record.
 */
export async function* decodeText(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  // TextDecoder drops a leading BOM itself (ignoreBOM false) and is faster than StringDecoder.
  const decoder = new TextDecoder('utf-8');
  let atStart = true;
  for await (const chunk of input) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    if (atStart) {
      if (text.length === 0) continue;
      if (text.charCodeAt(0) === BOM) text = text.slice(1);
      atStart = false;
    }
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

/**
 * Reads JSONL (also called NDJSON): one JSON object per line, streamed line by line.
 *
 * Yields one `LocatedRecord` per object line, with its 1-based physical line number. Blank lines
 * are skipped (and counted). CRLF line ends are accepted. A line that is not valid JSON, not an
 * object, not UTF-8 or longer than MAX_RECORD_CHARS yields a `RowProblem` instead and reading
 * continues with the next line. Keys are passed through as they are: unknown keys and wrong values
 * are for the validation that follows.
 */
export async function* readJsonl(input: NodeJS.ReadableStream): AsyncGenerator<LocatedRecord | RowProblem> {
  let pending = '';
  let line = 1;
  // True while discarding the rest of an over-long line (already reported).
  let skipping = false;
  for await (const text of decodeText(input)) {
    const buf = pending.length > 0 ? pending + text : text;
    // Position of the next U+FFFD (a byte that was not UTF-8), searched once per chunk, not per line.
    let nextBad = buf.indexOf(REPLACEMENT_CHAR);
    let start = 0;
    for (;;) {
      const end = buf.indexOf('\n', start);
      if (end === -1) break;
      const notUtf8 = nextBad !== -1 && nextBad < end;
      if (notUtf8) nextBad = buf.indexOf(REPLACEMENT_CHAR, end);
      if (skipping) skipping = false;
      else {
        const problemOrRecord = parseLine(buf, start, end, line, notUtf8);
        if (problemOrRecord) yield problemOrRecord;
      }
      line++;
      start = end + 1;
    }
    pending = skipping ? '' : buf.slice(start);
    if (pending.length > MAX_RECORD_CHARS) {
      yield longLine(line);
      skipping = true;
      pending = '';
    }
  }
  if (!skipping && pending.length > 0) {
    const last = parseLine(pending, 0, pending.length, line, pending.includes(REPLACEMENT_CHAR));
    if (last) yield last;
  }
}

/** Parses buf[start, end) (without its '\n'); undefined for a blank line. */
function parseLine(buf: string, start: number, end: number, line: number, notUtf8: boolean): LocatedRecord | RowProblem | undefined {
  if (end - start > MAX_RECORD_CHARS) return longLine(line);
  if (end > start && buf.charCodeAt(end - 1) === 13) end--;
  // Skip leading white space; a blank line is no record.
  let first = start;
  while (first < end && isSpace(buf.charCodeAt(first))) first++;
  if (first === end) return undefined;
  if (notUtf8) return { line, field: ROW_FIELD, reason: NOT_UTF8_REASON };
  let value: unknown;
  try {
    value = JSON.parse(buf.slice(first, end));
  } catch (error) {
    return { line, field: ROW_FIELD, reason: `invalid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, field: ROW_FIELD, reason: `expected a JSON object, found ${describeJson(value)}` };
  }
  return { line, record: value as CompanyFileRecord };
}

/** JSON white space (and the no-break spaces editors leave), which may surround a line's value. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0xfeff;
}

function longLine(line: number): RowProblem {
  return { line, field: ROW_FIELD, reason: `the line is longer than ${MAX_RECORD_CHARS} characters` };
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * Key order of written objects at every level: the order of CompanyFileRecord and of its nested
 * items (activity codes, badges, opportunities, localised texts). Keys not listed follow in
 * alphabetical order, so the output is stable whatever order the object was built in.
 */
const KEY_ORDER: readonly string[] = [
  // record identity; badge and opportunity heads
  'id',
  'registryId',
  'type',
  'variant',
  'evidence',
  'reference',
  'awardedOn',
  'expiresOn',
  // activity code
  'scheme',
  'code',
  'primary',
  'confidence',
  'source',
  // texts (record, opportunity)
  'name',
  'title',
  'description',
  // opportunity
  'partnershipTypes',
  'technologyKeywords',
  'marketKeywords',
  'targetCountries',
  'partnerSizes',
  'stage',
  'ipStatus',
  // localised text
  'zh',
  'de',
  'en',
  // record
  'country',
  'region',
  'city',
  'location',
  'latitude',
  'longitude',
  'activityCodes',
  'employees',
  'annualTurnoverEur',
  'balanceSheetTotalEur',
  'revenueBand',
  'foundedYear',
  'website',
  'badges',
  'offers',
  'needs',
  'opportunities',
  'initiativeMember',
  'status',
];
const KEY_RANK = new Map(KEY_ORDER.map((key, index) => [key, index]));

function compareKeys(a: string, b: string): number {
  const ra = KEY_RANK.get(a);
  const rb = KEY_RANK.get(b);
  if (ra !== undefined && rb !== undefined) return ra - rb;
  if (ra !== undefined) return -1;
  if (rb !== undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy of `value` with object keys in KEY_ORDER and undefined properties left out. */
export function canonicalJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => canonicalJson(item));
  if (typeof value !== 'object' || value === null) return value;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source).sort(compareKeys)) {
    const item = source[key];
    if (item !== undefined) out[key] = canonicalJson(item);
  }
  return out;
}

/** One JSONL line (with its '\n') for `record`: stable key order, undefined properties omitted. */
export function writeJsonl(record: CompanyFileRecord): string {
  return `${JSON.stringify(canonicalJson(record))}\n`;
}
