import { CompanyStatus, SizeBand, sizeBandOf } from '@hc/companies';
import type { OpportunityContent } from '@hc/opportunities';
import { PartnershipType } from '@hc/opportunities';
import type { ParkOffering } from '@hc/parks';
import { customersOf, suppliersOf } from '@hc/taxonomy';
import type { GeneratedCompany } from '../generator/company.generator';
import { jitter } from '../generator/jitter.util';
import type { Origin } from '../generator/origin';
import { chance, intBetween, normal, pick, pickDistinct, Random, randomFor } from '../random/prng.util';
import { EUROPEAN_PARTNER_NEEDS } from '../vocabulary/phrases.vocabulary';
import { SECTOR_VOCABULARY, sectorVocabulary } from '../vocabulary/sector.vocabulary';
import type { SectorVocabulary, Trilingual } from '../vocabulary/vocabulary.model';
import { BuiltCompany, buildCompany, CompanyContext, NameRegistry, PlantedBadge } from './planted.company';
import { anyWriting, matchKey, partnerWriting, spellTopic, TopicAllocator, TopicConcept, TopicSpelling } from './planted.concepts';
import {
  DecoyReason,
  FitKind,
  NoiseTopic,
  PairArchetype,
  PairNoise,
  PlantedPair,
  PlantedRole,
  PlantedScenarioOptions,
  PlantedScenarios,
  PlantedSignal,
  PlantedVocabulary,
  RIGHT_COMPANIES_PER_PARK,
} from './planted.model';
import {
  distributionOffer,
  distributorRequest,
  exportOffer,
  expansionRequest,
  PairOpportunityOptions,
  rdRequest,
  siteRequest,
  supplierRequest,
  supplyOffer,
  technologyOffer,
  technologyRequest,
  Topic,
} from './planted.opportunities';
import { plantParks, PlantedPark } from './planted.parks';
import { Phrasing, PHRASINGS } from './planted.phrasing';
import { drawPlace, kmBetween, Place, Point } from './planted.places';
import { Area, AreaName, cityArea, namedAreas } from './planted.regions';
import { CHINESE_OTHER_TARGETS, EUROPEAN_OTHER_TARGETS, OFFERING_NEEDS } from './planted.vocabulary';

/** Stream ids of the planted scenarios, apart from the generator's (1–3) and the initiative demo's (11–14). */
const STREAM = { parks: 21, fits: 22, decoys: 23, pairs: 24, pairPlans: 25, noise: 26, pairNoise: 27 } as const;

export const DEFAULT_NOISE_PER_PARK = 24;
export const DEFAULT_DECOYS_PER_PARK = 4;
export const DEFAULT_NOISE_PER_PAIR = 20;

/** Domestic fits next to their park sit this close to it (km). */
const NEARBY_KM = { min: 1.5, max: 9 } as const;

/**
 * Planted companies that are not a park's neighbours keep at least this far from every planted park of
 * their country (km, relaxed when the map is full), so that they never look like its neighbours.
 */
const PARK_CLEARANCE_KM: Readonly<Record<string, number>> = { CN: 250, DE: 90 };

/** A domestic company "far" from its park is at least this far from it (km). */
const FAR_KM: Readonly<Record<string, number>> = { CN: 500, DE: 150 };
const FAR_KM_ELSEWHERE = 80;

/** European countries foreign fits of Chinese parks come from, besides Germany (those the planted names cover). */
const EUROPEAN_COUNTRIES: readonly string[] = ['AT', 'CZ', 'PL', 'IT', 'FR', 'NL', 'SE'];

/** Share of fits with a badge, with membership; their noise twins have more of both. */
const FIT_BADGE_SHARE = 0.35;
const FIT_MEMBER_SHARE = 0.3;
const NOISE_BADGE_SHARE = 0.65;
const NOISE_MEMBER_SHARE = 0.55;
/** Fits of each park with neither a badge nor membership (at least). */
const PLAIN_FITS = 2;
/** Share of a park's noise that names another park's topic (a park in another country) rather than another concept of its division. */
const OTHER_PARK_NOISE_SHARE = 0.25;

/** Share of pairs between two European companies (the rest are China ↔ Europe). */
const EUROPEAN_PAIR_SHARE = 0.25;

/** Mix of pair archetypes. */
const ARCHETYPE_WEIGHTS: readonly [PairArchetype, number][] = [
  [PairArchetype.LICENCE_AND_DISTRIBUTION, 0.45],
  [PairArchetype.SUPPLY_CHAIN, 0.35],
  [PairArchetype.JOINT_RD, 0.2],
];

/**
 * An adversarial planted benchmark for matching: parks and companies whose right partners are known by
 * construction, where everything but the topic is shared by the wrong ones.
 *
 * Each park names 2–3 topic concepts of the vocabulary's half of the glossary (its focus sectors are
 * their divisions) and gets RIGHT_COMPANIES_PER_PARK fits: foreign companies with a site or joint-venture
 * request naming the park's country, and domestic ones near or far whose request names its region or
 * city cluster. Each fit names one of the park's topics with a spelling the park does not use (another
 * language or a synonym): only meaning connects them. Each fit has noise twins: same origin, country,
 * distance band, sector, intent and needs, more badges and membership, and another topic. Decoys name
 * the topic but must not be suggested: a draft, a lapsed request, a site sought in another country or
 * region.
 *
 * Each pair is two companies (China ↔ Europe, or within Europe) that each request what the other offers,
 * in spellings that share no literal keyword. Its noise partners meet each side's requests by type,
 * partnership, country and size but on other topics, some from a value-chain neighbour with badges and
 * membership, some sharing a generic market keyword.
 *
 * The tuning and held-out vocabularies use disjoint halves of the glossary and different phrasing.
 * Deterministic: the same options give the same scenarios. The answer key refers to indexes only.
 */
