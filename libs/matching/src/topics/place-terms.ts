import { countries, namedRegions } from '@hc/taxonomy';
import { topicTerms } from './topic-analysis';

/**
 * Place names are no topic: that a company and a park both write "Sichuan", "Bayern", "China" or
 * "Upper Austria" says where they are, which the intent and geography features count, not what they do.
 * These are the word terms of every country (its names in zh, de and en, and the adjectives people write)
 * and of every named region and city cluster (libs/taxonomy). Each profile also drops the words of its own
 * name and city (`withoutOwnNames`), so a park named after its city, or a company whose description repeats
 * its name, does not meet others through them.
 */
const DEMONYMS =
  'chinese chinesisch chinesische chinesischer chinesischen german germany deutsch deutsche deutscher deutschen european europe europaeisch europaeische europaeischer '
  + 'europaeischen austrian oesterreichisch oesterreichische italian italienisch italienische french franzoesisch franzoesische dutch niederlaendisch swiss schweizer '
  + 'sino sinogerman 中国 德国 欧洲 中德 中欧 中资 德资 外资 欧盟 '
  + 'province provinz provincial city stadt county kreis district bezirk region regional area gebiet metropolitan metropolregion upper lower north south east west '
  + 'nord sued ost west northern southern eastern western 省 市 区 县 自治区 地区 新区 开发区 高新区 经开区 园区 城市';

let places: ReadonlySet<string> | undefined;

export function placeTerms(): ReadonlySet<string> {
  if (places) return places;
  const names: string[] = DEMONYMS.split(/\s+/);
  for (const c of countries()) names.push(...[c.label.zh, c.label.de, c.label.en].filter((x): x is string => !!x));
  for (const r of namedRegions()) names.push(...r.names.zh, ...r.names.de, ...r.names.en);
  places = new Set(topicTerms(names).filter((t) => t.startsWith('w:')));
  return places;
}

/** The terms without place names and without the word terms of the profile's own names (its name, city). */
export function withoutOwnNames(terms: readonly string[], ownNames: readonly (string | null | undefined)[]): string[] {
  const own = new Set(topicTerms(ownNames).filter((t) => t.startsWith('w:')));
  const place = placeTerms();
  return terms.filter((t) => !own.has(t) && !place.has(t));
}
