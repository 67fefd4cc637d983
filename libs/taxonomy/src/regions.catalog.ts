import { loadOnce, readTaxonomyDataFile } from './taxonomy-data.loader';

/**
 * A region that free text can name (data/named-regions.json, see data/REGIONS.md): an ISO 3166-2
 * first-level subdivision (province, Land, région, regione) or a cluster of them (京津冀, Rhein-Main).
 */
export interface RegionEntry {
  /**
   * Subdivision: its ISO 3166-2 code ('CN-JS', 'DE-BY', 'AT-9', 'FR-IDF'). Cluster: the country code and an
   * upper-case name of four or more characters ('CN-YANGTZE-DELTA', 'DE-RHEIN-MAIN'), so it never collides
   * with an ISO code (at most three characters after the country).
   */
  code: string;
  kind: 'subdivision' | 'cluster';
  /** ISO 3166-1 alpha-2 code of the country it lies in. */
  country: string;
  /** The ISO 3166-1 code a subdivision also has (CN-HK: 'HK', CN-MO: 'MO', CN-TW: 'TW'); places recorded under it lie in it. */
  ownCountryCode: string | null;
  /** Names by language, preferred (display) form first; every name is matched by regionsNamedIn. */
  names: { zh: readonly string[]; de: readonly string[]; en: readonly string[] };
  /** Subdivision: its own code. Cluster: every subdivision it lies in, wholly or partly. */
  subdivisions: readonly string[];
  /** The subdivisions of `subdivisions` the cluster covers only partly (there `radiusKm` decides); empty for subdivisions. */
  partialSubdivisions: readonly string[];
  /** True when `partialSubdivisions` is not empty. */
  partial: boolean;
  /** Subdivision: the seat of government (a point inside it; a centroid can lie outside, e.g. Brandenburg's). Cluster: the centre of `radiusKm`. */
  latitude: number;
  longitude: number;
  /** Cluster: radius in km of a circle that roughly covers it. Null for subdivisions. */
  radiusKm: number | null;
}

export type RegionLanguage = 'zh' | 'de' | 'en';

/** Where a company or park is: its ISO 3166-1 country, its ISO 3166-2 code when known, and its coordinates. */
export interface RegionPlace {
  country: string;
  region?: string | null;
  latitude: number;
  longitude: number;
}

