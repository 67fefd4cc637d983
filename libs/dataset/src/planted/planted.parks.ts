import { ParkOffering, ParkRecord, ParkStatus } from '@hc/parks';
import { regionByCode, suppliersOf } from '@hc/taxonomy';
import { chance, intBetween, pick, pickDistinct, Random } from '../random/prng.util';
import { joinList, Language } from '../vocabulary/phrases.vocabulary';
import { sectorVocabulary } from '../vocabulary/sector.vocabulary';
import type { Trilingual } from '../vocabulary/vocabulary.model';
import { drawPlaceUniform, kmBetween, Place, Point, pointNear } from './planted.places';
import { PARK_THEMES, ParkTheme } from './planted.vocabulary';

/** A planted park with what the scenario needs to know beyond its record. */
export interface PlantedPark {
  record: ParkRecord;
  place: Place;
  point: Point;
  theme: ParkTheme;
}

/** Share of planted parks in China; the rest are in Germany. */
export const PLANTED_CHINA_SHARE = 0.6;

/**
 * Parks sit in small towns (the generator puts few companies there), so the companies near a park are
 * mostly the ones planted there. Chinese prefectures of weight 1 hold about 80 of 100,000 generated
 * companies, German places of weight up to 2.3 about 75.
 */
const MAX_PLACE_WEIGHT = { CN: 1, DE: 2.3 } as const;

/** Minimum distance between two planted parks of one country (relaxed step by step when the map is full). */
const PARK_SPACING_KM = { CN: 350, DE: 130 } as const;

const CHINESE_PARK_OFFERINGS: readonly ParkOffering[] = [
  ParkOffering.TAX_INCENTIVES,
  ParkOffering.INDUSTRIAL_LAND,
  ParkOffering.STANDARD_FACTORIES,
  ParkOffering.OFFICE_SPACE,
  ParkOffering.TEST_LABS,
  ParkOffering.PILOT_LINES,
  ParkOffering.TRAINING_CENTRE,
  ParkOffering.TALENT_SERVICES,
  ParkOffering.BONDED_ZONE,
  ParkOffering.LOGISTICS_HUB,
  ParkOffering.GREEN_ENERGY,
  ParkOffering.INCUBATOR,
  ParkOffering.INVESTMENT_FUND,
  ParkOffering.GERMAN_SERVICE_DESK,
];

const GERMAN_PARK_OFFERINGS: readonly ParkOffering[] = [
  ParkOffering.INDUSTRIAL_LAND,
  ParkOffering.STANDARD_FACTORIES,
  ParkOffering.OFFICE_SPACE,
  ParkOffering.TEST_LABS,
  ParkOffering.PILOT_LINES,
  ParkOffering.TRAINING_CENTRE,
  ParkOffering.TALENT_SERVICES,
  ParkOffering.LOGISTICS_HUB,
  ParkOffering.GREEN_ENERGY,
  ParkOffering.INCUBATOR,
  ParkOffering.INVESTMENT_FUND,
  ParkOffering.CHINA_SERVICE_DESK,
];

/** Candidate offering sets drawn per park; the one least like the other parks' of the country is kept. */
const OFFERING_DRAWS = 24;

const GERMAN_PARK_KINDS: readonly Trilingual[] = [
  { zh: '工业园', de: 'Gewerbepark', en: 'Business Park' },
  { zh: '科技园', de: 'Technologiepark', en: 'Technology Park' },
  { zh: '工业园', de: 'Industriepark', en: 'Industrial Park' },
];

/**
 * Themes for the parks of one country: each next theme is the one that shares the fewest sectors with
 * those already chosen (ties in random order), so that a foreign company right for one park is not
 * just as right for another park of that country.
 */
export function chooseThemes(random: Random, count: number): ParkTheme[] {
  const order = pickDistinct(random, PARK_THEMES, PARK_THEMES.length);
  const chosen: ParkTheme[] = [];
  const covered = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const pool = order.filter((t) => !chosen.includes(t));
    const candidates = pool.length > 0 ? pool : order;
    let best = candidates[0] as ParkTheme;
    let bestOverlap = Number.POSITIVE_INFINITY;
    for (const theme of candidates) {
      const overlap = [...theme.focus, ...gapsOf(theme.focus)].reduce((sum, d) => sum + (covered.get(d) ?? 0), 0);
      if (overlap < bestOverlap) {
        best = theme;
        bestOverlap = overlap;
      }
    }
    chosen.push(best);
    for (const d of [...best.focus, ...gapsOf(best.focus)]) covered.set(d, (covered.get(d) ?? 0) + 1);
  }
  return chosen;
}

/**
 * The gaps of a park's ecosystem: the strongest suppliers of its focus sectors (value chain) that it
 * does not focus on itself and that have sector vocabulary, at most two.
 */
export function gapsOf(focus: readonly string[]): string[] {
  const links = focus.flatMap((division) => suppliersOf(division)).filter((l) => !focus.includes(l.supplier) && sectorVocabulary(l.supplier) !== undefined);
  links.sort((a, b) => b.strength - a.strength || a.supplier.localeCompare(b.supplier));
  const gaps = [...new Set(links.map((l) => l.supplier))].slice(0, 2);
  if (gaps.length > 0) return gaps;
  // A focus without suppliers in the value chain (education, culture): the vocabulary's upstream list.
  const upstream = focus.flatMap((d) => sectorVocabulary(d)?.upstream ?? []).filter((d) => !focus.includes(d) && sectorVocabulary(d) !== undefined);
  return [...new Set(upstream)].slice(0, 1);
}

