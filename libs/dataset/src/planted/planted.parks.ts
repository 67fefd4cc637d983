import { ParkOffering, ParkRecord, ParkStatus } from '@hc/parks';
import { customersOf, suppliersOf } from '@hc/taxonomy';
import { chance, intBetween, pick, pickDistinct, Random, randomFor } from '../random/prng.util';
import { Language } from '../vocabulary/phrases.vocabulary';
import { sectorVocabulary } from '../vocabulary/sector.vocabulary';
import type { Trilingual } from '../vocabulary/vocabulary.model';
import { spellTopic, TopicAllocator, TopicSpelling } from './planted.concepts';
import type { PlantedVocabulary } from './planted.model';
import { PHRASINGS } from './planted.phrasing';
import { drawPlaceUniform, kmBetween, Place, placesOf, Point, pointNear } from './planted.places';
import { Area, areasAt, EUROPEAN_AREA_COUNTRIES } from './planted.regions';
import { COUNTRY_NAMES, PARK_KINDS, PARK_WELCOME } from './planted.vocabulary';

/** Where a planted park is: China, Germany, or another European country. */
export type ParkZone = 'CN' | 'DE' | 'EU';

/** A planted park with what the scenario needs to know beyond its record. */
export interface PlantedPark {
  record: ParkRecord;
  zone: ParkZone;
  place: Place;
  point: Point;
  /** Its topics: the glossary concepts its description names, with the park's and its partners' spellings. */
  topics: TopicSpelling[];
  /** The areas it lies in, as requests name them: its city cluster first, then its province or state (a city area elsewhere). */
  areas: Area[];
}

/** Share of planted parks in China; of the rest, EUROPE_SHARE of all parks are outside Germany. */
export const PLANTED_CHINA_SHARE = 0.6;
const EUROPE_SHARE = 0.1;

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

