import type { Localized } from '@hc/core';
import { loadOnce, readTaxonomyDataFile } from './taxonomy-data.loader';

export type IsicLevel = 'section' | 'division' | 'group' | 'class';

/** One ISIC Rev.4 code. Sections and divisions carry zh/de/en labels; groups and classes English only. */
export interface IsicEntry {
  code: string;
  level: IsicLevel;
  /** Section letter (A–U); a section's own code. */
  section: string;
  /** Two-digit division; null for a section. */
  division: string | null;
  label: Localized;
}

interface IsicRow {
  code: string;
  level: IsicLevel;
  section: string;
  division: string | null;
  title: string;
}

interface IsicLabelRow {
  zh: string;
  de: string;
}

const NUMERIC_CODE = /^\d{2,4}$/;

const catalog = loadOnce(() => {
  const rows = readTaxonomyDataFile<IsicRow[]>('isic4.json');
  const labels = readTaxonomyDataFile<Record<string, IsicLabelRow>>('isic4-labels.json');
  const byCode = new Map<string, IsicEntry>();
  for (const row of rows) {
    const translated = labels[row.code];
    // Frozen because the same objects are handed to every caller.
    const label = Object.freeze({ zh: translated?.zh ?? null, de: translated?.de ?? null, en: row.title });
    byCode.set(row.code, Object.freeze({ code: row.code, level: row.level, section: row.section, division: row.division, label }));
  }
  const all = [...byCode.values()];
  const byLevel = (level: IsicLevel) => all.filter((e) => e.level === level);
  return { byCode, all, sections: byLevel('section'), divisions: byLevel('division') };
});

/** The entry for a section letter or a 2–4 digit code, exactly as ISIC writes it (no dots). */
export function isicEntry(code: string): IsicEntry | undefined {
  return typeof code === 'string' ? catalog().byCode.get(code) : undefined;
}

/** True for a known division, group or class. Section letters are not codes a company is classified by. */
export function isKnownIsicCode(code: string): boolean {
  return typeof code === 'string' && NUMERIC_CODE.test(code) && catalog().byCode.has(code);
}

function requireEntry(code: string): IsicEntry {
  const entry = isicEntry(code);
  if (!entry) throw new Error(`Unknown ISIC Rev.4 code '${code}'`);
  return entry;
}

/** The two-digit division of a division, group or class, e.g. '2822' -> '28'. */
export function isicDivisionOf(code: string): string {
  const entry = requireEntry(code);
  if (entry.division === null) throw new Error(`ISIC Rev.4 section '${code}' has no division`);
  return entry.division;
}

/** The section letter of any known code, e.g. '2822' -> 'C'; a section maps to itself. */
export function isicSectionOf(code: string): string {
  return requireEntry(code).section;
}

/** The 21 sections, A to U. */
export function isicSections(): IsicEntry[] {
  return [...catalog().sections];
}

/** The 88 divisions in code order. */
export function isicDivisions(): IsicEntry[] {
  return [...catalog().divisions];
}

/** All 766 entries in code order, or those of one level. */
export function isicEntries(level?: IsicLevel): IsicEntry[] {
  const all = catalog().all;
  return level ? all.filter((e) => e.level === level) : [...all];
}
