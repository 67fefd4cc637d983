import { SizeBand, sizeBandOf } from '@hc/companies';
import type { ParkOffering } from '@hc/parks';
import type { OpportunityContent } from '@hc/opportunities';
import { PartnershipType } from '@hc/opportunities';
import { customersOf, regionByCode, SectorScheme, suppliersOf, toIsic } from '@hc/taxonomy';
import { gbtDivisionFor } from '../generator/activity-codes';
import type { GeneratedCompany } from '../generator/company.generator';
import { jitter } from '../generator/jitter.util';
import type { Origin } from '../generator/origin';
import { chance, intBetween, normal, pick, pickDistinct, Random, randomFor } from '../random/prng.util';
import { EUROPEAN_PARTNER_NEEDS } from '../vocabulary/phrases.vocabulary';
import { SECTOR_VOCABULARY, sectorVocabulary } from '../vocabulary/sector.vocabulary';
import type { SectorVocabulary, Trilingual } from '../vocabulary/vocabulary.model';
import { BuiltCompany, buildCompany, CompanyContext, NameRegistry, PlantedBadge } from './planted.company';
import { ConceptPicker, PairConcept } from './planted.concepts';
import {
  distributionOffer,
  distributorRequest,
  expansionRequest,
  exportOffer,
  PairOpportunityOptions,
  rdRequest,
  siteRequest,
  supplierRequest,
  supplyOffer,
  technologyOffer,
  technologyRequest,
  Topic,
} from './planted.opportunities';
import { chooseThemes, PLANTED_CHINA_SHARE, PlantedPark, plantedPark, placeParks } from './planted.parks';
import { drawPlace, kmBetween, Place, Point } from './planted.places';
import { DecoyReason, PairArchetype, PlantedPair, PlantedRole, PlantedScenarioOptions, PlantedScenarios, PlantedSignal, RIGHT_COMPANIES_PER_PARK } from './planted.model';
import { CHINESE_OTHER_TARGETS, EUROPEAN_OTHER_TARGETS, OFFERING_NEEDS } from './planted.vocabulary';

/** Stream ids of the planted scenarios, apart from the generator's (1–3) and the initiative demo's (11–14). */
const STREAM = { parks: 21, rights: 22, decoys: 23, pairs: 24, concepts: 25 } as const;

export const DEFAULT_DECOYS_PER_PARK = 8;

/** Domestic right companies sit this close to their park (km). */
const NEARBY_KM = { min: 1.5, max: 9 } as const;

/**
 * Planted companies that are not domestic rights of a park keep at least this far from every planted
 * park of their country (km), so that they never look like its neighbours.
 */
const PARK_CLEARANCE_KM: Readonly<Record<string, number>> = { CN: 250, DE: 90 };

/** A decoy that is "far away" from its park in the same country is at least this far (km). */
const FAR_KM: Readonly<Record<string, number>> = { CN: 900, DE: 350 };

/** Share of a Chinese park's right companies that come from abroad (the rest are Chinese neighbours). */
const FOREIGN_RIGHTS = { CN: [5, 7], DE: [4, 6] } as const;

/** Mix of pair archetypes. */
const ARCHETYPE_WEIGHTS: readonly [PairArchetype, number][] = [
  [PairArchetype.LICENCE_AND_DISTRIBUTION, 0.45],
  [PairArchetype.SUPPLY_CHAIN, 0.35],
  [PairArchetype.JOINT_RD, 0.2],
];

/**
 * Parks and companies whose right partners are known by construction, to measure matching against.
 *
 * Each planted park gets RIGHT_COMPANIES_PER_PARK right companies: Chinese parks mostly German and
 * European ones that want a site in China, German parks mostly Chinese ones that want one in Germany,
 * plus domestic neighbours (within 10 km) that want to expand. It says so through its profile only:
 * activity codes in a focus or gap sector, a site or joint-venture request targeting the park's
 * country, needs (and request keywords) naming two or three of the park's offerings, chosen so that
 * other planted parks its sectors fit offer them least, and a mix of both sectors, membership and
 * badges. Parks sit in small towns, far apart, with themes and offerings that differ within a country.
 * Decoys share two or three of the park's focus sectors (so sector overlap ranks them high) but are
 * wrong: far away without intent, abroad without intent, or looking for a site in other countries.
 *
 * Each planted pair is a Chinese and a German or European company whose offers and requests
 * complement each other (licence and distribution, supply chain, joint R&D), value-chain adjacent,
 * with compatible sizes and target countries, and keywords that are glossary synonyms in different
 * languages; the concepts occur nowhere else in the generated data.
 *
 * Deterministic: the same options give the same scenarios. The answer key refers to indexes only.
 */