export function plantedScenarios(options: PlantedScenarioOptions): PlantedScenarios {
  const { seed, parks: parkCount, pairs: pairCount } = options;
  const vocabulary: PlantedVocabulary = options.vocabulary ?? 'tuning';
  const noisePerPark = options.noisePerPark ?? DEFAULT_NOISE_PER_PARK;
  const decoysPerPark = options.decoysPerPark ?? DEFAULT_DECOYS_PER_PARK;
  const noisePerPair = options.noisePerPair ?? DEFAULT_NOISE_PER_PAIR;
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  if (vocabulary !== 'tuning' && vocabulary !== 'heldout') throw new RangeError(`vocabulary must be 'tuning' or 'heldout', got ${String(vocabulary)}`);
  for (const [name, value] of [
    ['parks', parkCount],
    ['pairs', pairCount],
    ['noisePerPark', noisePerPark],
    ['decoysPerPark', decoysPerPark],
    ['noisePerPair', noisePerPair],
  ] as const) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }

  const allocator = new TopicAllocator(vocabulary);
  const parks = plantParks(seed, parkCount, vocabulary, allocator, STREAM.parks);
  // Every owner takes its topics before any noise is drawn, so noise can avoid all of them.
  const pairPlans = Array.from({ length: pairCount }, (_, k) => planPair(randomFor(seed, STREAM.pairPlans, k), allocator));
  const builder = new ScenarioBuilder(PHRASINGS[vocabulary]);
  const parkAnswers: number[][] = [];
  const parkNoise: number[][] = [];
  const parkDecoys: number[][] = [];
  parks.forEach((_park, p) => {
    const fits = plantFits(randomFor(seed, STREAM.fits, p), builder, parks, p);
    parkAnswers.push(fits.map((f) => f.index));
    parkNoise.push(plantParkNoise(randomFor(seed, STREAM.noise, p), builder, parks, p, fits, allocator, noisePerPark));
    parkDecoys.push(plantDecoys(randomFor(seed, STREAM.decoys, p), builder, parks, p, fits, decoysPerPark));
  });
  const pairAnswers: PlantedPair[] = [];
  const pairNoise: number[][] = [];
  pairPlans.forEach((plan, k) => {
    const pair = plantPair(randomFor(seed, STREAM.pairs, k), builder, parks, plan, k);
    pairAnswers.push(pair.answer);
    pairNoise.push(plantPairNoise(randomFor(seed, STREAM.pairNoise, k), builder, parks, pair, allocator, k, noisePerPair));
  });
  return {
    vocabulary,
    seed,
    parks: parks.map((p) => p.record),
    parkTopics: parks.map((p) => p.topics.map((t) => t.concept.id)),
    companies: builder.companies,
    parkAnswers,
    parkNoise,
    parkDecoys,
    pairAnswers,
    pairNoise,
    withdrawAfterImport: builder.lapsed,
    roles: builder.roles,
  };
}

/** Collects the planted companies with their roles; names stay unique across all of them. */
class ScenarioBuilder {
  readonly companies: GeneratedCompany[] = [];
  readonly roles: PlantedRole[] = [];
  readonly lapsed: number[] = [];
  readonly names = new NameRegistry();

  constructor(readonly phrasing: Phrasing) {}

  add(built: BuiltCompany, opportunities: OpportunityContent[], role: PlantedRole): number {
    this.companies.push({ ...built.record, opportunities });
    this.roles.push(role);
    return this.companies.length - 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Places, sizes, badges
// ---------------------------------------------------------------------------------------------

/** The origin of a company of `country` (CN, DE, or another European country). */
function originOf(country: string): Origin {
  return country === 'CN' ? 'CN' : country === 'DE' ? 'DE' : 'EU';
}

/** Distances from the generator's cities to the parks of one run, computed once each (thousands of draws ask). */
const parkDistances = new WeakMap<Point, Map<Place, number>>();

function kmToPark(place: Place, park: Point): number {
  let byPlace = parkDistances.get(park);
  if (!byPlace) parkDistances.set(park, (byPlace = new Map()));
  let km = byPlace.get(place);
  if (km === undefined) byPlace.set(place, (km = kmBetween(place, park)));
  return km;
}

/** A city of `origin` (in `country`) at least `km` from every planted park of its country (relaxed when none is). */
function placeAwayFromParks(random: Random, origin: Origin, country: string, parks: readonly PlantedPark[], also: (place: Place) => boolean = () => true): Place {
  const points = parks.filter((p) => p.record.country === country).map((p) => p.point);
  for (let clearance = PARK_CLEARANCE_KM[country] ?? 60; ; clearance *= 0.8) {
    try {
      return drawPlace(random, origin, (place) => place.country === country && also(place) && points.every((pt) => kmToPark(place, pt) >= clearance));
    } catch (error) {
      if (clearance < 20) throw error;
    }
  }
}

function pointAt(random: Random, place: Place, maxKm = 10): Point {
  const [latitude, longitude] = jitter(random, place.latitude, place.longitude, maxKm);
  return { latitude, longitude };
}

function pointNearPark(random: Random, park: Point): Point {
  const km = NEARBY_KM.min + (NEARBY_KM.max - NEARBY_KM.min) * Math.sqrt(random());
  const bearing = 2 * Math.PI * random();
  const dLat = (km * Math.cos(bearing)) / 111.32;
  const dLon = (km * Math.sin(bearing)) / (111.32 * Math.cos((park.latitude * Math.PI) / 180));
  return { latitude: Math.round((park.latitude + dLat) * 1e5) / 1e5, longitude: Math.round((park.longitude + dLon) * 1e5) / 1e5 };
}

/** A city of the park's country outside its areas and far from it, and not next to another planted park. */
function farPlace(random: Random, park: PlantedPark, parks: readonly PlantedPark[]): Place {
  const country = park.record.country;
  const others = parks.filter((q) => q !== park && q.record.country === country).map((q) => q.point);
  const outside = (place: Place) => !park.areas.some((a) => a.contains(place));
  for (let far = FAR_KM[country] ?? FAR_KM_ELSEWHERE, clearance = PARK_CLEARANCE_KM[country] ?? 40; ; far *= 0.85, clearance *= 0.8) {
    try {
      return drawPlace(random, originOf(country), (place) => place.country === country && outside(place) && kmToPark(place, park.point) >= far && others.every((pt) => kmToPark(place, pt) >= clearance));
    } catch (error) {
      if (far < 40) throw error;
    }
  }
}

/** Log-normal head count between bounds. */
function headcount(random: Random, median: number, sigma: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(median * Math.exp(sigma * normal(random)))));
}