const FILE = 'named-regions.json';
const SUBDIVISION_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
const CLUSTER_CODE = /^[A-Z]{2}-[A-Z0-9]{4,}(?:-[A-Z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
const SUBDIVISION_FIELDS = new Set(['code', 'kind', 'country', 'ownCountryCode', 'latitude', 'longitude', 'zh', 'de', 'en', 'anchors']);
const CLUSTER_FIELDS = new Set(['code', 'kind', 'country', 'latitude', 'longitude', 'radiusKm', 'subdivisions', 'partialSubdivisions', 'note', 'zh', 'de', 'en']);

/** CJK ideographs (with extensions and compatibility forms), kana and Hangul: the scripts matched as substrings, never as words. */
const CJK = '\\u2e80-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\u{20000}-\\u{3ffff}';
/** Non-ASCII letters, marks and digits; with ASCII letters and digits these make up Latin (and other alphabetic) words. */
const LETTER = /[\p{L}\p{M}\p{N}]/u;
const HAN_NAME = new RegExp(`^[\\u2e80-\\u9fff](?:[${CJK}·-]*[${CJK}])?$`, 'u');
const HAN_FIRST = 0x2e80;
const HAN_LAST = 0x9fff;
const HAS_CJK = new RegExp(`[${CJK}]`, 'u');
const NON_ASCII = /[\u0080-\uffff]/;
/** Hyphens and dashes fold to '-', middle dots to '·' (names list one spelling; text may use any). */
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58';
const DOTS = '\u2027\u30fb';
/** Characters allowed between the words of a name in text: spaces, hyphens and apostrophes ('Rhein Main' = 'Rhein-Main'). */
const GAP = new Set([' ', '\t', '\n', '\r', '\u00a0', '\u3000', '-', "'", '\u2019']);

type Point = readonly [number, number];

interface LatinName {
  words: readonly string[];
  chars: number;
  /** Whether the last word may carry a German genitive -s. */
  genitive: boolean;
  region: RegionEntry;
}

interface HanName {
  text: string;
  region: RegionEntry;
}

interface Catalog {
  entries: readonly RegionEntry[];
  byCode: ReadonlyMap<string, RegionEntry>;
  /** 'HK' -> CN-HK and so on. */
  byOwnCountry: ReadonlyMap<string, RegionEntry>;
  /** Per country, the subdivision points (seat and anchors) for subdivisionOf. */
  points: ReadonlyMap<string, { lat: Float64Array; lon: Float64Array; code: readonly string[] }>;
  /** First word -> names starting with it, most words (then most characters) first. */
  latin: ReadonlyMap<string, readonly LatinName[]>;
  /** Han names by first character (U+2E80..U+9FFF, as `hanIndex[c - 0x2e80] - 1`), longest first. */
  han: readonly (readonly HanName[])[];
  hanIndex: Uint16Array;
  fold: ReadonlyMap<string, string>;
  foldPattern: RegExp;
}

function fail(entry: string, problem: string): never {
  throw new Error(`${FILE}: entry ${entry} ${problem}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function frozen<T>(items: T[]): readonly T[] {
  return Object.freeze(items);
}

function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

function nameList(entry: string, language: RegionLanguage, value: unknown): readonly string[] {
  if (!Array.isArray(value) || value.length === 0) fail(entry, `needs at least one ${language} name`);
  const seen = new Set<string>();
  for (const name of value) {
    if (typeof name !== 'string' || name.trim() === '' || name !== name.trim()) fail(entry, `has an empty, untrimmed or non-text ${language} name`);
    if (language === 'zh' && !HAN_NAME.test(name.normalize('NFKC'))) fail(entry, `has a zh name '${name}' that is not Han characters (with '-' or '·' inside, starting in U+2E80..U+9FFF)`);
    if (language !== 'zh' && (HAS_CJK.test(name) || words(name).length === 0)) fail(entry, `has a ${language} name '${name}' with CJK characters or no letters`);
    if (seen.has(nameKey(name))) fail(entry, `repeats the ${language} name '${name}'`);
    seen.add(nameKey(name));
  }
  return frozen([...(value as string[])]);
}

function coordinate(entry: string, field: string, value: unknown, limit: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > limit) fail(entry, `needs a ${field} between -${limit} and ${limit}`);
  return value;
}

function pointList(entry: string, value: unknown): Point[] {
  if (!Array.isArray(value)) fail(entry, 'needs anchors as a list of [latitude, longitude]');
  return value.map((point: unknown) => {
    if (!Array.isArray(point) || point.length !== 2) fail(entry, 'has an anchor that is not [latitude, longitude]');
    return [coordinate(entry, 'anchor latitude', point[0], 90), coordinate(entry, 'anchor longitude', point[1], 180)] as const;
  });
}

function codeList(entry: string, field: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.some((code) => typeof code !== 'string')) fail(entry, `needs '${field}' as a list of codes`);
  const codes = value as string[];
  if (new Set(codes).size !== codes.length) fail(entry, `repeats a code in '${field}'`);
  return codes;
}

interface ParsedEntry {
  region: RegionEntry;
  anchors: Point[];
}

function parseEntry(row: unknown, index: number): ParsedEntry {
  if (!isRecord(row)) fail(`#${index}`, 'is not an object');
  const entry = typeof row.code === 'string' ? `'${row.code}'` : `#${index}`;
  if (row.kind !== 'subdivision' && row.kind !== 'cluster') fail(entry, "needs kind 'subdivision' or 'cluster'");
  const subdivision = row.kind === 'subdivision';
  const unknownField = Object.keys(row).find((key) => !(subdivision ? SUBDIVISION_FIELDS : CLUSTER_FIELDS).has(key));
  if (unknownField !== undefined) fail(entry, `has a field '${unknownField}' that a ${row.kind} does not have`);
  if (typeof row.country !== 'string' || !COUNTRY.test(row.country)) fail(entry, 'needs an ISO 3166-1 alpha-2 country');
  const country = row.country;
  if (typeof row.code !== 'string' || !(subdivision ? SUBDIVISION_CODE : CLUSTER_CODE).test(row.code) || !row.code.startsWith(`${country}-`)) {
    fail(entry, subdivision ? `needs an ISO 3166-2 code of ${country}` : `needs a code '${country}-' followed by an upper-case name of 4+ characters`);
  }
  const code = row.code;
  const names = {
    zh: nameList(entry, 'zh', row.zh),
    de: nameList(entry, 'de', row.de),
    en: nameList(entry, 'en', row.en),
  };
  const latitude = coordinate(entry, 'latitude', row.latitude, 90);
  const longitude = coordinate(entry, 'longitude', row.longitude, 180);
  if (subdivision) {
    const own = row.ownCountryCode ?? null;
    if (own !== null && (typeof own !== 'string' || !COUNTRY.test(own) || own === country)) fail(entry, 'needs an ISO 3166-1 alpha-2 ownCountryCode other than its country');
    const region: RegionEntry = {
      code, kind: 'subdivision', country, ownCountryCode: own, names: Object.freeze(names), subdivisions: frozen([code]),
      partialSubdivisions: frozen([]), partial: false, latitude, longitude, radiusKm: null,
    };
    return { region: Object.freeze(region), anchors: row.anchors === undefined ? [] : pointList(entry, row.anchors) };
  }
  if (typeof row.radiusKm !== 'number' || !(row.radiusKm > 0 && row.radiusKm <= 2000)) fail(entry, 'needs a radiusKm above 0 and at most 2000');
  if (row.note !== undefined && typeof row.note !== 'string') fail(entry, 'has a note that is not text');
  const subdivisions = codeList(entry, 'subdivisions', row.subdivisions);
  if (subdivisions.length === 0) fail(entry, 'needs at least one subdivision');
  const partialSubdivisions = codeList(entry, 'partialSubdivisions', row.partialSubdivisions);
  const stray = partialSubdivisions.find((c) => !subdivisions.includes(c));
  if (stray !== undefined) fail(entry, `lists '${stray}' as partial but not among its subdivisions`);
  const region: RegionEntry = {
    code, kind: 'cluster', country, ownCountryCode: null, names: Object.freeze(names), subdivisions: frozen(subdivisions),
    partialSubdivisions: frozen(partialSubdivisions), partial: partialSubdivisions.length > 0, latitude, longitude, radiusKm: row.radiusKm,
  };
  return { region: Object.freeze(region), anchors: [] };
}

function parseFold(value: unknown): Map<string, string> {
  if (!isRecord(value)) throw new Error(`${FILE}: expected 'hanVariants' as an object of single characters`);
  const fold = new Map<string, string>();
  for (const [from, to] of Object.entries(value)) {
    if ([...from].length !== 1 || typeof to !== 'string' || [...to].length !== 1 || !HAS_CJK.test(from) || !HAS_CJK.test(to)) {
      throw new Error(`${FILE}: hanVariants '${from}' must map one Han character to one Han character`);
    }
    fold.set(from, to);
  }
  for (const dash of DASHES) fold.set(dash, '-');
  for (const dot of DOTS) fold.set(dot, '·');
  return fold;
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, (c) => `\\${c}`);
}

/** NFKC, lower case, one spelling for dashes and middle dots, simplified for the traditional characters of region names. */
function normalise(text: string, catalog: Pick<Catalog, 'fold' | 'foldPattern'>): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  const lower = text.normalize('NFKC').toLowerCase();
  catalog.foldPattern.lastIndex = 0;
  return catalog.foldPattern.test(lower) ? lower.replace(catalog.foldPattern, (c) => catalog.fold.get(c) ?? c) : lower;
}

/**
 * Whether text[i] belongs to a word: ASCII letters and digits, and other letters, marks and digits except
 * CJK ideographs, kana, Hangul and surrogates (CJK extensions), which are matched as substrings instead.
 * A scan by character code: a Unicode-property regular expression over CJK text costs several times more.
 */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  if ((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xdfff) || (c >= 0xf900 && c <= 0xfaff)) return false;
  return LETTER.test(text[i] as string);
}

