import type { Localized } from '@hc/core';
import { loadOnce, readTaxonomyDataFile } from './taxonomy-data.loader';

/** A country the platform serves: China, the EU members, and CH, GB, NO, IS, LI. */
export interface Country {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  label: Localized;
  euMember: boolean;
}

const catalog = loadOnce(() => {
  const rows = readTaxonomyDataFile<Country[]>('countries.json');
  const list = rows.map((c) => Object.freeze({ code: c.code, euMember: c.euMember, label: Object.freeze({ ...c.label }) }));
  return { list, byCode: new Map(list.map((c) => [c.code, c])) };
});

export function countries(): Country[] {
  return [...catalog().list];
}

/** Exact, upper-case match: stored codes stay canonical. */
export function countryByCode(code: string): Country | undefined {
  return typeof code === 'string' ? catalog().byCode.get(code) : undefined;
}

export function isKnownCountry(code: string): boolean {
  return countryByCode(code) !== undefined;
}
