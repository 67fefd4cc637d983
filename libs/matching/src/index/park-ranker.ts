import { ParkOffering } from '@hc/parks';
import { customersOf, suppliersOf } from '@hc/taxonomy';
import { crowd, MIN_CONTRIBUTION, ParkWeights } from '../features/park-features';
import { CHINA, distanceKm, EUROPE, ParkMatchProfile } from '../profiles/match-profile';
import { CompanyIndexData, DIVISIONS, INFERRED_INVESTMENT, INFERRED_SITE, INFERRED_TECHNOLOGY, IndexedCompany, OFFERING_BIT } from './company-index';

/**
 * A park turned into lookup tables once per request, so each candidate costs a few array reads. Every
 * value is computed with the same arithmetic as the named features in features/park-features.ts; a test
 * holds the two to the same score, bit for bit.
 */
export interface ParkTables {
  weights: ParkWeights;
  country: string;
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

export function parkTables(p: ParkMatchProfile, weights: ParkWeights): ParkTables {
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

function bits(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

/** resourcesFit's value: the share of stated needs the park meets, or half the share of inferred ones. */
function resources(c: IndexedCompany, t: ParkTables): number {
  if (c.statedNeeds !== 0) return bits(c.statedNeeds & t.offered) / bits(c.statedNeeds);
  let needs = 0;
  let met = 0;
  const need = (group: number) => {
    needs++;
    if (t.offered & group) met++;
  };
  if (c.inferredNeeds & INFERRED_TECHNOLOGY) need(LAB_GROUP);
  if (c.inferredNeeds & INFERRED_SITE) need(SITE_GROUP);
  if (c.inferredNeeds & INFERRED_INVESTMENT) need(FUND);
  if (c.china && t.europe) need(CHINA_DESK);
  if (c.europe && t.china) need(GERMAN_DESK);
  return needs === 0 || met === 0 ? 0 : (met / needs) * 0.5;
}

const counted = (x: number) => (x >= MIN_CONTRIBUTION ? x : 0);

/** scoreParkFit's score from the tables (0 without a substantive feature), without building its reasons. */
export function quickParkScore(c: IndexedCompany, t: ParkTables): number {
  const w = t.weights;
  const d = c.divisions;
  let sector = 0;
  let gap = 0;
  let ecosystem = 0;
  if (d.length > 0) {
    let anyFocus = false;
    let anyRelated = false;
    let anyGap = false;
    for (let i = 0; i < d.length; i++) {
      const x = d[i] as number;
      if (t.focus[x]) anyFocus = true;
      else if (t.related[x]) anyRelated = true;
      if (t.gap[x]) anyGap = true;
      const e = t.ecosystem[x] as number;
      if (e > ecosystem) ecosystem = e;
    }
    const primary = d[0] as number;
    sector = t.focus[primary] ? 1 : anyFocus ? 0.8 : anyRelated ? 0.4 : 0;
    gap = t.gap[primary] ? 1 : anyGap ? 0.8 : 0;
  }
  const home = c.country === t.country;
  const km = home ? distanceKm(c.profile.latitude, c.profile.longitude, t.latitude, t.longitude) : 0;
  let intent = Math.max(c.intentNamed.get(t.country) ?? 0, c.intentOpen);
  if (intent > 0 && home) intent *= 0.3 + 0.7 * Math.exp(-km / w.distanceScaleKm);
  const s = w.sector * sector;
  const g = w.gap * gap;
  const e = w.ecosystem * ecosystem;
  const i = w.intent * intent;
  if (!(s > 0 || g > 0 || e > 0 || i > 0)) return 0;
  let geography = 0;
  if (home) {
    const near = Math.exp(-km / w.distanceScaleKm);
    geography = near < 0.02 ? 0 : near;
  } else if (c.intentNamed.has(t.country)) geography = 1;
  else if ((c.china && t.europe) || (c.europe && t.china)) geography = 0.3;
  const initiative = c.profile.initiativeMember ? (t.member ? 1 : 0.5) : 0;
  return (
    counted(s) +
    counted(g) +
    counted(e) +
    counted(i) +
    counted(w.geography * geography) +
    counted(w.initiative * initiative) +
    counted(w.badges * c.badge) +
    counted(w.resources * resources(c, t))
  );
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

/**
 * The park's best `limit` companies, exactly as scoring every company would rank them, reading only
 * the posting lists that can give a positive score. Strong sets first: the focus and gap divisions, the
 * companies whose opportunities name the park's country or any country, and those stating a need the
 * park offers. Companies reached only through a related or ecosystem-adjacent division can score at
 * most `weakBound` (no intent, at most a related sector, inferred needs counted half); their sets are
 * read only when that bound can still beat the best `limit` found so far.
 */
export function rankPark(index: CompanyIndexData, t: ParkTables, limit: number, now: number, excluded: ReadonlySet<string> = new Set()): ParkRanking {
  const top = new TopCandidates(limit);
  const seen = new Uint8Array(index.capacity);
  let scored = 0;
  const visit = (slots: Iterable<number> | undefined) => {
    if (!slots) return;
    for (const slot of slots) {
      if (seen[slot]) continue;
      seen[slot] = 1;
      const entry = index.entry(slot);
      if (!entry || entry.termEndsAt <= now || excluded.has(entry.profile.id)) continue;
      scored++;
      const score = quickParkScore(entry, t);
      if (score > 0) top.offer({ entry, score });
    }
  };
  const weak: number[] = [];
  let weakEcosystem = 0;
  let anyRelated = false;
  for (let d = 1; d < DIVISIONS; d++) {
    if (t.focus[d] || t.gap[d]) visit(index.byDivision[d]);
    else if (t.related[d] || (t.ecosystem[d] as number) > 0) {
      weak.push(d);
      weakEcosystem = Math.max(weakEcosystem, t.ecosystem[d] as number);
      anyRelated ||= t.related[d] === 1;
    }
  }
  visit(index.byNamedCountry.get(t.country));
  visit(index.openIntent);
  for (const [bit, slots] of index.byStatedNeed) if (t.offered & bit) visit(slots);
  const w = t.weights;
  const weakBound = w.sector * (anyRelated ? 0.4 : 0) + w.ecosystem * weakEcosystem + w.geography + w.initiative + w.badges + w.resources * 0.5;
  if (weak.length > 0 && (!top.full || weakBound >= top.threshold)) for (const d of weak) visit(index.byDivision[d]);
  const ranked = top.heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  return { ranked, scored };
}