export function plantedScenarios(options: PlantedScenarioOptions): PlantedScenarios {
  const { seed, parks: parkCount, pairs: pairCount } = options;
  const decoysPerPark = options.decoysPerPark ?? DEFAULT_DECOYS_PER_PARK;
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  for (const [name, value] of [
    ['parks', parkCount],
    ['pairs', pairCount],
    ['decoysPerPark', decoysPerPark],
  ] as const) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }

  const builder = new ScenarioBuilder();
  const parks = plantParks(seed, parkCount);
  const parkAnswers: number[][] = [];
  const parkDecoys: number[][] = [];
  parks.forEach((_park, p) => {
    parkAnswers.push(plantRights(randomFor(seed, STREAM.rights, p), builder, parks, p));
    parkDecoys.push(plantDecoys(randomFor(seed, STREAM.decoys, p), builder, parks, p, decoysPerPark));
  });
  const concepts = new ConceptPicker();
  const pairAnswers: PlantedPair[] = [];
  for (let k = 0; k < pairCount; k++) pairAnswers.push(plantPair(randomFor(seed, STREAM.pairs, k), randomFor(seed, STREAM.concepts, k), builder, concepts, parks, k));
  return { parks: parks.map((p) => p.record), companies: builder.companies, parkAnswers, parkDecoys, pairAnswers, roles: builder.roles };
}

/** Collects the planted companies with their roles; names stay unique across all of them. */
class ScenarioBuilder {
  readonly companies: GeneratedCompany[] = [];
  readonly roles: PlantedRole[] = [];
  readonly names = new NameRegistry();

  add(built: BuiltCompany, opportunities: OpportunityContent[], role: PlantedRole): number {
    this.companies.push({ ...built.record, opportunities });
    this.roles.push(role);
    return this.companies.length - 1;
  }
}

function plantParks(seed: number, count: number): PlantedPark[] {
  const random = randomFor(seed, STREAM.parks, 0);
  const cnCount = Math.round(count * PLANTED_CHINA_SHARE);
  const deCount = count - cnCount;
  const cnThemes = chooseThemes(random, cnCount);
  const deThemes = chooseThemes(random, deCount);
  const cnPlaces = placeParks(random, 'CN', cnCount);
  const dePlaces = placeParks(random, 'DE', deCount);
  // Alternate the countries so that any prefix of the list has both.
  const parks: PlantedPark[] = [];
  let cn = 0;
  let de = 0;
  for (let i = 0; i < count; i++) {
    const takeChina = de >= deCount || (cn < cnCount && cn * deCount <= de * cnCount);
    const parkRandom = randomFor(seed, STREAM.parks, i + 1);
    if (takeChina) {
      parks.push(plantedPark(parkRandom, 'CN', cnThemes[cn] as PlantedPark['theme'], cnPlaces[cn] as { place: Place; point: Point }, parks));
      cn++;
    } else {
      parks.push(plantedPark(parkRandom, 'DE', deThemes[de] as PlantedPark['theme'], dePlaces[de] as { place: Place; point: Point }, parks));
      de++;
    }
  }
  return parks;
}

/** The origin of a company of `country` (CN, DE, or another European country). */
function originOf(country: string): Origin {
  return country === 'CN' ? 'CN' : country === 'DE' ? 'DE' : 'EU';
}