/** Places of one country for its parks: small towns, far enough from each other. */
export function placeParks(random: Random, country: 'CN' | 'DE', count: number): { place: Place; point: Point }[] {
  const placed: { place: Place; point: Point }[] = [];
  let spacing: number = PARK_SPACING_KM[country];
  while (placed.length < count) {
    const place = drawPlaceUniform(
      random,
      country,
      (p) => p.weight > 0 && p.weight <= MAX_PLACE_WEIGHT[country] && p.region !== null && placed.every((q) => kmBetween(p, q.point) >= spacing && p.city !== q.place.city),
    );
    if (!place) {
      // The map is full at this spacing: allow parks a little closer together.
      spacing *= 0.85;
      continue;
    }
    // Development zones lie outside the old town: Chinese ones often 10–25 km out, German ones a few km.
    const point = country === 'CN' ? pointNear(random, place, 8, 20) : pointNear(random, place, 1, 5);
    placed.push({ place, point });
  }
  return placed;
}

function sectorLabels(sectors: readonly string[], language: Language): string {
  return joinList(
    sectors.map((code) => sectorVocabulary(code)?.label[language] ?? code),
    language,
  );
}

/**
 * 4–5 offerings of the country's pool, in the pool's order: of several draws, the one that shares the
 * least with any park of the country drawn before (Jaccard), so parks differ in what they offer.
 */
function drawOfferings(random: Random, pool: readonly ParkOffering[], before: readonly (readonly ParkOffering[])[]): ParkOffering[] {
  const similarity = (a: readonly ParkOffering[], b: readonly ParkOffering[]) => a.filter((o) => b.includes(o)).length / new Set([...a, ...b]).size;
  let best: ParkOffering[] = [];
  let bestSimilarity = Number.POSITIVE_INFINITY;
  for (let draw = 0; draw < OFFERING_DRAWS; draw++) {
    const chosen = new Set(pickDistinct(random, pool, intBetween(random, 4, 5)));
    const set = pool.filter((o) => chosen.has(o));
    const worst = Math.max(0, ...before.map((b) => similarity(set, b)));
    if (worst < bestSimilarity) {
      best = set;
      bestSimilarity = worst;
    }
  }
  return best;
}

/** The profile of a planted park, in the style of the demo park generator. */
export function plantedPark(random: Random, country: 'CN' | 'DE', theme: ParkTheme, at: { place: Place; point: Point }, before: readonly PlantedPark[]): PlantedPark {
  const { place, point } = at;
  const focusSectors = [...theme.focus];
  const gapSectors = gapsOf(focusSectors);
  const offerings = drawOfferings(random, country === 'CN' ? CHINESE_PARK_OFFERINGS : GERMAN_PARK_OFFERINGS, before.filter((b) => b.record.country === country).map((b) => b.record.offerings));
  const initiativeMember = chance(random, 0.5);
  const region = place.region ? regionByCode(place.region) : undefined;
  if (country === 'CN') {
    const nameZh = `${place.prefix.zh}${theme.zh}产业园`;
    return {
      place,
      point,
      theme,
      record: {
        nameZh,
        nameDe: `Industriepark ${place.city} für ${theme.de}`,
        nameEn: `${place.city} ${theme.en} Industrial Park`,
        descriptionZh: `${nameZh}位于${region?.label.zh ?? ''}${place.cityName.zh}，重点发展${sectorLabels(focusSectors, 'zh')}等产业，诚邀${sectorLabels(gapSectors, 'zh')}领域的配套企业，欢迎德国及欧洲企业入驻。`,
        descriptionDe: `Industriepark in ${place.city} (China) mit Schwerpunkt auf ${sectorLabels(focusSectors, 'de')}; gesucht werden Zulieferer aus ${sectorLabels(gapSectors, 'de')}. Offen für deutsche und europäische Unternehmen.`,
        descriptionEn: `Industrial park in ${place.city}, China, focusing on ${sectorLabels(focusSectors, 'en')}; it looks for suppliers in ${sectorLabels(gapSectors, 'en')} and welcomes German and European companies.`,
        country: 'CN',
        region: place.region,
        city: place.city,
        latitude: point.latitude,
        longitude: point.longitude,
        focusSectors,
        gapSectors,
        offerings,
        initiativeMember,
        website: null,
        status: ParkStatus.PUBLISHED,
      },
    };
  }
  const kind = pick(random, GERMAN_PARK_KINDS);
  return {
    place,
    point,
    theme,
    record: {
      nameZh: `${place.cityName.zh}${theme.zh}${kind.zh}`,
      nameDe: `${kind.de} ${place.city}`,
      nameEn: `${place.city} ${kind.en}`,
      descriptionZh: `位于德国${region?.label.zh ?? ''}${place.cityName.zh}的${kind.zh}，重点发展${sectorLabels(focusSectors, 'zh')}等产业，寻求${sectorLabels(gapSectors, 'zh')}领域的配套企业，欢迎中国企业入驻。`,
      descriptionDe: `${kind.de} in ${place.city} mit Schwerpunkt auf ${sectorLabels(focusSectors, 'de')}; gesucht werden Zulieferer aus ${sectorLabels(gapSectors, 'de')}. Offen für Ansiedlungen chinesischer Unternehmen.`,
      descriptionEn: `${kind.en.charAt(0)}${kind.en.slice(1).toLowerCase()} in ${place.city}, Germany, focusing on ${sectorLabels(focusSectors, 'en')}; it looks for suppliers in ${sectorLabels(gapSectors, 'en')} and welcomes companies from China.`,
      country: 'DE',
      region: place.region,
      city: place.city,
      latitude: point.latitude,
      longitude: point.longitude,
      focusSectors,
      gapSectors,
      offerings,
      initiativeMember,
      website: null,
      status: ParkStatus.PUBLISHED,
    },
  };
}
