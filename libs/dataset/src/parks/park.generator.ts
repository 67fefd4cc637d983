import { ParkOffering, ParkRecord, ParkStatus } from '@hc/parks';
import { jitter } from '../generator/jitter.util';
import { chinesePrefectures, germanPlaces } from '../geography/geography.data';
import { chance, intBetween, pick, pickDistinct, Random, randomFor, WeightedPicker } from '../random/prng.util';
import { joinList, Language } from '../vocabulary/phrases.vocabulary';
import { SECTOR_VOCABULARY, sectorVocabulary } from '../vocabulary/sector.vocabulary';
import type { Trilingual } from '../vocabulary/vocabulary.model';
import { NAMED_PARKS } from './named-parks.data';
import { supplierGaps } from './park-gaps';

export interface DemoParksOptions {
  /** Seeds the generated parks; the named parks do not depend on it. */
  seed: number;
  /** Total number of parks: the named ones first, then generated ones. */
  count: number;
}

/** Stream id that separates park draws from company draws under the same seed. */
const PARK_STREAM = 2;

/** Share of generated parks in China (the rest in Germany). */
const GENERATED_CHINA_SHARE = 0.6;

/** Share of generated parks that joined the initiative. */
const GENERATED_MEMBER_SHARE = 0.3;
/** Share of generated parks that declare gaps in their ecosystem. */
const GENERATED_GAP_SHARE = 0.6;

const PARK_JITTER_KM = 8;

const w = (zh: string, de: string, en: string): Trilingual => ({ zh, de, en });

/** Themes of Chinese development parks; `de` fits "Industriepark <Stadt> für …". */
const CHINESE_THEMES: readonly (Trilingual & { sectors: readonly string[] })[] = [
  { ...w('智能制造', 'intelligente Fertigung', 'Smart Manufacturing'), sectors: ['28', '26', '62'] },
  { ...w('新能源汽车', 'Elektromobilität', 'New Energy Vehicle'), sectors: ['29', '27', '22'] },
  { ...w('高端装备', 'High-End-Anlagenbau', 'Advanced Equipment'), sectors: ['28', '25', '33'] },
  { ...w('生物医药', 'Biomedizin', 'Biomedicine'), sectors: ['21', '32', '72'] },
  { ...w('数字经济', 'Digitalwirtschaft', 'Digital Economy'), sectors: ['62', '63', '26'] },
  { ...w('新材料', 'neue Werkstoffe', 'Advanced Materials'), sectors: ['20', '24', '22'] },
  { ...w('绿色能源', 'grüne Energie', 'Green Energy'), sectors: ['35', '27', '38'] },
];

const GERMAN_PARK_KINDS: readonly Trilingual[] = [w('工业园', 'Gewerbepark', 'Business Park'), w('科技园', 'Technologiepark', 'Technology Park'), w('工业园', 'Industriepark', 'Industrial Park')];

const DIRECTIONS: readonly Trilingual[] = [w('北', 'Nord', 'North'), w('南', 'Süd', 'South'), w('东', 'Ost', 'East'), w('西', 'West', 'West')];

const CHINESE_PARK_OFFERINGS: readonly ParkOffering[] = [
  ParkOffering.TAX_INCENTIVES,
  ParkOffering.INDUSTRIAL_LAND,
  ParkOffering.STANDARD_FACTORIES,
  ParkOffering.OFFICE_SPACE,
  ParkOffering.PILOT_LINES,
  ParkOffering.TALENT_SERVICES,
  ParkOffering.BONDED_ZONE,
  ParkOffering.INCUBATOR,
  ParkOffering.INVESTMENT_FUND,
  ParkOffering.GERMAN_SERVICE_DESK,
];

const GERMAN_PARK_OFFERINGS: readonly ParkOffering[] = [
  ParkOffering.INDUSTRIAL_LAND,
  ParkOffering.OFFICE_SPACE,
  ParkOffering.TEST_LABS,
  ParkOffering.TRAINING_CENTRE,
  ParkOffering.LOGISTICS_HUB,
  ParkOffering.GREEN_ENERGY,
  ParkOffering.INCUBATOR,
  ParkOffering.CHINA_SERVICE_DESK,
];

/** How many real, named parks come first. */
export const NAMED_PARK_COUNT = NAMED_PARKS.length;

/**
 * `count` demo parks: the real, named Sino-German zones and German industrial parks first, then
 * deterministic generated ones (park i depends on seed and i only).
 */
export function demoParks(options: DemoParksOptions): ParkRecord[] {
  const { seed, count } = options;
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  const parks: ParkRecord[] = NAMED_PARKS.slice(0, count).map(copyPark);
  for (let i = NAMED_PARKS.length; i < count; i++) parks.push(generatePark(seed, i));
  return parks;
}

/** Callers may mutate what they get; the named parks are shared. */
function copyPark(park: ParkRecord): ParkRecord {
  return { ...park, focusSectors: [...park.focusSectors], offerings: [...park.offerings] };
}

let pickers: { cn: WeightedPicker<ReturnType<typeof chinesePrefectures>[number]>; de: WeightedPicker<ReturnType<typeof germanPlaces>[number]>; deSectors: WeightedPicker<(typeof SECTOR_VOCABULARY)[number]> } | undefined;

