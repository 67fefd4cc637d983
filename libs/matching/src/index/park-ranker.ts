import { ParkOffering } from '@hc/parks';
import { customersOf, suppliersOf } from '@hc/taxonomy';
import { crowd, INFERRED_NEED_WEIGHT, MIN_CONTRIBUTION, needEvidence, ParkWeights } from '../features/park-features';
import { CHINA, distanceKm, EUROPE, ParkMatchProfile } from '../profiles/match-profile';
import {
  CompanyIndexData,
  countBits,
  DIVISIONS,
  DIVISIONS_PER_SLOT,
  FLAG_CHINA,
  FLAG_EUROPE,
  FLAG_MEMBER,
  FLAG_MORE_DIVISIONS,
  INFERRED_INVESTMENT,
  INFERRED_SITE,
  INFERRED_TECHNOLOGY,
  IndexedCompany,
  OFFERING_BIT,
  PostingList,
  ScoringColumns,
} from './company-index';

/**
 * A park turned into lookup tables once per request, so each candidate costs a few array reads. Every
 * value is computed with the same arithmetic as the named features in features/park-features.ts; a test
 * holds the two to the same score, bit for bit.
 */
export interface ParkTables {
  weights: ParkWeights;
  country: string;
  /** The country's id in the index's columns (-1: no company there). */
  countryId: number;
  latitude: number;
  longitude: number;
  /** Per ISIC division: a focus sector, related to one by a value-chain link, a declared gap. */
  focus: Uint8Array;
  related: Uint8Array;
  gap: Uint8Array;
  /** Per ISIC division: ecosystemFit's value for a company in it. */
  ecosystem: Float64Array;
  /** OFFERING_BIT mask of the park's offerings. */
  offered: number;
  member: boolean;
  china: boolean;
  europe: boolean;
}

const LAB_GROUP = OFFERING_BIT[ParkOffering.TEST_LABS] | OFFERING_BIT[ParkOffering.PILOT_LINES] | OFFERING_BIT[ParkOffering.INCUBATOR];
const SITE_GROUP = OFFERING_BIT[ParkOffering.INDUSTRIAL_LAND] | OFFERING_BIT[ParkOffering.STANDARD_FACTORIES] | OFFERING_BIT[ParkOffering.OFFICE_SPACE];
const FUND = OFFERING_BIT[ParkOffering.INVESTMENT_FUND];
const CHINA_DESK = OFFERING_BIT[ParkOffering.CHINA_SERVICE_DESK];
const GERMAN_DESK = OFFERING_BIT[ParkOffering.GERMAN_SERVICE_DESK];

export function parkTables(p: ParkMatchProfile, weights: ParkWeights, index: CompanyIndexData): ParkTables {
  const focus = new Uint8Array(DIVISIONS);
  const related = new Uint8Array(DIVISIONS);
  const gap = new Uint8Array(DIVISIONS);
  const ecosystem = new Float64Array(DIVISIONS);
  for (const f of p.focusSectors) {
    focus[Number(f)] = 1;
    for (const link of suppliersOf(f)) related[Number(link.supplier)] = 1;
    for (const link of customersOf(f)) related[Number(link.customer)] = 1;
  }
  for (const g of p.gapSectors) gap[Number(g)] = 1;
  for (let d = 1; d < DIVISIONS; d++) {
    const code = String(d).padStart(2, '0');
    let best = 0;
    for (const link of customersOf(code)) {
      const n = p.ecosystem.get(link.customer) ?? 0;
      if (n > 0) best = Math.max(best, link.strength * crowd(n));
    }
    for (const link of suppliersOf(code)) {
      const n = p.ecosystem.get(link.supplier) ?? 0;
      if (n > 0) best = Math.max(best, 0.6 * link.strength * crowd(n));
    }
    ecosystem[d] = best;
  }
  let offered = 0;
  for (const o of p.offerings) offered |= OFFERING_BIT[o];
  return {
    weights,
    country: p.country,
    countryId: index.countryId(p.country),
    latitude: p.latitude,
    longitude: p.longitude,
    focus,
    related,
    gap,
    ecosystem,
    offered,
    member: p.initiativeMember,
    china: p.country === CHINA,
    europe: EUROPE.has(p.country),
  };
}

