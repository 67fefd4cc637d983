import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Keys for finding the same company twice during a bulk import: records merge when their normalised
 * name and normalised city agree (or their register identifiers do).
 *
 * Folding, shared by all three keys: NFKC (full-width ＡＢＣ（）１２３ become ABC()123), lower case,
 * ä/ö/ü/ß as ae/oe/ue/ss and other accents of Latin, Greek and Cyrillic letters removed (so "Müller",
 * "MUELLER" and "Mueller" agree, as in foldLatin of @hc/core), then every run of characters that are not
 * letters or digits is a word boundary and the key is the words written together: punctuation, spaces,
 * hyphens and dots do not count ("G.m.b.H." = "GmbH", "Bosch-Rexroth" = "Bosch Rexroth"). foldLatin itself
 * is not used because it strips every combining mark, which would also erase Japanese dakuten and the
 * vowel signs of Indic scripts.
 *
 * Speed (measured on Node 20): 100,000 calls of normaliseCompanyName take 170-220 ms, on the 100 real
 * OffeneRegister names (GmbH, UG (haftungsbeschränkt), GmbH & Co. KG, ...) mixed with Chinese names and
 * English renderings, countries DE/CN/AT/none; 100,000 calls of normaliseCity about 70 ms. The legal-form
 * file is read and compiled on first use (about 4 ms), then once more per further country.
 */

/** Countries whose legal forms are stripped from every name, whatever the record's country. */
const ALWAYS_ON_COUNTRIES: readonly string[] = ['DE', 'AT', 'CH', 'CN'];

/** Shape of data/legal-forms.json (written by tools/reference-data/build-legal-forms.ts). */
interface LegalFormsFile {
  countries: Record<string, string[]>;
  supplementary: { always: string[]; countries: Record<string, string[]> };
}