/** Head count that fits the badge (hidden champions and single champions are larger). */
function headcountFor(random: Random, badge: PlantedBadge, domestic: boolean): number {
  switch (badge) {
    case 'hidden_champion':
      return headcount(random, 900, 0.6, 120, 6000);
    case 'single_champion':
      return headcount(random, 1500, 0.5, 300, 12000);
    case 'little_giant':
      return headcount(random, 350, 0.5, 60, 3000);
    default:
      return domestic ? headcount(random, 150, 0.8, 15, 3000) : headcount(random, 300, 0.8, 40, 5000);
  }
}

/** A head count in the same size band as `employees` (so a size a request asks for fits both). */
function sameBand(random: Random, employees: number): number {
  const candidate = Math.max(1, Math.round(employees * (0.85 + 0.3 * random())));
  return sizeBandOf(candidate) === sizeBandOf(employees) ? candidate : employees;
}

function vocabulary(division: string): SectorVocabulary {
  const found = sectorVocabulary(division);
  if (!found) throw new Error(`no sector vocabulary for ISIC division ${division}`);
  return found;
}

/** A distinction for a company of this origin: hidden champion in Europe, MIIT titles in China. */
function distinction(random: Random, origin: Origin): PlantedBadge {
  if (origin !== 'CN') return 'hidden_champion';
  const roll = random();
  return roll < 0.6 ? 'little_giant' : roll < 0.85 ? 'single_champion' : 'srdi';
}

/** Need keywords in the company's language: German and Chinese firms write their own, others English. */
function inLanguage(random: Random, origin: Origin, term: Trilingual): string {
  if (chance(random, 0.25)) return term.en;
  return origin === 'CN' ? term.zh : origin === 'DE' ? term.de : term.en;
}

/** Keywords for a topic as a company of `origin` writes them: its language, sometimes English as well. */
function topicKeywords(random: Random, origin: Origin, writing: Trilingual): string[] {
  const own = origin === 'CN' ? writing.zh : origin === 'DE' ? writing.de : writing.en;
  return own.toLowerCase() !== writing.en.toLowerCase() && chance(random, 0.4) ? [own, writing.en] : [own];
}

// ---------------------------------------------------------------------------------------------
// Parks: fits, noise twins, decoys
// ---------------------------------------------------------------------------------------------

/** Everything a fit is made of except its topic, place and distinctions: its noise twins copy it. */
interface FitPlan {
  kind: FitKind;
  origin: Origin;
  country: string;
  role: 'focus' | 'gap' | 'both';
  divisions: string[];
  /** Index into the park's topics. */
  topic: number;
  jv: boolean;
  bothPartnerships: boolean;
  targets: string[];
  area: AreaName | null;
  offerings: ParkOffering[];
  exportTo: string[] | null;
}

interface PlantedFit {
  index: number;
  plan: FitPlan;
}

/** One of the park's areas as a request names it: its cluster (when it has one) or its province or state; elsewhere its city. */
function parkArea(random: Random, park: PlantedPark): AreaName {
  const cluster = park.areas.find((a) => a.kind === 'cluster');
  const province = park.areas.find((a) => a.kind === 'province');
  const chosen = cluster && (chance(random, 0.6) || !province) ? cluster : (province ?? park.areas[0] ?? cityArea(park.place));
  return chosen.name;
}

/** How many of a park's fits come from abroad, and how many live far away at home. */
function fitCounts(random: Random, park: PlantedPark): { foreign: number; far: number } {
  const foreign = park.zone === 'DE' ? intBetween(random, 4, 6) : intBetween(random, 5, 6);
  return { foreign, far: park.zone === 'EU' ? 1 : intBetween(random, 1, 2) };
}

function planFits(random: Random, park: PlantedPark): FitPlan[] {
  const { record } = park;
  const { foreign, far } = fitCounts(random, park);
  const gaps = record.gapSectors;
  const roles = gaps.length > 0 ? pickDistinct(random, ['focus', 'focus', 'focus', 'focus', 'focus', 'focus', 'focus', 'gap', 'gap', 'both'] as const, RIGHT_COMPANIES_PER_PARK) : [];
  const topicOrder = pickDistinct(random, park.topics.map((_, i) => i), park.topics.length);
  const plans: FitPlan[] = [];
  for (let k = 0; k < RIGHT_COMPANIES_PER_PARK; k++) {
    const kind = k < foreign ? FitKind.FOREIGN : k < foreign + far ? FitKind.FAR : FitKind.NEAR;
    const role = roles[k] ?? 'focus';
    const gap = gaps[k % Math.max(1, gaps.length)] as string;
    // A supplier (gap sector) names a topic of a division it supplies: it supplies that topic's makers.
    const supplied = park.topics.map((_, i) => i).filter((i) => suppliersOf(park.topics[i]?.concept.division as string).some((l) => l.supplier === gap));
    const topic = role !== 'focus' && supplied.length > 0 ? pick(random, supplied) : (topicOrder[k % topicOrder.length] as number);
    const home = park.topics[topic]?.concept.division as string;
    const divisions = role === 'focus' ? [home] : role === 'gap' ? [gap] : [home, gap];
    const domestic = kind !== FitKind.FOREIGN;
    const origin: Origin = domestic ? originOf(record.country) : record.country === 'CN' ? (chance(random, 0.7) ? 'DE' : 'EU') : 'CN';
    const country = domestic ? record.country : origin === 'EU' ? pick(random, EUROPEAN_COUNTRIES) : origin;
    const targets = !domestic && park.zone === 'DE' && chance(random, 0.25) ? [record.country, pick(random, ['AT', 'CZ', 'PL', 'HU'])] : [record.country];
    plans.push({
      kind,
      origin,
      country,
      role,
      divisions,
      topic,
      jv: !domestic && chance(random, 0.3),
      bothPartnerships: chance(random, 0.5),
      targets,
      area: domestic || chance(random, 0.4) ? parkArea(random, park) : null,
      offerings: pickDistinct(random, record.offerings, intBetween(random, 2, 3)),
      exportTo: domestic && chance(random, 0.3) ? [record.country === 'CN' ? 'DE' : 'CN'] : null,
    });
  }
  return plans;
}