/** resourcesFit's value: the share of stated needs the park meets, or of inferred ones at INFERRED_NEED_WEIGHT, times the evidence of the count met. */
function resources(stated: number, inferred: number, flags: number, t: ParkTables): number {
  if (stated !== 0) {
    const metStated = countBits(stated & t.offered);
    // Times 1 as resourcesFit multiplies a stated need's weight: the same arithmetic, the same bits.
    return (metStated / countBits(stated)) * needEvidence(metStated) * 1;
  }
  let needs = 0;
  let met = 0;
  if (inferred & INFERRED_TECHNOLOGY) {
    needs++;
    if (t.offered & LAB_GROUP) met++;
  }
  if (inferred & INFERRED_SITE) {
    needs++;
    if (t.offered & SITE_GROUP) met++;
  }
  if (inferred & INFERRED_INVESTMENT) {
    needs++;
    if (t.offered & FUND) met++;
  }
  if (flags & FLAG_CHINA && t.europe) {
    needs++;
    if (t.offered & CHINA_DESK) met++;
  }
  if (flags & FLAG_EUROPE && t.china) {
    needs++;
    if (t.offered & GERMAN_DESK) met++;
  }
  return met === 0 ? 0 : (met / needs) * needEvidence(met) * INFERRED_NEED_WEIGHT;
}

const counted = (x: number) => (x >= MIN_CONTRIBUTION ? x : 0);

/**
 * scoreParkFit's score of the company in `slot`, from the columns and the park's tables (0 without a
 * substantive feature), without building its reasons; `named` is intentFit's value before distance for
 * the park's country. With a `floor`, a company at home whose score cannot reach it (its bound before
 * distance, with proximity counted fully) answers -1 without computing the distance.
 */
function scoreSlot(index: CompanyIndexData, slot: number, t: ParkTables, named: number, floor: number): number {
  const c = index.columns;
  const w = t.weights;
  const flags = c.flags[slot] as number;
  let sector = 0;
  let gap = 0;
  let ecosystem = 0;
  const divisions = flags & FLAG_MORE_DIVISIONS ? (index.entry(slot) as IndexedCompany).divisions : c.divisions;
  const from = flags & FLAG_MORE_DIVISIONS ? 0 : slot * DIVISIONS_PER_SLOT;
  const to = flags & FLAG_MORE_DIVISIONS ? divisions.length : from + (c.divisionCount[slot] as number);
  for (let k = from; k < to; k++) {
    const x = divisions[k] as number;
    // Each is the best over the company's divisions: a focus or gap sector counts 1 as the primary one, 0.8 otherwise.
    const primary = k === from;
    if (t.focus[x]) sector = primary ? 1 : Math.max(sector, 0.8);
    else if (t.related[x]) sector = Math.max(sector, 0.4);
    if (t.gap[x]) gap = primary ? 1 : Math.max(gap, 0.8);
    const e = t.ecosystem[x] as number;
    if (e > ecosystem) ecosystem = e;
  }
  const open = c.intentOpen[slot] as number;
  const intentBefore = named > open ? named : open;
  const s = w.sector * sector;
  const g = w.gap * gap;
  const e = w.ecosystem * ecosystem;
  if (!(s > 0 || g > 0 || e > 0 || intentBefore > 0)) return 0;
  const initiative = counted(w.initiative * (flags & FLAG_MEMBER ? (t.member ? 1 : 0.5) : 0));
  const badge = counted(w.badges * (c.badge[slot] as number));
  const resource = counted(w.resources * resources(c.statedNeeds[slot] as number, c.inferredNeeds[slot] as number, flags, t));
  // Summed left to right in the features' order, as scoreParkFit sums them.
  if (c.country[slot] !== t.countryId) {
    const geography = named > 0 ? 1 : (flags & FLAG_CHINA && t.europe) || (flags & FLAG_EUROPE && t.china) ? 0.3 : 0;
    return counted(s) + counted(g) + counted(e) + counted(w.intent * intentBefore) + counted(w.geography * geography) + initiative + badge + resource;
  }
  // At home the distance dampens intent and sets proximity; both are at most their value before distance.
  if (floor > -Infinity && counted(s) + counted(g) + counted(e) + counted(w.intent * intentBefore) + counted(w.geography) + initiative + badge + resource < floor) return -1;
  const km = distanceKm(c.latitude[slot] as number, c.longitude[slot] as number, t.latitude, t.longitude);
  const intent = intentBefore > 0 ? intentBefore * (0.3 + 0.7 * Math.exp(-km / w.distanceScaleKm)) : 0;
  const near = Math.exp(-km / w.distanceScaleKm);
  return counted(s) + counted(g) + counted(e) + counted(w.intent * intent) + counted(w.geography * (near < 0.02 ? 0 : near)) + initiative + badge + resource;
}

