import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isicEntry, isKnownIsicCode } from './isic.catalog';
import { loadOnce } from './taxonomy-data.loader';

/** Classification schemes a company's activity codes may come in. ISIC Rev.4 is the pivot. */
export enum SectorScheme {
  ISIC4 = 'ISIC4',
  NACE2 = 'NACE2',
  WZ2008 = 'WZ2008',
  GBT4754 = 'GBT4754',
}

export interface IsicLink {
  code: string;
  /** 1 = same scope; less = the share of the source code's scope this ISIC code covers (GB/T only). */
  confidence: number;
}

export interface GbtDivision {
  code: string;
  section: string;
  zh: string;
  en: string;
  isic: IsicLink[];
}

const cache = new Map<string, unknown>();
function load<T>(file: string): T {
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(join(__dirname, '../data', file), 'utf8')) as T);
  return cache.get(file) as T;
}

export function gbtDivisions(): GbtDivision[] {
  return load<GbtDivision[]>('gbt4754-divisions.json');
}

function naceClasses(): Record<string, string[]> {
  return load<Record<string, string[]>>('nace2-isic4.json');
}

/**
 * Derives the ISIC Rev.4 codes of an activity code given in any supported scheme, or returns
 * undefined when the code is malformed or unknown. NACE Rev.2 equals ISIC at sections and
 * divisions and maps classes through the ENCORE crosswalk; WZ 2008 is NACE plus one digit;
 * GB/T 4754-2017 maps at division level, many-to-many, with a confidence per link.
 */
export function toIsic(scheme: SectorScheme, code: string): IsicLink[] | undefined {
  const c = code.trim().toUpperCase();
  switch (scheme) {
    case SectorScheme.ISIC4:
      return isKnownIsicCode(c) ? [{ code: c, confidence: 1 }] : undefined;
    case SectorScheme.WZ2008: {
      // 28.22.0 (or 28220) -> NACE 28.22
      const m = /^(?:[A-U])?(\d{2})(?:\.?(\d))?(?:(\d))?(?:\.?(\d))?$/.exec(c);
      if (!m) return undefined;
      const nace = m[3] !== undefined ? `${m[1]}.${m[2]}${m[3]}` : m[2] !== undefined ? `${m[1]}.${m[2]}` : m[1];
      return toIsic(SectorScheme.NACE2, nace);
    }
    case SectorScheme.NACE2: {
      const m = /^(?:[A-U])?(\d{2})(?:\.(\d)(\d)?)?$/.exec(c);
      if (!m) return undefined;
      const [, division, group, cls] = m;
      if (cls !== undefined) {
        const mapped = naceClasses()[`${division}.${group}${cls}`];
        return mapped?.length ? mapped.map((isic) => ({ code: isic, confidence: 1 })) : undefined;
      }
      const isic = group !== undefined ? `${division}${group}` : division;
      return isKnownIsicCode(isic) ? [{ code: isic, confidence: 1 }] : undefined;
    }
    case SectorScheme.GBT4754: {
      // A GB/T group or class (3-4 digits) belongs to its division; the concordance is kept there.
      const m = /^(?:[A-T])?(\d{2})\d{0,2}$/.exec(c);
      const division = m ? gbtDivisions().find((d) => d.code === m[1]) : undefined;
      return division?.isic.filter((l) => isicEntry(l.code)).map((l) => ({ ...l }));
    }
  }
}

/** Which ISIC divisions supply which (VALUE_CHAIN.md): for matching upstream and downstream partners. */
export interface ValueChainLink {
  supplier: string;
  customer: string;
  /** 0.3 to 1: how typical the supply relation is. */
  strength: number;
  note: string;
}

export function valueChain(): ValueChainLink[] {
  return load<ValueChainLink[]>('value-chain.json');
}

const chainIndex = loadOnce(() => {
  const bySupplier = new Map<string, ValueChainLink[]>();
  const byCustomer = new Map<string, ValueChainLink[]>();
  for (const link of [...valueChain()].sort((a, b) => b.strength - a.strength)) {
    bySupplier.set(link.supplier, [...(bySupplier.get(link.supplier) ?? []), link]);
    byCustomer.set(link.customer, [...(byCustomer.get(link.customer) ?? []), link]);
  }
  return { bySupplier, byCustomer };
});

const NO_LINKS: readonly ValueChainLink[] = Object.freeze([]);

/** Divisions that supply `division`, strongest first. Matching calls this per candidate, so it is an index lookup. */
export function suppliersOf(division: string): readonly ValueChainLink[] {
  return chainIndex().byCustomer.get(division) ?? NO_LINKS;
}

/** Divisions that `division` supplies, strongest first. */
export function customersOf(division: string): readonly ValueChainLink[] {
  return chainIndex().bySupplier.get(division) ?? NO_LINKS;
}