/** A city of `origin` at least `km` from every planted park of that country (relaxed when none is). */
function placeAwayFromParks(random: Random, origin: Origin, parks: readonly PlantedPark[], km: number, also: (place: Place) => boolean = () => true): Place {
  const country = origin === 'CN' ? 'CN' : origin === 'DE' ? 'DE' : null;
  const points = country ? parks.filter((p) => p.record.country === country).map((p) => p.point) : [];
  for (let clearance = km; ; clearance *= 0.8) {
    try {
      return drawPlace(random, origin, (place) => also(place) && points.every((pt) => kmToPark(place, pt) >= clearance));
    } catch (error) {
      if (clearance < 20) throw error;
    }
  }
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

function pointAt(random: Random, place: Place, maxKm = 10): Point {
  const [latitude, longitude] = jitter(random, place.latitude, place.longitude, maxKm);
  return { latitude, longitude };
}

/** Log-normal head count between bounds. */
function headcount(random: Random, median: number, sigma: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(median * Math.exp(sigma * normal(random)))));
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

/** How many other planted parks of the same country focus on or lack `division`: low is distinctive. */
function sharedWith(parks: readonly PlantedPark[], p: number, division: string): number {
  const park = parks[p] as PlantedPark;
  return parks.filter((q, i) => i !== p && q.record.country === park.record.country && (q.record.focusSectors.includes(division) || q.record.gapSectors.includes(division))).length;
}

/** Need keywords in the company's language: German and Chinese firms write their own, others English. */
function inLanguage(random: Random, origin: Origin, term: Trilingual): string {
  if (chance(random, 0.25)) return term.en;
  return origin === 'CN' ? term.zh : origin === 'DE' ? term.de : term.en;
}

/**
 * The right companies of park `p`. Each works in a focus or gap sector of the park (or both), names two
 * or three of the park's offerings among its needs, and:
 * - abroad (4–7 of 10): asks for a site or a joint venture in the park's country; its sectors and needs
 *   are chosen so that other planted parks of that country fit it less;
 * - at home: sits within 10 km of the park and asks for an expansion site near home;
 * with membership and badges mixed in (at least one of both sectors, membership or a badge).
 */