/** Calls `word` with the start and end of every word of `text`, in order. */
function scanWords(text: string, word: (start: number, end: number) => void): void {
  for (let i = 0; i < text.length; ) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordChar(text, i)) i++;
    word(start, i);
  }
}

function words(text: string): string[] {
  const found: string[] = [];
  scanWords(text, (start, end) => found.push(text.slice(start, end)));
  return found;
}

/**
 * The spellings a Latin name is matched in: as written, without diacritics (Ile-de-France) and with German
 * transliteration (Thueringen), each also with ß as ss (Grossraum München).
 */
function latinSpellings(normalised: string): string[] {
  const spellings = new Set<string>();
  for (const base of [normalised, normalised.replace(/ß/g, 'ss')]) {
    spellings.add(base);
    spellings.add(base.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'));
    spellings.add(base.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'));
  }
  return [...spellings];
}

/** The spellings a Han name is matched in: with its hyphens, without them and with middle dots (巴登-符腾堡, 巴登符腾堡, 巴登·符腾堡). */
function hanSpellings(normalised: string): string[] {
  return [...new Set([normalised, normalised.replace(/[-·]/g, ''), normalised.replace(/[-·]/g, '·'), normalised.replace(/[-·]/g, '-')])];
}

function compile(data: unknown, derivedAnchors: unknown): Catalog {
  if (!isRecord(data) || !Array.isArray(data.regions)) throw new Error(`${FILE}: expected an object with 'hanVariants' and a 'regions' array`);
  const fold = parseFold(data.hanVariants);
  const foldPattern = new RegExp(`[${escapeClass([...fold.keys()].join(''))}]`, 'gu');
  const parsed = data.regions.map(parseEntry);
  const entries = frozen(parsed.map((p) => p.region));

  const byCode = new Map<string, RegionEntry>();
  const byOwnCountry = new Map<string, RegionEntry>();
  for (const region of entries) {
    if (byCode.has(region.code)) fail(`'${region.code}'`, 'is defined twice');
    byCode.set(region.code, region);
    if (region.ownCountryCode !== null) {
      if (byOwnCountry.has(region.ownCountryCode)) fail(`'${region.code}'`, `repeats ownCountryCode '${region.ownCountryCode}'`);
      byOwnCountry.set(region.ownCountryCode, region);
    }
  }
  for (const region of entries) {
    const broken = region.names.zh.find((name) => [...name].some((ch) => fold.has(ch)));
    if (broken !== undefined) fail(`'${region.code}'`, `has the zh name '${broken}' with a character that hanVariants folds away`);
    const unknown = region.kind === 'cluster' ? region.subdivisions.find((c) => byCode.get(c)?.kind !== 'subdivision' || byCode.get(c)?.country !== region.country) : undefined;
    if (unknown !== undefined) fail(`'${region.code}'`, `lists '${unknown}', which is not a subdivision of ${region.country}`);
  }

  // Subdivision points: the seat, anchors from the entry, anchors from region-anchors.json.
  const anchorsByCode = new Map<string, Point[]>(parsed.map((p) => [p.region.code, [[p.region.latitude, p.region.longitude] as const, ...p.anchors]]));
  const derived = isRecord(derivedAnchors) && isRecord(derivedAnchors.anchors) ? derivedAnchors.anchors : undefined;
  if (derived === undefined) throw new Error("region-anchors.json: expected an object with 'anchors'");
  for (const [code, value] of Object.entries(derived)) {
    if (byCode.get(code)?.kind !== 'subdivision') throw new Error(`region-anchors.json: '${code}' is not a subdivision of ${FILE}`);
    anchorsByCode.get(code)?.push(...pointList(`'${code}' (region-anchors.json)`, value));
  }
  const pointsByCountry = new Map<string, { lat: number[]; lon: number[]; code: string[] }>();
  for (const region of entries) {
    if (region.kind !== 'subdivision') continue;
    const points = pointsByCountry.get(region.country) ?? { lat: [], lon: [], code: [] };
    for (const [lat, lon] of anchorsByCode.get(region.code) ?? []) {
      points.lat.push(lat);
      points.lon.push(lon);
      points.code.push(region.code);
    }
    pointsByCountry.set(region.country, points);
  }
  const points = new Map(
    [...pointsByCountry].map(([country, p]) => [country, { lat: Float64Array.from(p.lat), lon: Float64Array.from(p.lon), code: frozen(p.code) }] as const),
  );

  // Name index. A spelling may name one region only.
  const owner = new Map<string, string>();
  const claim = (key: string, region: RegionEntry, name: string) => {
    const other = owner.get(key);
    if (other !== undefined && other !== region.code) fail(`'${region.code}'`, `has the name '${name}', which also names '${other}'`);
    owner.set(key, region.code);
  };
  const latinByKey = new Map<string, LatinName>();
  const hanByFirst = new Map<number, HanName[]>();
  for (const region of entries) {
    for (const name of region.names.zh) {
      for (const text of hanSpellings(normalise(name, { fold, foldPattern }))) {
        claim(`zh:${text}`, region, name);
        const key = text.charCodeAt(0);
        const list = hanByFirst.get(key) ?? [];
        if (!list.some((n) => n.text === text)) list.push({ text, region });
        hanByFirst.set(key, list);
      }
    }
    for (const [language, name] of [...region.names.de.map((n) => ['de', n] as const), ...region.names.en.map((n) => ['en', n] as const)]) {
      // German genitive: Bayerns, Hessens, des Ruhrgebiets; not after -e/-s/-x/-z/-ß (die Marche, not "Marches").
      const genitive = language === 'de' && !/[esxzß]$/.test(nameKey(name));
      for (const spelling of latinSpellings(normalise(name, { fold, foldPattern }))) {
        const nameWords = words(spelling);
        const key = nameWords.join(' ');
        claim(`latin:${key}`, region, name);
        const known = latinByKey.get(key);
        if (known) known.genitive ||= genitive;
        else latinByKey.set(key, { words: frozen(nameWords), chars: key.length, genitive, region });
      }
    }
  }
  const latin = new Map<string, LatinName[]>();
  for (const name of latinByKey.values()) latin.set(name.words[0] as string, [...(latin.get(name.words[0] as string) ?? []), name]);
  for (const list of latin.values()) list.sort((a, b) => b.words.length - a.words.length || b.chars - a.chars);
  const han: HanName[][] = [];
  const hanIndex = new Uint16Array(HAN_LAST - HAN_FIRST + 1);
  for (const [first, list] of hanByFirst) {
    han.push(list.sort((a, b) => b.text.length - a.text.length));
    hanIndex[first - HAN_FIRST] = han.length;
  }
  return { entries, byCode, byOwnCountry, points, latin, han, hanIndex, fold, foldPattern };
}

const catalog = loadOnce(() => compile(readTaxonomyDataFile<unknown>(FILE), readTaxonomyDataFile<unknown>('region-anchors.json')));

/** All named regions in file order (subdivisions, then clusters), validated on first use (throws an Error naming the faulty entry). */
export function namedRegions(): readonly RegionEntry[] {
  return catalog().entries;
}

/** The region with this code (ISO 3166-2 subdivision or cluster code), if any. */
export function namedRegion(code: string): RegionEntry | undefined {
  return typeof code === 'string' ? catalog().byCode.get(code) : undefined;
}

/** The preferred name in a language. */
export function regionLabel(region: RegionEntry, language: RegionLanguage): string {
  return region.names[language][0] as string;
}

/** Great-circle distance in km (haversine, as distanceKm in @hc/core; not imported, so the catalogue loads without NestJS). */
function kmBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function isGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!GAP.has(text[i] as string)) return false;
  return true;
}