function getPickers() {
  return (pickers ??= {
    cn: new WeightedPicker(chinesePrefectures(), (p) => p.weight),
    de: new WeightedPicker(germanPlaces(), (p) => p.weight),
    deSectors: new WeightedPicker(SECTOR_VOCABULARY, (s) => s.weights.DE),
  });
}

function sectorLabels(sectors: readonly string[], language: Language): string {
  return joinList(
    sectors.map((code) => sectorVocabulary(code)?.label[language] ?? code),
    language,
  );
}

function generatePark(seed: number, index: number): ParkRecord {
  const random = randomFor(seed, PARK_STREAM, index);
  return chance(random, GENERATED_CHINA_SHARE) ? generateChinesePark(random) : generateGermanPark(random);
}

function generateChinesePark(random: Random): ParkRecord {
  const city = getPickers().cn.pick(random);
  const theme = pick(random, CHINESE_THEMES);
  const focusSectors = [...theme.sectors];
  const [latitude, longitude] = jitter(random, city.lat, city.lon, PARK_JITTER_KM);
  const nameZh = `${city.short}${theme.zh}产业园`;
  return {
    nameZh,
    nameDe: `Industriepark ${city.en} für ${theme.de}`,
    nameEn: `${city.en} ${theme.en} Industrial Park`,
    descriptionZh: `${nameZh}位于${city.zh}，重点发展${sectorLabels(focusSectors, 'zh')}等产业，欢迎德国及欧洲企业入驻。`,
    descriptionDe: `Industriepark in ${city.en} (China) mit Schwerpunkt auf ${sectorLabels(focusSectors, 'de')}; offen für deutsche und europäische Unternehmen.`,
    descriptionEn: `Industrial park in ${city.en}, China, focusing on ${sectorLabels(focusSectors, 'en')}; open to German and European companies.`,
    country: 'CN',
    region: city.region,
    city: city.en,
    latitude,
    longitude,
    focusSectors,
    offerings: drawOfferings(random, CHINESE_PARK_OFFERINGS),
    initiativeMember: chance(random, GENERATED_MEMBER_SHARE),
    // Drawn after the other fields, so adding it did not change them.
    gapSectors: chance(random, GENERATED_GAP_SHARE) ? supplierGaps(focusSectors, intBetween(random, 1, 2)) : [],
    website: null,
    status: ParkStatus.PUBLISHED,
  };
}

function generateGermanPark(random: Random): ParkRecord {
  const { de, deSectors } = getPickers();
  const place = de.pick(random);
  const kind = pick(random, GERMAN_PARK_KINDS);
  const direction = chance(random, 0.5) ? pick(random, DIRECTIONS) : null;
  const focusSectors: string[] = [];
  const wanted = intBetween(random, 2, 3);
  // Bounded: the weighted draw may repeat a sector.
  for (let attempt = 0; focusSectors.length < wanted && attempt < 10; attempt++) {
    const division = deSectors.pick(random).division;
    if (!focusSectors.includes(division)) focusSectors.push(division);
  }
  const placeZh = place.zh ?? place.name;
  const [latitude, longitude] = jitter(random, place.lat, place.lon, PARK_JITTER_KM);
  return {
    nameZh: `${placeZh}${direction?.zh ?? ''}${kind.zh}`,
    nameDe: direction ? `${kind.de} ${place.name}-${direction.de}` : `${kind.de} ${place.name}`,
    nameEn: direction ? `${place.name} ${direction.en} ${kind.en}` : `${place.name} ${kind.en}`,
    descriptionZh: `位于德国${placeZh}的${kind.zh}，重点发展${sectorLabels(focusSectors, 'zh')}等产业，欢迎中国企业入驻。`,
    descriptionDe: `${kind.de} in ${place.name} mit Schwerpunkt auf ${sectorLabels(focusSectors, 'de')}; offen für Ansiedlungen chinesischer Unternehmen.`,
    descriptionEn: `${sentenceCase(kind.en)} in ${place.name}, Germany, focusing on ${sectorLabels(focusSectors, 'en')}; open to companies from China.`,
    country: 'DE',
    region: place.region,
    city: place.name,
    latitude,
    longitude,
    focusSectors,
    offerings: drawOfferings(random, GERMAN_PARK_OFFERINGS),
    initiativeMember: chance(random, GENERATED_MEMBER_SHARE),
    // Drawn after the other fields, so adding it did not change them.
    gapSectors: chance(random, GENERATED_GAP_SHARE) ? supplierGaps(focusSectors, intBetween(random, 1, 2)) : [],
    website: null,
    status: ParkStatus.PUBLISHED,
  };
}

/** "Business Park" -> "Business park", for the start of a sentence. */
function sentenceCase(text: string): string {
  return text.charAt(0) + text.slice(1).toLowerCase();
}

/** 3–6 offerings, kept in the enum's order so lists read consistently. */
function drawOfferings(random: Random, pool: readonly ParkOffering[]): ParkOffering[] {
  const chosen = new Set(pickDistinct(random, pool, intBetween(random, 3, 6)));
  return pool.filter((o) => chosen.has(o));
}