interface Distinctions {
  badge: PlantedBadge;
  member: boolean;
}

/** Where a company of this plan sits: abroad away from the parks, next to the park, or far away at home. */
function placeFor(random: Random, plan: FitPlan, park: PlantedPark, parks: readonly PlantedPark[]): { place: Place; point: Point } {
  if (plan.kind === FitKind.NEAR) return { place: park.place, point: pointNearPark(random, park.point) };
  const place = plan.kind === FitKind.FAR ? farPlace(random, park, parks) : placeAwayFromParks(random, plan.origin, plan.country, parks);
  return { place, point: pointAt(random, place) };
}

interface ParkCompanyOptions {
  at: { place: Place; point: Point };
  topic: Trilingual;
  distinctions: Distinctions;
  status?: CompanyStatus;
  /** Overrides the plan's site request: other target countries (WRONG_COUNTRY), another area (WRONG_REGION). */
  targets?: string[];
  area?: AreaName | null;
  noExport?: boolean;
}

/** A company of a park's scenario: its plan, written with `topic`, at `at`. */
function buildParkCompany(random: Random, builder: ScenarioBuilder, plan: FitPlan, o: ParkCompanyOptions): { built: BuiltCompany; opportunities: OpportunityContent[]; needs: string[] } {
  const domestic = plan.kind !== FitKind.FOREIGN;
  const needs = plan.offerings.map((offering) => inLanguage(random, plan.origin, OFFERING_NEEDS[offering]));
  // A supplier's texts say what it supplies to; its keywords name the topic itself.
  const keywords = topicKeywords(random, plan.origin, o.topic);
  const topic: Topic = { name: plan.role === 'gap' ? builder.phrasing.supplyFor(o.topic) : o.topic, keywords };
  const built = buildCompany(
    random,
    {
      origin: plan.origin,
      place: o.at.place,
      point: o.at.point,
      sectors: plan.divisions.map(vocabulary),
      employees: headcountFor(random, o.distinctions.badge, domestic),
      badge: o.distinctions.badge,
      initiativeMember: o.distinctions.member,
      needs,
      phrasing: builder.phrasing,
      topic: topic.name,
      offers: keywords,
      status: o.status,
    },
    builder.names,
  );
  const area = o.area === undefined ? plan.area : o.area;
  const opportunities: OpportunityContent[] = [];
  if (domestic) opportunities.push(expansionRequest(random, built.context, area ?? (cityArea(o.at.place).name), topic, needs));
  else opportunities.push(siteRequest(random, built.context, { jv: plan.jv, bothPartnerships: plan.bothPartnerships, targetCountries: o.targets ?? plan.targets, area, topic, siteNeeds: needs }));
  if (plan.exportTo && !o.noExport) opportunities.push(exportOffer(random, built.context, plan.exportTo));
  return { built, opportunities, needs };
}

/**
 * The fits of park `p`: each in a focus or gap sector, naming one of the park's topics as a partner
 * spells it, with a site request for the park's country (abroad) or region (at home), needing two or
 * three of its offerings. At least PLAIN_FITS have neither a badge nor membership.
 */
function plantFits(random: Random, builder: ScenarioBuilder, parks: readonly PlantedPark[], p: number): PlantedFit[] {
  const park = parks[p] as PlantedPark;
  const plans = planFits(random, park);
  const distinctions = plans.map((plan): Distinctions => {
    const badge = chance(random, FIT_BADGE_SHARE);
    return { badge: badge ? distinction(random, plan.origin) : null, member: chance(random, FIT_MEMBER_SHARE) };
  });
  for (const k of pickDistinct(random, plans.map((_, i) => i), plans.length)) {
    if (distinctions.filter((d) => !d.badge && !d.member).length >= PLAIN_FITS) break;
    distinctions[k] = { badge: null, member: false };
  }
  return plans.map((plan, k) => {
    const d = distinctions[k] as Distinctions;
    const spelling = park.topics[plan.topic] as TopicSpelling;
    const { built, opportunities } = buildParkCompany(random, builder, plan, { at: placeFor(random, plan, park, parks), topic: partnerWriting(random, spelling), distinctions: d });
    const signals = new Set<PlantedSignal>([PlantedSignal.TOPIC, PlantedSignal.SITE_INTENT, PlantedSignal.NEEDS_PARK_OFFERINGS]);
    if (plan.role !== 'gap') signals.add(PlantedSignal.FOCUS_SECTOR);
    if (plan.role !== 'focus') signals.add(PlantedSignal.GAP_SECTOR);
    if (plan.kind === FitKind.NEAR) signals.add(PlantedSignal.NEARBY);
    if (plan.area) signals.add(PlantedSignal.NAMES_REGION);
    if (d.member) signals.add(PlantedSignal.INITIATIVE_MEMBER);
    if (d.badge) signals.add(PlantedSignal.BADGE);
    const index = builder.add(built, opportunities, {
      kind: 'park_right',
      park: p,
      domestic: plan.kind !== FitKind.FOREIGN,
      fit: plan.kind,
      topic: spelling.concept.id,
      signals: [...signals],
    });
    return { index, plan };
  });
}