/** scoreParkFit's score of an indexed company from the park's tables, without building its reasons. */
export function quickParkScore(index: CompanyIndexData, entry: IndexedCompany, t: ParkTables): number {
  return scoreSlot(index, entry.slot, t, entry.intentNamed.get(t.country) ?? 0, -Infinity);
}

export interface RankedCandidate {
  entry: IndexedCompany;
  score: number;
}

/** The worse of two candidates: lower score, or the same score and the later id (rankings break ties by id). */
function worse(a: RankedCandidate, b: RankedCandidate): boolean {
  return a.score < b.score || (a.score === b.score && a.entry.profile.id > b.entry.profile.id);
}

/** The best `limit` candidates seen, the worst at the root. */
class TopCandidates {
  readonly heap: RankedCandidate[] = [];
  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.heap.length >= this.limit;
  }

  /** The score a candidate must reach to enter (ties enter by id); -Infinity while not full. */
  get threshold(): number {
    return this.full ? (this.heap[0] as RankedCandidate).score : -Infinity;
  }

  offer(candidate: RankedCandidate): void {
    const h = this.heap;
    if (!this.full) {
      h.push(candidate);
      let i = h.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(h[i] as RankedCandidate, h[parent] as RankedCandidate)) break;
        [h[i], h[parent]] = [h[parent] as RankedCandidate, h[i] as RankedCandidate];
        i = parent;
      }
      return;
    }
    if (!worse(h[0] as RankedCandidate, candidate)) return;
    h[0] = candidate;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && worse(h[l] as RankedCandidate, h[m] as RankedCandidate)) m = l;
      if (r < h.length && worse(h[r] as RankedCandidate, h[m] as RankedCandidate)) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m] as RankedCandidate, h[i] as RankedCandidate];
      i = m;
    }
  }
}

export interface ParkRanking {
  /** The best candidates by score (ties by id), at most `limit`. */
  ranked: RankedCandidate[];
  /** How many companies were scored: the candidate sets read, not every company. */
  scored: number;
}

/** What a company brings whatever its sector and place: membership, badges and resources, as scored. */
function ownPart(c: ScoringColumns, slot: number, t: ParkTables): number {
  const w = t.weights;
  const flags = c.flags[slot] as number;
  return (
    w.initiative * (flags & FLAG_MEMBER ? (t.member ? 1 : 0.5) : 0) +
    w.badges * (c.badge[slot] as number) +
    w.resources * resources(c.statedNeeds[slot] as number, c.inferredNeeds[slot] as number, flags, t)
  );
}

/** Per-request scratch space, reused: a ranking runs synchronously, so one per index is enough. */
class Scratch {
  /** Visited in this ranking (the generation) or not. */
  mark = new Uint32Array(0);
  generation = 0;

  reset(capacity: number): number {
    if (this.mark.length < capacity || this.generation === 0xffffffff) {
      const size = Math.max(capacity, Math.ceil(this.mark.length * 1.5), 1024);
      this.mark = new Uint32Array(size);
      this.generation = 0;
    }
    return ++this.generation;
  }
}

const scratches = new WeakMap<CompanyIndexData, Scratch>();
const NOTHING: ReadonlySet<string> = new Set();

/**
 * The park's best `limit` companies, exactly as scoring every company with the named features would rank
 * them, reading only the posting lists that can give a positive score (a company scores only with a
 * sector, gap, ecosystem or intent part), and pruning with upper bounds:
 *
 * - Each list has a bound on what sector, gap, ecosystem and proximity can add for the companies it
 *   brings: in the gap divisions everything, in the focus divisions (read after them) everything but a
 *   gap, outside them at most a related sector and the best ecosystem value of the other divisions.
 * - Intent is bounded per list: the named country's lists (whole, and split by division) carry each
 *   company's value; open intent is at most 0.6. The companies with intent are read first, so the lists
 *   after them count none: a company of theirs left unread could not reach the bar then, nor later.
 * - Added to a company's own part (membership, badges, resources), that bound is checked before the
 *   company is scored; one that cannot reach the best `limit` found so far is skipped.
 * - The index orders its lists by each member's bound (its potential: the most its own part can be, and
 *   in the named lists its intent), so when the index's weights are the ranking's, a list is left as
 *   soon as even that cannot reach the bar.
 * - A company at home is measured (distance) only when its score before distance can reach the bar.
 */
