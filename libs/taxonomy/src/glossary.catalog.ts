import { isKnownIsicCode } from './isic.catalog';
import { loadOnce, readTaxonomyDataFile } from './taxonomy-data.loader';

/**
 * One concept of the curated sector and technology glossary (data/glossary.json, see data/GLOSSARY.md).
 * All terms of an entry mean the same thing, so a search for one should find documents using another.
 */
export interface GlossaryEntry {
  /** Stable kebab-case key, e.g. 'electric-vehicle'. */
  id: string;
  /** ISIC Rev.4 divisions (2 digits) or classes (4 digits) the concept clearly belongs to; may be empty. */
  isic: string[];
  /** Simplified Chinese terms, preferred form first. */
  zh: string[];
  /** German terms, preferred form first. */
  de: string[];
  /** English terms, preferred form first. */
  en: string[];
  /** Id of the broader entry (e.g. 'traction-battery' -> 'rechargeable-battery'); its terms are not synonyms. */
  broader?: string;
  /** Where the wording comes from. */
  source: string;
}

const LANGUAGES = ['zh', 'de', 'en'] as const;
const FIELDS = new Set(['id', 'isic', 'zh', 'de', 'en', 'broader', 'source']);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(entry: string, problem: string): never {
  throw new Error(`glossary.json: entry ${entry} ${problem}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value === value.trim();
}

// Frozen because the same arrays are handed to every caller.
function frozen<T>(items: T[]): T[] {
  return Object.freeze(items) as T[];
}

function textList(entry: string, field: string, value: unknown, required: boolean): string[] {
  if (!Array.isArray(value)) fail(entry, `has no '${field}' list`);
  if (required && value.length === 0) fail(entry, `has no ${field} term`);
  const seen = new Set<string>();
  for (const item of value) {
    if (!nonEmptyText(item)) fail(entry, `has an empty, untrimmed or non-text value in '${field}'`);
    if (seen.has(termKey(item))) fail(entry, `repeats '${item}' in '${field}'`);
    seen.add(termKey(item));
  }
  return frozen([...(value as string[])]);
}

function parseEntry(row: unknown, index: number): GlossaryEntry {
  if (!isRecord(row)) fail(`#${index}`, 'is not an object');
  const entry = typeof row.id === 'string' ? `'${row.id}'` : `#${index}`;
  if (typeof row.id !== 'string' || !ID.test(row.id)) fail(entry, 'needs a kebab-case id');
  const unknownField = Object.keys(row).find((key) => !FIELDS.has(key));
  if (unknownField !== undefined) fail(entry, `has an unknown field '${unknownField}'`);
  if (!nonEmptyText(row.source)) fail(entry, 'needs a source');
  const isic = textList(entry, 'isic', row.isic, false);
  const unknownCode = isic.find((code) => !isKnownIsicCode(code));
  if (unknownCode !== undefined) fail(entry, `has an unknown ISIC Rev.4 code '${unknownCode}'`);
  const [zh, de, en] = LANGUAGES.map((language) => textList(entry, language, row[language], true));
  const parsed: GlossaryEntry = { id: row.id, isic, zh, de, en, source: row.source };
  if (row.broader !== undefined) {
    if (typeof row.broader !== 'string' || row.broader === row.id) fail(entry, "needs another entry's id as broader");
    parsed.broader = row.broader;
  }
  return Object.freeze(parsed);
}

function parseGlossary(rows: unknown): readonly GlossaryEntry[] {
  if (!Array.isArray(rows)) throw new Error('glossary.json: expected an array of entries');
  const entries = rows.map(parseEntry);
  const byId = new Map<string, GlossaryEntry>();
  for (const entry of entries) {
    if (byId.has(entry.id)) fail(`'${entry.id}'`, 'is defined twice');
    byId.set(entry.id, entry);
  }
  for (const entry of entries) {
    if (entry.broader !== undefined && !byId.has(entry.broader)) fail(`'${entry.id}'`, `names an unknown broader entry '${entry.broader}'`);
    // A broader chain must end; a loop would make "broader" meaningless.
    const visited = new Set([entry.id]);
    for (let up = entry.broader; up !== undefined; up = byId.get(up)?.broader) {
      if (visited.has(up)) fail(`'${entry.id}'`, `is part of a broader loop through '${up}'`);
      visited.add(up);
    }
  }
  return Object.freeze(entries);
}

/** Case-insensitive identity of a term, so 'LiDAR' and 'Lidar' count once in a group. */
function termKey(term: string): string {
  return term.normalize('NFKC').toLowerCase();
}

const catalog = loadOnce(() => {
  const entries = parseGlossary(readTaxonomyDataFile<unknown>('glossary.json'));
  const groups = entries.map((entry) => {
    const seen = new Set<string>();
    const group: string[] = [];
    for (const term of [...entry.zh, ...entry.de, ...entry.en]) {
      const key = termKey(term);
      if (!seen.has(key)) {
        seen.add(key);
        group.push(term);
      }
    }
    return group;
  });
  return { entries, groups };
});

/** All glossary entries in file order, validated on first use (throws an Error naming the faulty entry). */
export function glossary(): readonly GlossaryEntry[] {
  return catalog().entries;
}

/**
 * One synonym group per entry: its zh, then de, then en terms, each term once (compared case-insensitively,
 * first spelling kept). This is what the search engines get as synonyms.
 */
export function glossaryTermGroups(): string[][] {
  return catalog().groups.map((group) => [...group]);
}