/**
 * The noise of park `p`: twins of its fits (round robin), each with the fit's plan (origin, country,
 * distance band, sectors, intent, needs) and more badges and membership, but another topic: another
 * concept of its division, or the topic of a park in another country.
 */
function plantParkNoise(random: Random, builder: ScenarioBuilder, parks: readonly PlantedPark[], p: number, fits: readonly PlantedFit[], allocator: TopicAllocator, count: number): number[] {
  const park = parks[p] as PlantedPark;
  const foreignParks = parks.filter((q) => q.record.country !== park.record.country);
  const noise: number[] = [];
  for (let k = 0; k < count && fits.length > 0; k++) {
    const twin = fits[k % fits.length] as PlantedFit;
    const { plan } = twin;
    const sameDivision = plan.divisions.flatMap((d) => allocator.parkNoiseTopics(park.record.country, d));
    const otherPark = foreignParks.length > 0 && (chance(random, OTHER_PARK_NOISE_SHARE) || sameDivision.length === 0);
    let writing: Trilingual;
    let topicId: string;
    if (otherPark) {
      const spelling = pick(random, pick(random, foreignParks).topics);
      writing = partnerWriting(random, spelling);
      topicId = spelling.concept.id;
    } else {
      if (sameDivision.length === 0) throw new Error(`no noise topic for park ${p} in divisions ${plan.divisions.join(', ')}`);
      const concept: TopicConcept = pick(random, sameDivision);
      writing = anyWriting(random, concept);
      topicId = concept.id;
    }
    const badge = chance(random, NOISE_BADGE_SHARE);
    const distinctions: Distinctions = { badge: badge ? distinction(random, plan.origin) : null, member: chance(random, NOISE_MEMBER_SHARE) };
    const { built, opportunities } = buildParkCompany(random, builder, plan, { at: placeFor(random, plan, park, parks), topic: writing, distinctions });
    noise.push(builder.add(built, opportunities, { kind: 'park_noise', park: p, twinOf: twin.index, fit: plan.kind, noise: otherPark ? NoiseTopic.OTHER_PARK : NoiseTopic.SAME_DIVISION, topic: topicId }));
  }
  return noise;
}

/** An area of the park's country far from it, with a city in it away from the other parks; null when there is none. */
function wrongArea(random: Random, park: PlantedPark, parks: readonly PlantedPark[]): { area: Area; place: Place } | null {
  const country = park.record.country;
  const others = parks.filter((q) => q !== park && q.record.country === country).map((q) => q.point);
  const far = FAR_KM[country] ?? FAR_KM_ELSEWHERE;
  const contains = (a: Area) => park.areas.some((b) => b.id === a.id) || a.contains({ region: park.record.region, latitude: park.point.latitude, longitude: park.point.longitude });
  const areas = namedAreas().filter((a) => a.country === country && !contains(a) && kmBetween(a.center, park.point) >= far);
  for (const area of pickDistinct(random, areas, areas.length)) {
    try {
      const place = drawPlace(random, originOf(country), (pl) => pl.country === country && area.contains(pl) && kmToPark(pl, park.point) >= far && others.every((pt) => kmToPark(pl, pt) >= 60));
      return { area, place };
    } catch {
      // No city of that area qualifies: try the next one.
    }
  }
  if (park.zone !== 'EU') return null;
  try {
    const place = drawPlace(random, 'EU', (pl) => pl.country === country && kmToPark(pl, park.point) >= far && others.every((pt) => kmToPark(pl, pt) >= 60));
    return { area: cityArea(place), place };
  } catch {
    return null;
  }
}

/**
 * Decoys of park `p`: on-topic companies in its sectors that must not be suggested (DRAFT, LAPSED_REQUEST,
 * WRONG_COUNTRY, WRONG_REGION in turn). Each copies a fit's plan, and changes one thing.
 */
function plantDecoys(random: Random, builder: ScenarioBuilder, parks: readonly PlantedPark[], p: number, fits: readonly PlantedFit[], count: number): number[] {
  const park = parks[p] as PlantedPark;
  const reasons = [DecoyReason.DRAFT, DecoyReason.LAPSED_REQUEST, DecoyReason.WRONG_COUNTRY, DecoyReason.WRONG_REGION];
  const foreign = fits.filter((f) => f.plan.kind === FitKind.FOREIGN);
  const decoys: number[] = [];
  for (let k = 0; k < count && fits.length > 0; k++) {
    let reason = reasons[k % reasons.length] as DecoyReason;
    const wrong = reason === DecoyReason.WRONG_REGION ? wrongArea(random, park, parks) : null;
    if (reason === DecoyReason.WRONG_REGION && !wrong) reason = DecoyReason.WRONG_COUNTRY;
    const source = reason === DecoyReason.DRAFT || reason === DecoyReason.WRONG_REGION || foreign.length === 0 ? pick(random, fits) : pick(random, foreign);
    let plan: FitPlan = { ...source.plan };
    const spelling = park.topics[plan.topic] as TopicSpelling;
    const badge = chance(random, FIT_BADGE_SHARE);
    const distinctions: Distinctions = { badge: badge ? distinction(random, plan.origin) : null, member: chance(random, FIT_MEMBER_SHARE) };
    const topic = partnerWriting(random, spelling);
    let options: ParkCompanyOptions;
    if (reason === DecoyReason.WRONG_REGION && wrong) {
      // At home, far away, asking for a site in its own (other) region.
      plan = { ...plan, kind: FitKind.FAR, origin: originOf(park.record.country), country: park.record.country, area: wrong.area.name };
      options = { at: { place: wrong.place, point: pointAt(random, wrong.place) }, topic, distinctions, noExport: true };
    } else if (reason === DecoyReason.WRONG_COUNTRY) {
      // Abroad, asking for a site in countries other than the park's.
      if (plan.kind !== FitKind.FOREIGN) {
        const origin: Origin = park.record.country === 'CN' ? 'DE' : 'CN';
        plan = { ...plan, kind: FitKind.FOREIGN, origin, country: origin };
      }
      const from = plan.country;
      const pool = (plan.origin === 'CN' ? CHINESE_OTHER_TARGETS : EUROPEAN_OTHER_TARGETS).filter((t) => !t.includes(from) && !t.includes(park.record.country));
      options = { at: placeFor(random, plan, park, parks), topic, distinctions, targets: [...pick(random, pool)], area: null, noExport: true };
    } else {
      options = { at: placeFor(random, plan, park, parks), topic, distinctions, status: reason === DecoyReason.DRAFT ? CompanyStatus.DRAFT : undefined, noExport: reason === DecoyReason.LAPSED_REQUEST };
    }
    const { built, opportunities } = buildParkCompany(random, builder, plan, options);
    const index = builder.add(built, opportunities, { kind: 'park_decoy', park: p, reason, topic: spelling.concept.id });
    if (reason === DecoyReason.LAPSED_REQUEST) builder.lapsed.push(index);
    decoys.push(index);
  }
  return decoys;
}