function latinMatches(text: string, latin: Catalog['latin'], found: [number, RegionEntry][]): void {
  const starts: number[] = [];
  const ends: number[] = [];
  const tokens: string[] = [];
  scanWords(text, (start, end) => {
    starts.push(start);
    ends.push(end);
    tokens.push(text.slice(start, end));
  });
  for (let j = 0; j < tokens.length; ) {
    const token = tokens[j] as string;
    let matched: LatinName | undefined;
    for (const name of latin.get(token) ?? []) {
      const n = name.words.length;
      if (j + n > tokens.length) continue;
      let k = 1;
      for (; k < n; k++) {
        const word = tokens[j + k] as string;
        const wanted = name.words[k] as string;
        // A genitive -s on the last word: "des Rhein-Main-Gebiets".
        if (!isGap(text, ends[j + k - 1] as number, starts[j + k] as number) || (word !== wanted && !(k === n - 1 && name.genitive && word === `${wanted}s`))) break;
      }
      if (k === n) {
        matched = name;
        break;
      }
    }
    // A genitive -s on a one-word name: "Bayerns", "Hessens".
    if (matched === undefined && token.length > 3 && token.endsWith('s')) matched = latin.get(token.slice(0, -1))?.find((name) => name.words.length === 1 && name.genitive);
    if (matched === undefined) {
      j++;
      continue;
    }
    found.push([starts[j] as number, matched.region]);
    j += matched.words.length;
  }
}