export function rankPark(index: CompanyIndexData, t: ParkTables, limit: number, now: number, excluded: ReadonlySet<string> = NOTHING): ParkRanking {
  let scratch = scratches.get(index);
  if (!scratch) scratches.set(index, (scratch = new Scratch()));
  const generation = scratch.reset(index.capacity);
  const { mark } = scratch;
  const c = index.columns;
  const w = t.weights;
  const ordered = index.orderedFor(w);
  const top = new TopCandidates(limit);
  let scored = 0;

  /**
   * Reads one list; `intentAtMost` bounds the intent of the companies it brings beyond the list's own
   * bounds, for leaving the list early. A named-country list (`named`) carries each company's intent
   * value for the park's country; the other lists are read after them, so a company of theirs that names
   * the country was scored already, or could not reach the bar (and scores less without its value).
   */
  const visit = (list: PostingList | undefined, sectorPart: number, intentAtMost: number, named = false) => {
    if (!list) return;
    const { slots, bounds, values } = list.arrays();
    const beyond = sectorPart + w.intent * intentAtMost;
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k] as number;
      if (mark[slot] === generation) continue;
      const floor = top.threshold;
      if (ordered && top.full && beyond + (bounds[k] as number) < floor) return;
      mark[slot] = generation;
      if ((c.termEndsAt[slot] as number) <= now) continue;
      const namedValue = named ? (values[k] as number) : 0;
      if (top.full) {
        // The potential first (one read), then the company's own part exactly.
        const reach = sectorPart + w.intent * Math.max(namedValue, c.intentOpen[slot] as number);
        if ((ordered && reach + (c.potential[slot] as number) < floor) || reach + ownPart(c, slot, t) < floor) continue;
      }
      const entry = index.entry(slot) as IndexedCompany;
      if (excluded.size > 0 && excluded.has(entry.profile.id)) continue;
      scored++;
      const value = scoreSlot(index, slot, t, namedValue, floor);
      if (value > 0 && value >= floor) top.offer({ entry, score: value });
    }
  };

  const weak: number[] = [];
  let weakEcosystem = 0;
  let anyRelated = false;
  let anyGap = false;
  let bestEcosystem = 0;
  for (let d = 1; d < DIVISIONS; d++) {
    anyGap ||= t.gap[d] === 1;
    bestEcosystem = Math.max(bestEcosystem, t.ecosystem[d] as number);
    if (!t.focus[d] && !t.gap[d] && (t.related[d] || (t.ecosystem[d] as number) > 0)) {
      weak.push(d);
      weakEcosystem = Math.max(weakEcosystem, t.ecosystem[d] as number);
      anyRelated ||= t.related[d] === 1;
    }
  }
  // The companies that name the park's country first (those in a gap, then in a focus sector, then the
  // rest), then those open to any country: the most any company can score, so they set the bar early. A
  // company of theirs a list leaves unread cannot reach the bar later either, so the lists after them
  // bound intent by 0 beyond their own. Gap divisions come before focus ones: a company in a focus list
  // that is in no gap list has no gap part.
  const inFocus = w.sector + w.gap * (anyGap ? 1 : 0) + w.ecosystem * bestEcosystem + w.geography;
  const focusOnly = w.sector + w.ecosystem * bestEcosystem + w.geography;
  const gaps: number[] = [];
  const focusOnlyDivisions: number[] = [];
  for (let d = 1; d < DIVISIONS; d++) {
    if (t.gap[d]) gaps.push(d);
    else if (t.focus[d]) focusOnlyDivisions.push(d);
  }
  // Outside the focus and gap sectors.
  const outside = w.sector * (anyRelated ? 0.4 : 0) + w.ecosystem * weakEcosystem + w.geography;
  const namedByDivision = index.byNamedCountryDivision.get(t.country);
  for (const d of gaps) visit(namedByDivision?.get(d), inFocus, 0, true);
  for (const d of focusOnlyDivisions) visit(namedByDivision?.get(d), focusOnly, 0, true);
  visit(index.byNamedCountry.get(t.country), outside, 0, true);
  visit(index.openIntent, inFocus, 0.6);
  for (const d of gaps) visit(index.byDivision[d], inFocus, 0);
  for (const d of focusOnlyDivisions) visit(index.byDivision[d], focusOnly, 0);
  for (const d of weak) visit(index.byDivision[d], outside, 0);
  const ranked = top.heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  return { ranked, scored };
}