// ---------------------------------------------------------------------------------------------
// Pairs and their noise partners
// ---------------------------------------------------------------------------------------------

/** A vocabulary division that supplies `division` (value chain), or one it supplies, or the division itself. */
function adjacentDivision(random: Random, division: string, direction: 'customer' | 'supplier'): string {
  const links = direction === 'customer' ? customersOf(division).map((l) => l.customer) : suppliersOf(division).map((l) => l.supplier);
  const known = links.filter((d) => d !== division && sectorVocabulary(d) !== undefined);
  return known.length > 0 ? pick(random, known) : division;
}

/** Size bands a request asks for: the partner's band, sometimes with a neighbour, sometimes any size. */
function sizesFor(random: Random, partnerEmployees: number): SizeBand[] {
  const band = sizeBandOf(partnerEmployees) as SizeBand;
  if (chance(random, 0.2)) return [];
  const order = [SizeBand.MICRO, SizeBand.SMALL, SizeBand.MEDIUM, SizeBand.UPPER_MEDIUM, SizeBand.LARGE];
  const at = order.indexOf(band);
  const neighbour = chance(random, 0.5) ? order[at + (chance(random, 0.5) ? 1 : -1)] : undefined;
  return neighbour ? [band, neighbour].sort((a, b) => order.indexOf(a) - order.indexOf(b)) : [band];
}

/** Divisions that have sector vocabulary and value-chain customers or suppliers with vocabulary. */
function pairSectors(direction: 'customer' | 'supplier'): string[] {
  return SECTOR_VOCABULARY.map((s) => s.division).filter((d) => {
    const links = direction === 'customer' ? customersOf(d).map((l) => l.customer) : suppliersOf(d).map((l) => l.supplier);
    return links.some((x) => x !== d && sectorVocabulary(x) !== undefined);
  });
}

function drawArchetype(random: Random): PairArchetype {
  let roll = random();
  for (const [archetype, weight] of ARCHETYPE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return archetype;
  }
  return PairArchetype.LICENCE_AND_DISTRIBUTION;
}

interface SidePlan {
  origin: Origin;
  country: string;
  division: string;
}

/** A pair before its companies exist: archetype, both sides, both topics (owned from the allocator). */
interface PairPlan {
  archetype: PairArchetype;
  european: boolean;
  a: SidePlan;
  b: SidePlan;
  /** What A requests and B offers. */
  x: TopicSpelling;
  /** What B requests and A offers. */
  y: TopicSpelling;
  /** Which side writes the owner spelling of x and of y (the other writes the partner spelling). */
  xOwner: 'a' | 'b';
  yOwner: 'a' | 'b';
}

/** Match keys of the texts companies of these divisions are generated from: labels, products, capabilities, niches, names, needs. */
function backgroundKeys(divisions: readonly string[]): string[] {
  const sectors = divisions.map(vocabulary);
  const upstream = sectors.flatMap((s) => s.upstream.map((d) => sectorVocabulary(d)).filter((v): v is SectorVocabulary => v !== undefined));
  const terms: Trilingual[] = [
    ...sectors.flatMap((s) => [s.label, ...s.products, ...s.capabilities, ...s.niches, ...s.nameParts]),
    ...upstream.flatMap((s) => [s.label, ...s.products, ...s.capabilities]),
    ...EUROPEAN_PARTNER_NEEDS,
  ];
  return terms.flatMap((t) => [t.zh, t.de, t.en]).map(matchKey);
}

function europeanSide(random: Random, not: string | null): { origin: Origin; country: string } {
  if (not !== 'DE' && chance(random, 0.6)) return { origin: 'DE', country: 'DE' };
  return { origin: 'EU', country: pick(random, EUROPEAN_COUNTRIES.filter((c) => c !== not)) };
}

function planPair(random: Random, allocator: TopicAllocator): PairPlan {
  const archetype = drawArchetype(random);
  const european = chance(random, EUROPEAN_PAIR_SHARE);
  // A is the European side (the Chinese supplier in SUPPLY_CHAIN); B the other one.
  const europe = europeanSide(random, null);
  const other = european ? europeanSide(random, europe.country) : { origin: 'CN' as Origin, country: 'CN' };
  let aDivision: string;
  let bDivision: string;
  if (archetype === PairArchetype.SUPPLY_CHAIN) {
    bDivision = pick(random, pairSectors('supplier'));
    aDivision = adjacentDivision(random, bDivision, 'supplier');
  } else {
    aDivision = pick(random, pairSectors('customer'));
    bDivision = adjacentDivision(random, aDivision, archetype === PairArchetype.JOINT_RD && chance(random, 0.5) ? 'supplier' : 'customer');
  }
  const [aSide, bSide] = archetype === PairArchetype.SUPPLY_CHAIN ? [other, europe] : [europe, other];
  // What A requests comes from B's field (LICENCE: A's own product, distributed by B), what B requests from A's.
  // x is free (no demo company names it); y is free where one is left, else absent from what both are written from.
  const avoid = backgroundKeys([aDivision, bDivision]);
  const x = allocator.takePairTopic(random, [archetype === PairArchetype.LICENCE_AND_DISTRIBUTION ? aDivision : bDivision], { free: true, avoid });
  const y = allocator.takePairTopic(random, [aDivision], { free: false, avoid });
  return {
    archetype,
    european,
    a: { ...aSide, division: aDivision },
    b: { ...bSide, division: bDivision },
    x: spellTopic(random, x, allocator.vocabulary),
    y: spellTopic(random, y, allocator.vocabulary),
    xOwner: chance(random, 0.5) ? 'a' : 'b',
    yOwner: chance(random, 0.5) ? 'a' : 'b',
  };
}