function hanMatches(text: string, catalog: Catalog, found: [number, RegionEntry][]): void {
  for (let i = 0; i < text.length - 1; ) {
    const c = text.charCodeAt(i);
    const slot = c >= HAN_FIRST && c <= HAN_LAST ? (catalog.hanIndex[c - HAN_FIRST] as number) : 0;
    const name = slot === 0 ? undefined : catalog.han[slot - 1]?.find((n) => text.startsWith(n.text, i));
    if (name === undefined) {
      i++;
      continue;
    }
    found.push([i, name.region]);
    i += name.text.length;
  }
}

/**
 * Every region named in a text, in order of first mention, each once. Matching is case- and
 * width-insensitive (NFKC, lower case); traditional characters count as simplified.
 *
 * - Latin names match whole words: 'Bayern' in "Standort in Bayern", 'NRW' as a word, but not 'Hessen' in
 *   "Hessenwald", 'Berlin' in "Berliner Straße" or 'Sachsen' in "Niedersachsen". Hyphens count as word
 *   breaks, so "Rhein-Main-Gebiet" names Rhein-Main; between the words of a name, spaces, hyphens and
 *   apostrophes are interchangeable ("Rhein Main"), other punctuation is not ("Berlin, Brandenburg" is two
 *   Länder). A genitive -s is allowed ("Bayerns"); diacritics may be left out or transliterated (Thueringen).
 * - Han names match as substrings: 长三角地区 names 长三角.
 * - The leftmost, then longest name wins and its words are consumed: "Berlin-Brandenburg" reports the
 *   cluster only (it lists both Länder), "Sachsen-Anhalt" only DE-ST, "浙江西部" only Zhejiang (not 江西).
 *
 * City names are not region names ("München" is a city; "Metropolregion München" is a region), and
 * neither are single-character abbreviations (京, 沪) or bare 东北, which is part of 东北部 and 东北亚.
 */