const EUROPEAN_PARK_OFFERINGS: readonly ParkOffering[] = [
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
function placeParks(random: Random, country: 'CN' | 'DE', count: number): { place: Place; point: Point }[] {
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

/**
 * Parks elsewhere in Europe, in countries whose subdivisions requests can name: the countries in turn
 * (in random order), each time its smallest city not taken yet.
 */
function placeEuropeanParks(random: Random, count: number): { place: Place; point: Point }[] {
  const queues = pickDistinct(random, EUROPEAN_AREA_COUNTRIES, EUROPEAN_AREA_COUNTRIES.length).map((country) =>
    placesOf('EU')
      .filter((p) => p.country === country && areasAt(p, p).length > 1)
      .sort((a, b) => a.weight - b.weight || a.city.localeCompare(b.city)),
  );
  const placed: { place: Place; point: Point }[] = [];
  for (let round = 0; placed.length < count && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) {
      const place = queue[round];
      if (place && placed.length < count) placed.push({ place, point: pointNear(random, place, 2, 6) });
    }
  }
  return placed;
}

/**
 * 4–5 offerings of the pool, in the pool's order: of several draws, the one that shares the least with
 * any park of the country drawn before (Jaccard), so parks differ in what they offer.
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

/** Value-chain neighbours of a division (suppliers and customers) that parks can focus on. */
function neighbours(division: string, allowed: readonly string[]): string[] {
  const linked = [...suppliersOf(division).map((l) => l.supplier), ...customersOf(division).map((l) => l.customer)];
  return [...new Set(linked)].filter((d) => d !== division && allowed.includes(d));
}

/**
 * The park's 2–3 topics: a first concept from a division few parks of this scenario focus on yet, then
 * concepts of the same division or of a value-chain neighbour. Each is owned by the park alone.
 */
function chooseTopics(random: Random, allocator: TopicAllocator, country: string, used: Map<string, number>): TopicSpelling[] {
  const divisions = allocator.parkDivisions();
  if (divisions.length === 0) throw new Error(`the ${allocator.vocabulary} half of the glossary has no topic concept left for another planted park`);
  const least = Math.min(...divisions.map((d) => used.get(d) ?? 0));
  const first = allocator.takeParkTopic(random, country, [pick(random, divisions.filter((d) => (used.get(d) ?? 0) === least))]);
  if (!first) throw new Error('no park topic left in a division that had one');
  const topics = [first];
  const wanted = chance(random, 0.7) ? 2 : 3;
  while (topics.length < wanted) {
    const home = first.division as string;
    const left = allocator.parkDivisions();
    const near = neighbours(home, left);
    const options = chance(random, 0.5) && near.length > 0 ? [pick(random, near)] : left.includes(home) ? [home] : near;
    const next = (options.length > 0 ? allocator.takeParkTopic(random, country, options) : undefined) ?? allocator.takeParkTopic(random, country, left);
    if (!next) break;
    topics.push(next);
  }
  for (const t of topics) used.set(t.division as string, (used.get(t.division as string) ?? 0) + 1);
  return topics.map((concept) => spellTopic(random, concept, allocator.vocabulary));
}

/** The languages a park writes its description in: its own, often English, sometimes the partners'. */
function descriptionLanguages(random: Random, zone: ParkZone): Language[] {
  const own: Language = zone === 'CN' ? 'zh' : zone === 'DE' ? 'de' : 'en';
  const languages = new Set<Language>([own]);
  if (chance(random, 0.7)) languages.add('en');
  if (chance(random, 0.4)) languages.add(zone === 'CN' ? 'de' : 'zh');
  if (zone === 'EU' && chance(random, 0.3)) languages.add('de');
  return [...languages];
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The profile of a planted park: its topics name what it wants; focus sectors are their divisions. */
function plantedPark(random: Random, zone: ParkZone, at: { place: Place; point: Point }, vocabulary: PlantedVocabulary, allocator: TopicAllocator, before: readonly PlantedPark[], used: Map<string, number>): PlantedPark {
  const { place, point } = at;
  const country = place.country;
  const topics = chooseTopics(random, allocator, country, used);
  const focusSectors = [...new Set(topics.map((t) => t.concept.division as string))];
  const gapSectors = gapsOf(focusSectors);
  const offerings = drawOfferings(
    random,
    zone === 'CN' ? CHINESE_PARK_OFFERINGS : EUROPEAN_PARK_OFFERINGS,
    before.filter((b) => b.record.country === country).map((b) => b.record.offerings),
  );
  const kind = pick(random, PARK_KINDS[zone]);
  const name: Trilingual =
    zone === 'CN'
      ? { zh: `${place.prefix.zh}${kind.zh}`, de: `${kind.de} ${place.cityName.de}`, en: `${place.cityName.en} ${kind.en}` }
      : { zh: `${place.cityName.zh}${kind.zh}`, de: `${kind.de} ${place.cityName.de}`, en: `${place.cityName.en} ${capitalise(kind.en)}` };
  const areas = areasAt(place, point);
  const description = PHRASINGS[vocabulary].parkDescription({
    name,
    kind,
    city: place.cityName,
    region: areas.find((a) => a.kind === 'province')?.name ?? null,
    country: COUNTRY_NAMES[country] ?? { zh: country, de: country, en: country },
    topics: topics.map((t) => t.owner),
    focus: focusSectors.map((d) => sectorVocabulary(d)?.label ?? { zh: d, de: d, en: d }),
    gaps: gapSectors.map((d) => sectorVocabulary(d)?.label ?? { zh: d, de: d, en: d }),
    welcome: zone === 'CN' ? PARK_WELCOME.CN : PARK_WELCOME.EUROPE,
  });
  const languages = descriptionLanguages(random, zone);
  const record: ParkRecord = {
    nameZh: name.zh,
    nameDe: name.de,
    nameEn: name.en,
    descriptionZh: languages.includes('zh') ? description.zh : null,
    descriptionDe: languages.includes('de') ? description.de : null,
    descriptionEn: languages.includes('en') ? description.en : null,
    country,
    region: place.region,
    city: place.city,
    latitude: point.latitude,
    longitude: point.longitude,
    focusSectors,
    gapSectors,
    offerings,
    initiativeMember: chance(random, 0.5),
    website: null,
    status: ParkStatus.PUBLISHED,
  };
  return { record, zone, place, point, topics, areas };
}

/**
 * The planted parks: about 60 % in China, a tenth elsewhere in Europe, the rest in Germany, in an order
 * where any prefix has all kinds. Each owns 2–3 topic concepts of the vocabulary's half.
 */
export function plantParks(seed: number, count: number, vocabulary: PlantedVocabulary, allocator: TopicAllocator, stream: number): PlantedPark[] {
  const random = randomFor(seed, stream, 0);
  const cnCount = Math.round(count * PLANTED_CHINA_SHARE);
  const european = placeEuropeanParks(random, count >= 5 ? Math.round(count * EUROPE_SHARE) : 0);
  const euCount = european.length;
  const deCount = count - cnCount - euCount;
  const places: Record<ParkZone, { place: Place; point: Point }[]> = { CN: placeParks(random, 'CN', cnCount), DE: placeParks(random, 'DE', deCount), EU: european };
  const totals: Record<ParkZone, number> = { CN: cnCount, DE: deCount, EU: euCount };
  const taken: Record<ParkZone, number> = { CN: 0, DE: 0, EU: 0 };
  const parks: PlantedPark[] = [];
  const used = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    // The zone furthest behind its share goes next.
    const zone = (['CN', 'DE', 'EU'] as const).filter((z) => taken[z] < totals[z]).sort((a, b) => taken[a] / totals[a] - taken[b] / totals[b])[0] as ParkZone;
    const at = places[zone][taken[zone]] as { place: Place; point: Point };
    taken[zone]++;
    parks.push(plantedPark(randomFor(seed, stream, i + 1), zone, at, vocabulary, allocator, parks, used));
  }
  return parks;
}