/** The opportunities one side of a pair publishes, as functions of its topics (so noise can mirror them with others). */
interface SideScript {
  /** Partnership types of its technology offer (if it has one). */
  opportunities(random: Random, ctx: CompanyContext, request: PairOpportunityOptions, offer: PairOpportunityOptions): OpportunityContent[];
}

function scriptsOf(random: Random, archetype: PairArchetype): { a: SideScript; b: SideScript } {
  switch (archetype) {
    case PairArchetype.LICENCE_AND_DISTRIBUTION: {
      const both = chance(random, 0.3);
      return {
        a: { opportunities: (r, ctx, req, off) => [technologyOffer(r, ctx, both ? [PartnershipType.LICENSING, PartnershipType.RD_COOPERATION] : [PartnershipType.LICENSING], off), distributorRequest(r, ctx, req)] },
        b: { opportunities: (r, ctx, req, off) => [distributionOffer(r, ctx, off), technologyRequest(r, ctx, [PartnershipType.LICENSING], req)] },
      };
    }
    case PairArchetype.SUPPLY_CHAIN:
      return {
        a: { opportunities: (r, ctx, req, off) => [supplyOffer(r, ctx, off), rdRequest(r, ctx, req)] },
        b: { opportunities: (r, ctx, req, off) => [supplierRequest(r, ctx, req), technologyOffer(r, ctx, [PartnershipType.RD_COOPERATION], off)] },
      };
    default:
      return {
        a: { opportunities: (r, ctx, req, off) => [technologyOffer(r, ctx, [PartnershipType.RD_COOPERATION, PartnershipType.LICENSING], off), rdRequest(r, ctx, req)] },
        b: { opportunities: (r, ctx, req, off) => [technologyOffer(r, ctx, [PartnershipType.RD_COOPERATION], off), technologyRequest(r, ctx, [PartnershipType.RD_COOPERATION, PartnershipType.LICENSING], req)] },
      };
  }
}

/** One built side of a pair: what its noise mirrors. */
interface BuiltSide {
  index: number;
  side: SidePlan;
  employees: number;
  badge: PlantedBadge;
  member: boolean;
  script: SideScript;
  /** Options of its request and offer (topics included). */
  request: PairOpportunityOptions;
  offer: PairOpportunityOptions;
}

interface BuiltPair {
  answer: PlantedPair;
  a: BuiltSide;
  b: BuiltSide;
}

function drawSide(random: Random, side: SidePlan, parks: readonly PlantedPark[], badgeShare: number): { place: Place; employees: number; badge: PlantedBadge; member: boolean } {
  const badge = chance(random, badgeShare) ? distinction(random, side.origin) : null;
  const employees = badge ? headcountFor(random, badge, false) : side.origin === 'CN' ? headcount(random, 400, 0.7, 50, 5000) : headcount(random, 250, 0.7, 30, 3000);
  return { place: placeAwayFromParks(random, side.origin, side.country, parks), employees, badge, member: chance(random, 0.25) };
}

/** The writing of a topic by one side: the owner spelling, or a partner spelling. */
function sideWriting(random: Random, spelling: TopicSpelling, owner: boolean): Trilingual {
  return owner ? spelling.owner : partnerWriting(random, spelling);
}

/**
 * One reciprocal pair: A requests x and offers y, B offers x and requests y; each writes its topics in
 * spellings the other does not use. Sizes and target countries fit both ways.
 */