export function regionsNamedIn(text: string): RegionEntry[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const c = catalog();
  const normalised = normalise(text, c);
  const found: [number, RegionEntry][] = [];
  latinMatches(normalised, c.latin, found);
  const latinCount = found.length;
  hanMatches(normalised, c, found);
  if (latinCount > 0 && found.length > latinCount) found.sort((a, b) => a[0] - b[0]);
  const regions: RegionEntry[] = [];
  for (const [, region] of found) if (!regions.includes(region)) regions.push(region);
  return regions;
}

/**
 * The subdivision of a country whose nearest point (its seat or one of its anchor points, see REGIONS.md)
 * is closest to the coordinates; null for a country without subdivisions here. An approximation for
 * profiles without a region code only: near a border it can pick the neighbour.
 */
export function subdivisionOf(country: string, latitude: number, longitude: number): string | null {
  const c = catalog();
  const own = c.byOwnCountry.get(country);
  if (own !== undefined) return own.code;
  const points = c.points.get(country);
  if (points === undefined || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  // Equirectangular distance: exact enough to rank points a few hundred km apart.
  const scale = Math.cos((latitude * Math.PI) / 180) ** 2;
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i < points.lat.length; i++) {
    const dLat = (points.lat[i] as number) - latitude;
    const dLon = (points.lon[i] as number) - longitude;
    const d = dLat * dLat + dLon * dLon * scale;
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  }
  return best < 0 ? null : (points.code[best] as string);
}

/**
 * Whether a place lies in a region. The place must be in the region's country (a place recorded under
 * HK, MO or TW counts as CN with that subdivision). Its ISO 3166-2 code decides; without a (known) code,
 * subdivisionOf() supplies one. Then:
 * - a subdivision contains the place when the codes are equal;
 * - a cluster contains it when the code is one of its subdivisions, and, for a subdivision it covers only
 *   partly, the place is within radiusKm of its centre. (For a cluster of whole subdivisions the radius is
 *   not used: a circle around Northeast China would also hold Beijing.)
 */
export function regionContains(region: RegionEntry, place: RegionPlace): boolean {
  const c = catalog();
  const own = c.byOwnCountry.get(place.country);
  const country = own?.country ?? place.country;
  if (country !== region.country) return false;
  const recorded = own ?? (place.region ? c.byCode.get(place.region) : undefined);
  const code =
    recorded !== undefined && recorded.kind === 'subdivision' && recorded.country === country
      ? recorded.code
      : subdivisionOf(country, place.latitude, place.longitude);
  if (region.kind === 'subdivision') return code === region.code;
  if (code === null) return kmBetween(place, region) <= (region.radiusKm as number);
  if (!region.subdivisions.includes(code)) return false;
  return !region.partialSubdivisions.includes(code) || kmBetween(place, region) <= (region.radiusKm as number);
}