function plantRights(random: Random, builder: ScenarioBuilder, parks: readonly PlantedPark[], p: number): number[] {
  const park = parks[p] as PlantedPark;
  const { record } = park;
  const country = record.country as 'CN' | 'DE';
  const [minForeign, maxForeign] = FOREIGN_RIGHTS[country];
  const foreignCount = intBetween(random, minForeign, maxForeign);
  // Focus sectors that fewer other parks of the country share come first.
  const focus = [...record.focusSectors].sort((a, b) => sharedWith(parks, p, a) - sharedWith(parks, p, b) || a.localeCompare(b));
  const gaps = [...record.gapSectors];
  // Offerings that fewer other parks of the country offer first: they point to this park.
  const offeringCount = (o: ParkOffering) => parks.filter((q) => q.record.country === country && q.record.offerings.includes(o)).length;
  const offerings = [...record.offerings].sort((a, b) => offeringCount(a) - offeringCount(b) || a.localeCompare(b));
  const sectorRoles = pickDistinct(random, ['focus', 'focus', 'focus', 'focus', 'focus', 'focus', 'gap', 'gap', 'both', 'both'] as const, RIGHT_COMPANIES_PER_PARK);
  const answers: number[] = [];
  const used = new Map<string, number>();
  for (let k = 0; k < RIGHT_COMPANIES_PER_PARK; k++) {
    const domestic = k >= foreignCount;
    const role = gaps.length > 0 ? (sectorRoles[k] ?? 'focus') : 'focus';
    const origin: Origin = domestic ? originOf(country) : country === 'DE' ? 'CN' : chance(random, 0.7) ? 'DE' : 'EU';
    // Abroad, only the sectors tell which park of the country a company fits: take those another park fits least.
    const divisions = domestic ? rotate(random, candidateSets(role, focus, gaps), used) : leastAmbiguous(random, parks, p, origin, candidateSets(role, focus, gaps), used);
    for (const d of divisions) used.set(d, (used.get(d) ?? 0) + 1);
    const signals = new Set<PlantedSignal>(role === 'focus' ? [PlantedSignal.FOCUS_SECTOR] : role === 'gap' ? [PlantedSignal.GAP_SECTOR] : [PlantedSignal.FOCUS_SECTOR, PlantedSignal.GAP_SECTOR]);

    // Every right company wants to come (abroad) or to grow (at home), and needs what this park offers:
    // that is what makes it right for this park rather than for any park of the country (at home, its
    // location does too). Sector roles, membership and badges are mixed in.
    signals.add(PlantedSignal.SITE_INTENT);
    if (domestic) signals.add(PlantedSignal.NEARBY);
    let member = chance(random, domestic ? 0.4 : 0.45);
    let badge = chance(random, domestic ? 0.35 : 0.4);
    // One more strength at least (both sectors, membership or a badge): what is left to chance then
    // is which one, and a company with sector and intent alone is as right for a park as thousands.
    if (!member && !badge && role !== 'both') {
      if (chance(random, 0.5)) member = true;
      else badge = true;
    }
    signals.add(PlantedSignal.NEEDS_PARK_OFFERINGS);
    if (member) signals.add(PlantedSignal.INITIATIVE_MEMBER);
    if (badge) signals.add(PlantedSignal.BADGE);

    const badgeKind = badge ? distinction(random, origin) : null;
    const wanted = domestic
      ? offerings.slice(0, Math.min(offerings.length, intBetween(random, 2, 3)))
      : distinctiveNeeds(random, parks, p, origin, divisions, offerings, Math.min(offerings.length, 3));
    const needs = wanted.map((o) => inLanguage(random, origin, OFFERING_NEEDS[o]));
    const place = domestic ? park.place : placeAwayFromParks(random, origin, parks, PARK_CLEARANCE_KM[origin] ?? 0);
    const point = domestic ? pointNearPark(random, park.point) : pointAt(random, place);
    const built = buildCompany(
      random,
      { origin, place, point, sectors: divisions.map(vocabulary), employees: headcountFor(random, badgeKind, domestic), badge: badgeKind, initiativeMember: member, needs },
      builder.names,
    );
    const opportunities: OpportunityContent[] = [];
    if (domestic) {
      opportunities.push(expansionRequest(random, built.context, needs));
      if (chance(random, 0.3)) opportunities.push(exportOffer(random, built.context, country === 'CN' ? ['DE'] : ['CN']));
    } else {
      const others = country === 'CN' ? [] : ['AT', 'CZ', 'PL', 'HU'];
      const targets = others.length > 0 && chance(random, 0.25) ? [country, pick(random, others)] : [country];
      opportunities.push(
        siteRequest(random, built.context, {
          main: chance(random, 0.7) ? PartnershipType.SITE_LOCALISATION : PartnershipType.INVESTMENT_JV,
          targetCountries: targets,
          preferredRegion: chance(random, 0.5) ? regionName(park) : null,
          siteNeeds: needs,
        }),
      );
      if (chance(random, 0.3)) opportunities.push(exportOffer(random, built.context, [country]));
    }
    answers.push(builder.add(built, opportunities, { kind: 'park_right', park: p, domestic, signals: [...signals] }));
  }
  return answers;
}

/** The division sets a right company of this role can have: one focus sector, one gap sector, or one of each. */
function candidateSets(role: 'focus' | 'gap' | 'both', focus: readonly string[], gaps: readonly string[]): string[][] {
  if (role === 'focus') return focus.map((f) => [f]);
  if (role === 'gap') return gaps.map((g) => [g]);
  return focus.flatMap((f) => gaps.map((g) => [f, g]));
}

/** The candidate whose divisions were used least so far (ties at random), so the park's sectors all get companies. */
function rotate(random: Random, candidates: readonly string[][], used: ReadonlyMap<string, number>): string[] {
  const load = (set: readonly string[]) => set.reduce((sum, d) => sum + (used.get(d) ?? 0), 0);
  const least = Math.min(...candidates.map(load));
  return [...pick(random, candidates.filter((c) => load(c) === least))];
}