function plantPair(random: Random, builder: ScenarioBuilder, parks: readonly PlantedPark[], plan: PairPlan, k: number): BuiltPair {
  const scripts = scriptsOf(random, plan.archetype);
  const A = drawSide(random, plan.a, parks, 0.3);
  const B = drawSide(random, plan.b, parks, 0.25);
  const xA = sideWriting(random, plan.x, plan.xOwner === 'a');
  const xB = sideWriting(random, plan.x, plan.xOwner === 'b');
  const yA = sideWriting(random, plan.y, plan.yOwner === 'a');
  const yB = sideWriting(random, plan.y, plan.yOwner === 'b');
  const needExtra = plan.archetype === PairArchetype.LICENCE_AND_DISTRIBUTION ? (EUROPEAN_PARTNER_NEEDS[0] as Trilingual) : null;
  const keywordsA = { x: topicKeywords(random, plan.a.origin, xA), y: topicKeywords(random, plan.a.origin, yA) };
  const keywordsB = { x: topicKeywords(random, plan.b.origin, xB), y: topicKeywords(random, plan.b.origin, yB) };
  const builtA = buildCompany(
    random,
    {
      origin: plan.a.origin,
      place: A.place,
      point: pointAt(random, A.place),
      sectors: [vocabulary(plan.a.division)],
      employees: A.employees,
      badge: A.badge,
      initiativeMember: A.member,
      needs: [...keywordsA.x, ...(needExtra ? [inLanguage(random, plan.a.origin, needExtra)] : [])],
      phrasing: builder.phrasing,
      topic: yA,
      offers: keywordsA.y,
    },
    builder.names,
  );
  const builtB = buildCompany(
    random,
    {
      origin: plan.b.origin,
      place: B.place,
      point: pointAt(random, B.place),
      sectors: [vocabulary(plan.b.division)],
      employees: B.employees,
      badge: B.badge,
      initiativeMember: B.member,
      needs: keywordsB.y,
      phrasing: builder.phrasing,
      topic: xB,
      offers: keywordsB.x,
    },
    builder.names,
  );
  const options = (topic: Topic, to: string, partnerEmployees: number, market: string): PairOpportunityOptions => ({ topic, targetCountries: [to], partnerSizes: sizesFor(random, partnerEmployees), market: [market] });
  const aRequest = options({ name: xA, keywords: keywordsA.x }, plan.b.country, B.employees, builtB.context.sector.label.en);
  const aOffer = options({ name: yA, keywords: keywordsA.y }, plan.b.country, B.employees, builtB.context.sector.label.en);
  const bRequest = options({ name: yB, keywords: keywordsB.y }, plan.a.country, A.employees, builtA.context.sector.label.en);
  const bOffer = options({ name: xB, keywords: keywordsB.x }, plan.a.country, A.employees, builtA.context.sector.label.en);
  const a = builder.add(builtA, scripts.a.opportunities(random, builtA.context, aRequest, aOffer), { kind: 'pair', pair: k, side: 'a', archetype: plan.archetype });
  const b = builder.add(builtB, scripts.b.opportunities(random, builtB.context, bRequest, bOffer), { kind: 'pair', pair: k, side: 'b', archetype: plan.archetype });
  return {
    answer: { a, b, archetype: plan.archetype, european: plan.european, topics: { aRequests: plan.x.concept.id, bRequests: plan.y.concept.id } },
    a: { index: a, side: plan.a, employees: A.employees, badge: A.badge, member: A.member, script: scripts.a, request: aRequest, offer: aOffer },
    b: { index: b, side: plan.b, employees: B.employees, badge: B.badge, member: B.member, script: scripts.b, request: bRequest, offer: bOffer },
  };
}

/** The kinds of noise partner, against A and B in turn: six type-only, two value-chain, two market-keyword each per twenty. */
function pairNoiseKind(n: number): { against: 'a' | 'b'; noise: PairNoise } {
  const slot = Math.floor(n / 2) % 10;
  return { against: n % 2 === 0 ? 'a' : 'b', noise: slot < 6 ? PairNoise.TYPE_ONLY : slot < 8 ? PairNoise.VALUE_CHAIN : PairNoise.MARKET_KEYWORD };
}

/** A value-chain neighbour of `division` (supplier or customer) other than `not`, with vocabulary; `not` when none. */
function neighbourOf(random: Random, division: string, not: string): string {
  const linked = [...suppliersOf(division).map((l) => l.supplier), ...customersOf(division).map((l) => l.customer)];
  const known = [...new Set(linked)].filter((d) => d !== division && d !== not && sectorVocabulary(d) !== undefined);
  return known.length > 0 ? pick(random, known) : not;
}

/**
 * Noise partners of pair `k`. A noise partner against A mirrors B (B serves A): B's country, size band,
 * opportunity types, partnership types, target countries and requested sizes, but other topics. Type-only
 * ones work in B's division; value-chain ones in another neighbour of A's division, always with a badge
 * and membership; market-keyword ones write the generic market keyword A's request carries (the sector
 * label, "machinery", "automotive") among their keywords. Against B, the same with the roles swapped.
 */
function plantPairNoise(random: Random, builder: ScenarioBuilder, parks: readonly PlantedPark[], pair: BuiltPair, allocator: TopicAllocator, k: number, count: number): number[] {
  const noise: number[] = [];
  for (let n = 0; n < count; n++) {
    const { against, noise: kind } = pairNoiseKind(n);
    const target = against === 'a' ? pair.a : pair.b;
    const mirror = against === 'a' ? pair.b : pair.a;
    const division = kind === PairNoise.VALUE_CHAIN ? neighbourOf(random, target.side.division, mirror.side.division) : mirror.side.division;
    const topics = allocator.pairNoiseTopics(mirror.side.country);
    const [offerConcept, requestConcept] = pickDistinct(random, topics, 2) as [TopicConcept, TopicConcept | undefined];
    const offerWriting = anyWriting(random, offerConcept);
    const requestWriting = anyWriting(random, requestConcept ?? offerConcept);
    const origin = mirror.side.origin;
    const offerKeywords = topicKeywords(random, origin, offerWriting);
    const requestKeywords = topicKeywords(random, origin, requestWriting);
    const generic = target.request.market;
    const offer: PairOpportunityOptions = {
      ...mirror.offer,
      topic: { name: offerWriting, keywords: kind === PairNoise.MARKET_KEYWORD ? [...offerKeywords, ...generic] : offerKeywords },
      market: kind === PairNoise.MARKET_KEYWORD ? [...generic] : mirror.offer.market,
    };
    const request: PairOpportunityOptions = { ...mirror.request, topic: { name: requestWriting, keywords: requestKeywords } };
    const valueChain = kind === PairNoise.VALUE_CHAIN;
    const badge = valueChain || chance(random, 0.5) ? distinction(random, origin) : null;
    const place = placeAwayFromParks(random, origin, mirror.side.country, parks);
    const built = buildCompany(
      random,
      {
        origin,
        place,
        point: pointAt(random, place),
        sectors: [vocabulary(division)],
        employees: sameBand(random, mirror.employees),
        badge,
        initiativeMember: valueChain || chance(random, 0.5),
        needs: requestKeywords,
        phrasing: builder.phrasing,
        topic: offerWriting,
        offers: kind === PairNoise.MARKET_KEYWORD ? [...offerKeywords, ...generic] : offerKeywords,
      },
      builder.names,
    );
    noise.push(builder.add(built, mirror.script.opportunities(random, built.context, request, offer), { kind: 'pair_noise', pair: k, against, noise: kind, topics: [...new Set([offerConcept.id, (requestConcept ?? offerConcept).id])] }));
  }
  return noise;
}