/** Legal-form designations of one country, compiled for suffix matching. */
interface LegalFormMatcher {
  /** Designations in Latin and other spaced scripts, their words written together ("gmbhundcokg"). */
  spaced: Set<string>;
  /** Length of the longest entry of `spaced`: trailing words are only joined up to it. */
  spacedMaxLength: number;
  /** Designations in Chinese, Japanese or Korean script, matched as plain suffixes of the last word. */
  cjk: Set<string>;
  /** The distinct lengths of `cjk`, longest first. */
  cjkLengths: number[];
}

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;
const UMLAUT = /[äöüß]/g;
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const ACCENTS = /(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** "& Co." between two legal forms ("GmbH & Co. KG") belongs to the form; elsewhere ("Müller & Co.") to the name. */
const CO = new Set(['co', 'cie']);

let legalForms: LegalFormsFile | undefined;
const matchers = new Map<string, LegalFormMatcher>();

/**
 * The dedupe key of a company name: folded as described above, with legal-form designations removed from
 * the end of the name, repeatedly and longest first ("Foo Holding GmbH & Co. KG" -> "fooholding",
 * "苏州汇川技术股份有限公司" -> "苏州汇川技术"). The designations are those of `country` (ISO 3166-1
 * alpha-2) plus always those of DE, AT, CH and CN and the English company suffixes (Co., Ltd., Inc, ...).
 * Words such as Holding, Group, Verwaltungs, 集团 and place names are kept. A name that consists of legal
 * forms only keeps them ("GmbH" -> "gmbh"): the key is only empty for a name without letters or digits.
 */
export function normaliseCompanyName(name: string, country?: string | null): string {
  const words = wordsOf(name);
  if (words.length === 0) return fold(name).replace(/\s+/g, '');
  const whole = words.join('');
  const tail = { words, end: words.length };
  stripLegalForms(tail, matcherFor(country));
  return tail.end === 0 ? whole : tail.words.slice(0, tail.end).join('');
}

/**
 * The dedupe key of a city name: the same folding without legal forms ("München", "MUENCHEN" and
 * "Muenchen " agree), and a trailing 市 dropped ("苏州市" = "苏州"). "Frankfurt am Main" and
 * "Frankfurt (Oder)" stay distinct.
 */
export function normaliseCity(city: string): string {
  const words = wordsOf(city);
  if (words.length === 0) return fold(city).replace(/\s+/g, '');
  const last = words[words.length - 1];
  if (last === '市' && words.length > 1) words.pop();
  else if (last.length > 1 && last.endsWith('市')) words[words.length - 1] = last.slice(0, -1);
  return words.join('');
}

/**
 * The dedupe key of a register identifier: the country code, ':' and the identifier folded, upper case,
 * without spaces or punctuation ("Hamburg, HRB 150148" -> "DE:HAMBURGHRB150148"; an 18-character
 * 统一社会信用代码 is upper-cased, full-width characters become ASCII). For DE a leading "Amtsgericht"
 * or "AG" (the register court) is dropped: "Amtsgericht Hamburg HRB 150148" is the same entry. Returns ''
 * when the identifier has no letters or digits; callers must not dedupe on ''.
 */
export function normaliseRegistryId(country: string, registryId: string): string {
  const code = country.trim().toUpperCase();
  const words = fold(registryId).match(WORD) ?? [];
  if (code === 'DE' && words.length > 2 && (words[0] === 'amtsgericht' || words[0] === 'ag')) words.shift();
  return words.length === 0 ? '' : `${code}:${words.join('').toUpperCase()}`;
}

function fold(text: string): string {
  if (ASCII_PRINTABLE.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(UMLAUT, (c) => UMLAUTS[c])
    .normalize('NFD')
    .replace(ACCENTS, '')
    .normalize('NFC');
}

/** The folded words of a name; '&' and "and" count as "und", so "GmbH & Co. KG" = "GmbH und Co. KG". */
function wordsOf(text: string): string[] {
  const words = fold(text).replace(/&/g, ' und ').match(WORD);
  if (!words) return [];
  for (let i = 0; i < words.length; i++) if (words[i] === 'and') words[i] = 'und';
  return words;
}

/** Removes legal forms from the end of `tail.words[0 .. tail.end)` until none is left there. */
function stripLegalForms(tail: { words: string[]; end: number }, matcher: LegalFormMatcher): void {
  while (stripOne(tail, matcher)) {
    const { words, end } = tail;
    if (end >= 3 && words[end - 2] === 'und' && CO.has(words[end - 1])) {
      tail.end -= 2;
      if (!stripOne(tail, matcher)) tail.end += 2;
    }
  }
}

/** Removes the longest legal form at the end, if there is one. */
function stripOne(tail: { words: string[]; end: number }, matcher: LegalFormMatcher): boolean {
  if (tail.end === 0) return false;
  const last = tail.words[tail.end - 1];
  for (const length of matcher.cjkLengths) {
    if (length <= last.length && matcher.cjk.has(last.slice(last.length - length))) {
      if (length === last.length) tail.end--;
      else tail.words[tail.end - 1] = last.slice(0, last.length - length);
      return true;
    }
  }
  let joined = '';
  let longest = 0;
  for (let k = 1; k <= tail.end; k++) {
    joined = tail.words[tail.end - k] + joined;
    if (joined.length > matcher.spacedMaxLength) break;
    if (matcher.spaced.has(joined)) longest = k;
  }
  tail.end -= longest;
  return longest > 0;
}

/** The compiled legal forms for a country code; unknown or missing codes share the always-on set. */
function matcherFor(country: string | null | undefined): LegalFormMatcher {
  const requested = country ? country.trim().toUpperCase() : '';
  const cached = matchers.get(requested);
  if (cached) return cached;
  const data = loadLegalForms();
  const alwaysOn = ALWAYS_ON_COUNTRIES.includes(requested);
  const own = requested !== '' && !alwaysOn && (Object.hasOwn(data.countries, requested) || Object.hasOwn(data.supplementary.countries, requested));
  const code = own ? requested : '';
  let matcher = matchers.get(code);
  if (!matcher) {
    const codes = own ? [...ALWAYS_ON_COUNTRIES, code] : ALWAYS_ON_COUNTRIES;
    matcher = compile([...data.supplementary.always, ...codes.flatMap((c) => [...(data.countries[c] ?? []), ...(data.supplementary.countries[c] ?? [])])]);
    matchers.set(code, matcher);
  }
  // Only known codes are cached under their own name, so arbitrary country strings cannot grow the cache.
  if (alwaysOn) matchers.set(requested, matcher);
  return matcher;
}

function compile(designations: readonly string[]): LegalFormMatcher {
  const spaced = new Set<string>();
  const cjk = new Set<string>();
  for (const designation of designations) {
    const words = wordsOf(designation);
    const joined = words.join('');
    if (joined.length < 2) continue;
    if (!CJK.test(joined)) spaced.add(joined);
    else if (words.length === 1) cjk.add(joined);
  }
  return {
    spaced,
    spacedMaxLength: Math.max(0, ...[...spaced].map((s) => s.length)),
    cjk,
    cjkLengths: [...new Set([...cjk].map((s) => s.length))].sort((a, b) => b - a),
  };
}

function loadLegalForms(): LegalFormsFile {
  if (legalForms) return legalForms;
  const path = join(__dirname, '../../data/legal-forms.json');
  const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<LegalFormsFile>;
  if (typeof data.countries !== 'object' || !Array.isArray(data.supplementary?.always) || typeof data.supplementary?.countries !== 'object') {
    throw new Error(`${path} is not a legal-forms file; regenerate it with tools/reference-data/build-legal-forms.ts`);
  }
  legalForms = data as LegalFormsFile;
  return legalForms;
}