/** ISIC divisions a company declaring `division` ends up with: Chinese GB/T divisions map to several. */
function derivedDivisions(origin: Origin, division: string): string[] {
  if (origin !== 'CN') return [division];
  const gbt = gbtDivisionFor(vocabulary(division).defaultCode) ?? gbtDivisionFor(division);
  const links = gbt === undefined ? [] : (toIsic(SectorScheme.GBT4754, gbt) ?? []);
  return [...new Set([division, ...links.map((l) => l.code.slice(0, 2))])];
}

/** How well divisions fit a park: a focus sector counts 1.5, a gap 1. */
function fitOf(divisions: readonly string[], park: PlantedPark): number {
  return divisions.reduce((sum, d) => sum + (park.record.focusSectors.includes(d) ? 1.5 : park.record.gapSectors.includes(d) ? 1 : 0), 0);
}

/**
 * Among the candidate division sets, one that as few other planted parks of the country fit as well as
 * park `p` (then: that they fit least, then: used least here). A foreign company's sectors are then
 * evidence for this park rather than for any park of the country.
 */
function leastAmbiguous(random: Random, parks: readonly PlantedPark[], p: number, origin: Origin, candidates: readonly string[][], used: ReadonlyMap<string, number>): string[] {
  const park = parks[p] as PlantedPark;
  const others = parks.filter((q, i) => i !== p && q.record.country === park.record.country);
  const cost = (set: readonly string[]): number[] => {
    const derived = [...new Set(set.flatMap((d) => derivedDivisions(origin, d)))];
    const own = fitOf(derived, park);
    const fits = others.map((q) => fitOf(derived, q));
    return [fits.filter((f) => f >= own).length, fits.filter((f) => f > 0).length, fits.reduce((sum, f) => sum + f, 0), set.reduce((sum, d) => sum + (used.get(d) ?? 0), 0)];
  };
  const costs = candidates.map((c) => ({ c, cost: cost(c) }));
  const compare = (a: number[], b: number[]) => a.reduce((r, x, i) => r || x - (b[i] ?? 0), 0);
  costs.sort((a, b) => compare(a.cost, b.cost));
  const best = costs[0]?.cost ?? [];
  return [...pick(random, costs.filter((x) => compare(x.cost, best) === 0)).c];
}

/**
 * `size` of the park's offerings for a foreign company to need: the combination that the fewest other
 * parks of the country its sectors also fit offer in full (then the rarest offerings).
 */
function distinctiveNeeds(random: Random, parks: readonly PlantedPark[], p: number, origin: Origin, divisions: readonly string[], offerings: readonly ParkOffering[], size: number): ParkOffering[] {
  const park = parks[p] as PlantedPark;
  const derived = [...new Set(divisions.flatMap((d) => derivedDivisions(origin, d)))];
  const others = parks.filter((q, i) => i !== p && q.record.country === park.record.country);
  // Any park whose focus or gaps the company's sectors touch could claim it; its needs must tell them apart.
  const rivals = others.filter((q) => fitOf(derived, q) > 0);
  const rarity = (o: ParkOffering) => others.filter((q) => q.record.offerings.includes(o)).length;
  const compare = (a: readonly number[], b: readonly number[]) => a.reduce((r, x, i) => r || x - (b[i] ?? 0), 0);
  let best: { set: ParkOffering[]; cost: number[] }[] = [];
  for (const set of subsets(offerings, size)) {
    // How much of it the most similar rival offers, how many rivals offer that much, then how common its items are.
    const shared = rivals.map((q) => set.filter((o) => q.record.offerings.includes(o)).length);
    const most = Math.max(0, ...shared);
    const cost = [most, shared.filter((n) => n === most).length, set.reduce((sum, o) => sum + rarity(o), 0)];
    const first = best[0]?.cost;
    if (!first || compare(cost, first) < 0) best = [{ set, cost }];
    else if (compare(cost, first) === 0) best.push({ set, cost });
  }
  return pick(random, best).set;
}

function subsets<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [head, ...tail] = items as [T, ...T[]];
  return [...subsets(tail, size - 1).map((rest) => [head, ...rest]), ...subsets(tail, size)];
}

