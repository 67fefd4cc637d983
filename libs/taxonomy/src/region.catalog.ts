import type { Localized } from '@hc/core';
import { loadOnce, readTaxonomyDataFile } from './taxonomy-data.loader';

/** A German state or a mainland Chinese provincial division. */
export interface Region {
  /** ISO 3166-2 code, e.g. 'DE-BY', 'CN-JS'. */
  code: string;
  /** ISO 3166-1 alpha-2 of the country. */
  country: string;
  /** GB/T 2260 two-digit province code for Chinese regions (e.g. '32' for Jiangsu); null elsewhere. */
  gbCode: string | null;
  label: Localized;
}

const catalog = loadOnce(() => {
  const rows = readTaxonomyDataFile<Region[]>('regions.json');
  const list = rows.map((r) =>
    Object.freeze({ code: r.code, country: r.country, gbCode: r.gbCode, label: Object.freeze({ ...r.label }) }),
  );
  const byGbCode = new Map<string, Region>();
  for (const r of list) if (r.gbCode !== null) byGbCode.set(r.gbCode, r);
  return { list, byCode: new Map(list.map((r) => [r.code, r])), byGbCode };
});

/** All regions, or those of one country ('DE', 'CN'). */
export function regions(country?: string): Region[] {
  const list = catalog().list;
  return country === undefined ? [...list] : list.filter((r) => r.country === country);
}

export function regionByCode(code: string): Region | undefined {
  return typeof code === 'string' ? catalog().byCode.get(code) : undefined;
}

/** Looks up a Chinese province by its GB/T 2260 two-digit code, e.g. '11' -> CN-BJ. */
export function regionByGbCode(gb2: string): Region | undefined {
  return typeof gb2 === 'string' ? catalog().byGbCode.get(gb2) : undefined;
}

export function isKnownRegion(code: string): boolean {
  return regionByCode(code) !== undefined;
}