function pointNearPark(random: Random, park: Point): Point {
  const km = NEARBY_KM.min + (NEARBY_KM.max - NEARBY_KM.min) * Math.sqrt(random());
  const bearing = 2 * Math.PI * random();
  const dLat = (km * Math.cos(bearing)) / 111.32;
  const dLon = (km * Math.sin(bearing)) / (111.32 * Math.cos((park.latitude * Math.PI) / 180));
  return { latitude: Math.round((park.latitude + dLat) * 1e5) / 1e5, longitude: Math.round((park.longitude + dLon) * 1e5) / 1e5 };
}

/** The park's province or state, as a company names it ("江苏省", "Bayern", "Bavaria"). */
function regionName(park: PlantedPark): Trilingual | null {
  const region = park.place.region ? regionByCode(park.place.region) : undefined;
  return region ? { zh: region.label.zh ?? region.code, de: region.label.de ?? region.code, en: region.label.en ?? region.code } : null;
}

/**
 * Decoys of park `p`: companies in two or three of its focus sectors (so that sector overlap ranks
 * them high) that are wrong for it: far away at home without intent, abroad without intent, or abroad
 * looking for a site elsewhere. None names what the park offers.
 */
function plantDecoys(random: Random, builder: ScenarioBuilder, parks: readonly PlantedPark[], p: number, count: number): number[] {
  const park = parks[p] as PlantedPark;
  const { record } = park;
  const country = record.country as 'CN' | 'DE';
  const reasons = [DecoyReason.FAR_AWAY, DecoyReason.NO_INTENT, DecoyReason.WRONG_COUNTRY];
  const decoys: number[] = [];
  for (let k = 0; k < count; k++) {
    const reason = reasons[k % reasons.length] as DecoyReason;
    const origin: Origin = reason === DecoyReason.FAR_AWAY ? originOf(country) : country === 'DE' ? 'CN' : chance(random, 0.7) ? 'DE' : 'EU';
    const divisions = pickDistinct(random, record.focusSectors, Math.min(record.focusSectors.length, intBetween(random, 2, 3)));
    const badgeKind = chance(random, 0.2) ? distinction(random, origin) : null;
    const place =
      reason === DecoyReason.FAR_AWAY
        ? farPlace(random, origin, parks, park)
        : placeAwayFromParks(random, origin, parks, PARK_CLEARANCE_KM[origin] ?? 0);
    const built = buildCompany(
      random,
      { origin, place, point: pointAt(random, place), sectors: divisions.map(vocabulary), employees: headcountFor(random, badgeKind, reason === DecoyReason.FAR_AWAY), badge: badgeKind, initiativeMember: chance(random, 0.15), needs: [] },
      builder.names,
    );
    const opportunities: OpportunityContent[] = [];
    if (reason === DecoyReason.NO_INTENT && chance(random, 0.7)) opportunities.push(exportOffer(random, built.context, [country]));
    if (reason === DecoyReason.FAR_AWAY && chance(random, 0.4)) opportunities.push(exportOffer(random, built.context, country === 'CN' ? ['DE'] : ['CN']));
    if (reason === DecoyReason.WRONG_COUNTRY) {
      const options = (country === 'DE' ? CHINESE_OTHER_TARGETS : EUROPEAN_OTHER_TARGETS).filter((t) => !t.includes(built.record.country));
      const targets = pick(random, options);
      opportunities.push(siteRequest(random, built.context, { main: chance(random, 0.7) ? PartnershipType.SITE_LOCALISATION : PartnershipType.INVESTMENT_JV, targetCountries: targets, preferredRegion: null, siteNeeds: [] }));
    }
    decoys.push(builder.add(built, opportunities, { kind: 'park_decoy', park: p, reason }));
  }
  return decoys;
}

/** A city in the park's country far from it (the farthest ones when none is FAR_KM away), and not next to another planted park. */
function farPlace(random: Random, origin: Origin, parks: readonly PlantedPark[], park: PlantedPark): Place {
  const others = parks.filter((q) => q !== park && q.record.country === park.record.country).map((q) => q.point);
  for (let far = FAR_KM[park.record.country] ?? 500; ; far *= 0.85) {
    try {
      return drawPlace(random, origin, (place) => kmToPark(place, park.point) >= far && others.every((pt) => kmToPark(place, pt) >= 60));
    } catch (error) {
      if (far < 150) throw error;
    }
  }
}

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

/** Keywords of a concept as an author of `origin` writes them: its own language, sometimes English too. */
function keywordsOf(random: Random, origin: Origin, concept: PairConcept, alsoEnglish: number): string[] {
  const own = origin === 'CN' ? concept.name.zh : origin === 'DE' ? concept.name.de : concept.name.en;
  return own !== concept.name.en && chance(random, alsoEnglish) ? [own, concept.name.en] : [own];
}

function topic(random: Random, origin: Origin, concept: PairConcept, alsoEnglish: number): Topic {
  return { name: concept.name, keywords: keywordsOf(random, origin, concept, alsoEnglish) };
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

interface Side {
  origin: Origin;
  place: Place;
  division: string;
  employees: number;
  badge: PlantedBadge;
}

/**
 * One reciprocal pair: a German or European company (70 % German) and a Chinese one, value-chain
 * adjacent, each asking for what the other offers, in the other's country, at the other's size.
 */
function plantPair(random: Random, conceptRandom: Random, builder: ScenarioBuilder, concepts: ConceptPicker, parks: readonly PlantedPark[], k: number): PlantedPair {
  const archetype = drawArchetype(random);
  const europeOrigin: Origin = chance(random, 0.75) ? 'DE' : 'EU';
  const side = (origin: Origin, division: string, badgeShare: number): Side => {
    const badge = chance(random, badgeShare) ? distinction(random, origin) : null;
    const employees = badge ? headcountFor(random, badge, false) : origin === 'CN' ? headcount(random, 400, 0.7, 50, 5000) : headcount(random, 250, 0.7, 30, 3000);
    return { origin, place: placeAwayFromParks(random, origin, parks, PARK_CLEARANCE_KM[origin] ?? 0), division, employees, badge };
  };
  const build = (s: Side, needs: string[]): BuiltCompany =>
    buildCompany(random, { origin: s.origin, place: s.place, point: pointAt(random, s.place), sectors: [vocabulary(s.division)], employees: s.employees, badge: s.badge, initiativeMember: chance(random, 0.25), needs }, builder.names);
  const market = (ctx: CompanyContext) => [ctx.sector.label.en];

  let a: number;
  let b: number;
  if (archetype === PairArchetype.LICENCE_AND_DISTRIBUTION) {
    // A (Europe) licenses its technology and wants distributors in China; B (China, a customer sector) distributes and wants the technology.
    const aDivision = pick(random, pairSectors('customer'));
    const A = side(europeOrigin, aDivision, 0.3);
    const B = side('CN', adjacentDivision(random, aDivision, 'customer'), 0.2);
    const x = concepts.pick(conceptRandom, [aDivision]);
    const distributorNeed = EUROPEAN_PARTNER_NEEDS[0] as Trilingual;
    const builtA = build(A, [A.origin === 'DE' ? distributorNeed.de : distributorNeed.en]);
    const builtB = build(B, [x.name.zh]);
    const aOptions = (t: Topic): PairOpportunityOptions => ({ topic: t, targetCountries: ['CN'], partnerSizes: sizesFor(random, B.employees), market: market(builtB.context) });
    const bOptions = (t: Topic): PairOpportunityOptions => ({ topic: t, targetCountries: [builtA.record.country], partnerSizes: sizesFor(random, A.employees), market: market(builtA.context) });
    const aTopic = topic(random, A.origin, x, 0.25);
    const opportunitiesA = [
      technologyOffer(random, builtA.context, chance(random, 0.3) ? [PartnershipType.LICENSING, PartnershipType.RD_COOPERATION] : [PartnershipType.LICENSING], aOptions(aTopic)),
      distributorRequest(random, builtA.context, aOptions(aTopic)),
    ];
    const bTopic = topic(random, 'CN', x, 0.3);
    const opportunitiesB = [distributionOffer(random, builtB.context, bOptions(bTopic)), technologyRequest(random, builtB.context, [PartnershipType.LICENSING], bOptions(bTopic))];
    a = builder.add(builtA, opportunitiesA, { kind: 'pair', pair: k, side: 'a', archetype });
    b = builder.add(builtB, opportunitiesB, { kind: 'pair', pair: k, side: 'b', archetype });
  } else if (archetype === PairArchetype.SUPPLY_CHAIN) {
    // A (China) supplies a component B (Europe) looks for; B offers R&D cooperation on a topic A asks for.
    const bDivision = pick(random, pairSectors('supplier'));
    const A = side('CN', adjacentDivision(random, bDivision, 'supplier'), 0.25);
    const B = side(europeOrigin, bDivision, 0.3);
    const y = concepts.pick(conceptRandom, [A.division]);
    const z = concepts.pick(conceptRandom, [bDivision]);
    const builtA = build(A, [z.name.zh]);
    const builtB = build(B, [B.origin === 'DE' ? y.name.de : y.name.en]);
    const aOptions = (t: Topic): PairOpportunityOptions => ({ topic: t, targetCountries: [builtB.record.country], partnerSizes: sizesFor(random, B.employees), market: market(builtB.context) });
    const bOptions = (t: Topic): PairOpportunityOptions => ({ topic: t, targetCountries: ['CN'], partnerSizes: sizesFor(random, A.employees), market: market(builtA.context) });
    const opportunitiesA = [supplyOffer(random, builtA.context, aOptions(topic(random, 'CN', y, 0.4))), rdRequest(random, builtA.context, aOptions(topic(random, 'CN', z, 0.3)))];
    const opportunitiesB = [supplierRequest(random, builtB.context, bOptions(topic(random, B.origin, y, 0.25))), technologyOffer(random, builtB.context, [PartnershipType.RD_COOPERATION], bOptions(topic(random, B.origin, z, 0.25)))];
    a = builder.add(builtA, opportunitiesA, { kind: 'pair', pair: k, side: 'a', archetype });
    b = builder.add(builtB, opportunitiesB, { kind: 'pair', pair: k, side: 'b', archetype });
  } else {
    // Joint R&D: A (Europe) offers X and asks for W; B (China, value-chain adjacent) offers W and asks for X.
    const aDivision = pick(random, pairSectors('customer'));
    const A = side(europeOrigin, aDivision, 0.3);
    const B = side('CN', adjacentDivision(random, aDivision, chance(random, 0.5) ? 'customer' : 'supplier'), 0.25);
    const x = concepts.pick(conceptRandom, [aDivision]);
    const v = concepts.pick(conceptRandom, [B.division]);
    const builtA = build(A, [A.origin === 'DE' ? v.name.de : v.name.en]);
    const builtB = build(B, [x.name.zh]);
    const aOptions = (t: Topic): PairOpportunityOptions => ({ topic: t, targetCountries: ['CN'], partnerSizes: sizesFor(random, B.employees), market: market(builtB.context) });
    const bOptions = (t: Topic): PairOpportunityOptions => ({ topic: t, targetCountries: [builtA.record.country], partnerSizes: sizesFor(random, A.employees), market: market(builtA.context) });
    const opportunitiesA = [
      technologyOffer(random, builtA.context, [PartnershipType.RD_COOPERATION, PartnershipType.LICENSING], aOptions(topic(random, A.origin, x, 0.25))),
      rdRequest(random, builtA.context, aOptions(topic(random, A.origin, v, 0.25))),
    ];
    const opportunitiesB = [
      technologyOffer(random, builtB.context, [PartnershipType.RD_COOPERATION], bOptions(topic(random, 'CN', v, 0.3))),
      technologyRequest(random, builtB.context, [PartnershipType.RD_COOPERATION, PartnershipType.LICENSING], bOptions(topic(random, 'CN', x, 0.3))),
    ];
    a = builder.add(builtA, opportunitiesA, { kind: 'pair', pair: k, side: 'a', archetype });
    b = builder.add(builtB, opportunitiesB, { kind: 'pair', pair: k, side: 'b', archetype });
  }
  return { a, b, archetype };
}
