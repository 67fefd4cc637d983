import { OpportunityType, PartnershipType } from '@hc/opportunities';
import { ParkOffering } from '@hc/parks';
import { BADGE_VALUE, INFERRED_NEED_WEIGHT, needEvidence, ParkWeights, statedOfferings } from '../features/park-features';
import { CHINA, CompanyMatchProfile, distanceKm, EUROPE } from '../profiles/match-profile';

/** Bit of each park offering in a need or offering mask. */
export const OFFERING_BIT: Readonly<Record<ParkOffering, number>> = Object.fromEntries(
  Object.values(ParkOffering).map((offering, i) => [offering, 1 << i]),
) as Record<ParkOffering, number>;

/** Needs inferred from a company's requests when it states none (see `needsOf` in features/park-features.ts). */
export const INFERRED_TECHNOLOGY = 1;
export const INFERRED_SITE = 2;
export const INFERRED_INVESTMENT = 4;

/** ISIC Rev.4 divisions are two digits: 01 … 99. */
export const DIVISIONS = 100;

/**
 * One visible company as the index holds it: its profile (for the reasons of the few that are
 * suggested) and what park scoring reads, precomputed from the profile, so ranking a park costs table
 * lookups per candidate.
 */
export interface IndexedCompany {
  slot: number;
  profile: CompanyMatchProfile;
  /** End of the published term (ms), Infinity when none: past it the company is not suggested. */
  termEndsAt: number;
  /** When the profile must be read again (a term or an opportunity ends). */
  refreshAt: number;
  /** ISIC divisions as numbers, primary first. */
  divisions: Uint8Array;
  country: string;
  china: boolean;
  europe: boolean;
  /** The best badge value (badgeFit): 1, 0.6 or 0. */
  badge: number;
  /** intentFit before distance for a country its opportunities do not name: site 0.6, investment 0.4 when open to any country. */
  intentOpen: number;
  /** intentFit before distance per country its opportunities name (site 1, investment 0.8, otherwise 0.5). */
  intentNamed: ReadonlyMap<string, number>;
  /** Offerings it states it needs (OFFERING_BIT mask); 0 when it states none. */
  statedNeeds: number;
  /** Needs inferred from its requests (INFERRED_* bits), counted only when it states none. */
  inferredNeeds: number;
}

/** A grid cell is this many degrees on each side: about 28 km north–south. */
const CELL_DEGREES = 0.25;
const cellKey = (latCell: number, lonCell: number) => latCell * 2048 + lonCell;
const latCellOf = (lat: number) => Math.floor((lat + 90) / CELL_DEGREES);
const lonCellOf = (lon: number) => Math.floor((lon + 180) / CELL_DEGREES);

function add<K>(map: Map<K, Set<number>>, key: K, slot: number): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(slot);
}

function drop<K>(map: Map<K, Set<number>>, key: K, slot: number): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(slot);
  if (set.size === 0) map.delete(key);
}

/** What park scoring needs of a company, computed once when it enters the index. */
export function indexEntry(slot: number, profile: CompanyMatchProfile, termEndsAt: number, refreshAt: number): IndexedCompany {
  const items = [...profile.requests.items, ...profile.offers.items];
  let intentOpen = 0;
  const intentNamed = new Map<string, number>();
  for (const o of items) {
    const site = o.partnershipTypes.includes(PartnershipType.SITE_LOCALISATION);
    const investment = o.partnershipTypes.includes(PartnershipType.INVESTMENT_JV);
    if (o.targetCountries.length === 0) intentOpen = Math.max(intentOpen, site ? 0.6 : investment ? 0.4 : 0);
    const named = site ? 1 : investment ? 0.8 : 0.5;
    for (const country of o.targetCountries) intentNamed.set(country, Math.max(intentNamed.get(country) ?? 0, named));
  }
  let statedNeeds = 0;
  for (const offering of statedOfferings(profile)) statedNeeds |= OFFERING_BIT[offering];
  const requestTypes = new Set(profile.requests.items.map((o) => o.type));
  let inferredNeeds = 0;
  if (requestTypes.has(OpportunityType.TECHNOLOGY_REQUEST) || requestTypes.has(OpportunityType.RD_COOPERATION_REQUEST)) inferredNeeds |= INFERRED_TECHNOLOGY;
  if (items.some((o) => o.partnershipTypes.includes(PartnershipType.SITE_LOCALISATION))) inferredNeeds |= INFERRED_SITE;
  if (items.some((o) => o.partnershipTypes.includes(PartnershipType.INVESTMENT_JV))) inferredNeeds |= INFERRED_INVESTMENT;
  return {
    slot,
    profile,
    termEndsAt,
    refreshAt,
    divisions: Uint8Array.from(profile.divisions.map(Number).filter((d) => d > 0 && d < DIVISIONS)),
    country: profile.country,
    china: profile.country === CHINA,
    europe: EUROPE.has(profile.country),
    badge: badgeValue(profile),
    intentOpen,
    intentNamed,
    statedNeeds,
    inferredNeeds,
  };
}

function badgeValue(profile: CompanyMatchProfile): number {
  return profile.badges.reduce((best, b) => Math.max(best, BADGE_VALUE[b] ?? 0), 0);
}

/** The number of bits set. */
export function countBits(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

/** Slots are below this (4,194,304 companies); sort keys put the bound above it. */
const SLOT_RANGE = 2 ** 22;
/** Potentials and bounds are kept in millionths. */
const POTENTIAL_STEPS = 1_000_000;
/** Bounds are below this many millionths (sort keys stay below 2^53). */
const MAX_BOUND_STEPS = 2 ** 30;

/**
 * A set of slots, each with a value (1 when the set only says who belongs), read as typed arrays that
 * are rebuilt on the first read after a change: reading runs on every request, changing only on writes.
 * With a `bound` (a number per member, rounded up to millionths), members are read best bound first, and
 * `bounds` holds each one's bound in that order, never rising: a ranking can leave the list where even
 * the bound cannot reach its bar.
 */
export class PostingList {
  private readonly members = new Map<number, number>();
  private read: { slots: Int32Array; values: Float64Array; bounds: Float64Array } | null = null;

  /** `changed`: where the list puts itself when its arrays must be rebuilt (see CompanyIndexData.warm). */
  constructor(
    private readonly bound?: (slot: number, value: number) => number,
    private readonly changed?: Set<PostingList>,
  ) {}

  get size(): number {
    return this.members.size;
  }

  set(slot: number, value = 1): void {
    this.members.set(slot, value);
    this.stale();
  }

  delete(slot: number): void {
    if (this.members.delete(slot)) this.stale();
  }

  private stale(): void {
    this.read = null;
    this.changed?.add(this);
  }

  has(slot: number): boolean {
    return this.members.has(slot);
  }

  arrays(): { slots: Int32Array; values: Float64Array; bounds: Float64Array } {
    if (!this.read) {
      let slots = Int32Array.from(this.members.keys());
      const bounds = new Float64Array(slots.length);
      if (this.bound) {
        // One sort key per member: the bound in millionths, best first, then the slot (exact integers below 2^53, a native numeric sort).
        // A step more than the rounded-up bound keeps it a bound whatever the rounding of the product.
        const keys = new Float64Array(slots.length);
        for (let i = 0; i < slots.length; i++) {
          const slot = slots[i] as number;
          const steps = Math.ceil(this.bound(slot, this.members.get(slot) as number) * POTENTIAL_STEPS) + 1;
          keys[i] = (MAX_BOUND_STEPS - steps) * SLOT_RANGE + slot;
        }
        keys.sort();
        slots = Int32Array.from(keys, (key) => key % SLOT_RANGE);
        for (let i = 0; i < keys.length; i++) bounds[i] = (MAX_BOUND_STEPS - Math.floor((keys[i] as number) / SLOT_RANGE)) / POTENTIAL_STEPS;
      }
      const values = new Float64Array(slots.length);
      for (let i = 0; i < slots.length; i++) values[i] = this.members.get(slots[i] as number) as number;
      this.read = { slots, values, bounds };
    }
    return this.read;
  }
}

/** Flags per slot in ScoringColumns. */
export const FLAG_CHINA = 1;
export const FLAG_EUROPE = 2;
export const FLAG_MEMBER = 4;
/** More divisions than the columns hold: read them from the entry. */
export const FLAG_MORE_DIVISIONS = 8;
export const DIVISIONS_PER_SLOT = 6;

/**
 * What park scoring reads of every company, in typed arrays indexed by slot: a ranking over tens of
 * thousands of candidates reads them close together instead of following each company's objects.
 * A removed slot has termEndsAt -Infinity, so it is never scored.
 */
export class ScoringColumns {
  latitude = new Float64Array(0);
  longitude = new Float64Array(0);
  termEndsAt = new Float64Array(0);
  badge = new Float64Array(0);
  intentOpen = new Float64Array(0);
  statedNeeds = new Int32Array(0);
  inferredNeeds = new Uint8Array(0);
  flags = new Uint8Array(0);
  /** Country ids (CompanyIndexData.countryId). */
  country = new Int32Array(0);
  /**
   * The most membership, badges and resources can add to the company's score with the index's weights
   * (resources: every stated need met, or inferred ones at INFERRED_NEED_WEIGHT): posting lists are read in this
   * order, so a ranking can stop reading a list where even this cannot reach the best scores.
   */
  potential = new Float64Array(0);
  /** DIVISIONS_PER_SLOT division numbers per slot, primary first. */
  divisions = new Uint8Array(0);
  divisionCount = new Uint8Array(0);

  private ensure(slot: number): void {
    if (slot < this.latitude.length) return;
    const size = Math.max(1024, (slot + 1) * 2);
    const grow = <T extends Float64Array | Int32Array | Uint8Array>(old: T, make: (n: number) => T, per = 1): T => {
      const next = make(size * per);
      next.set(old);
      return next;
    };
    this.latitude = grow(this.latitude, (n) => new Float64Array(n));
    this.longitude = grow(this.longitude, (n) => new Float64Array(n));
    this.termEndsAt = grow(this.termEndsAt, (n) => new Float64Array(n).fill(-Infinity));
    this.badge = grow(this.badge, (n) => new Float64Array(n));
    this.intentOpen = grow(this.intentOpen, (n) => new Float64Array(n));
    this.potential = grow(this.potential, (n) => new Float64Array(n));
    this.statedNeeds = grow(this.statedNeeds, (n) => new Int32Array(n));
    this.inferredNeeds = grow(this.inferredNeeds, (n) => new Uint8Array(n));
    this.flags = grow(this.flags, (n) => new Uint8Array(n));
    this.country = grow(this.country, (n) => new Int32Array(n));
    this.divisions = grow(this.divisions, (n) => new Uint8Array(n), DIVISIONS_PER_SLOT);
    this.divisionCount = grow(this.divisionCount, (n) => new Uint8Array(n));
  }

  write(entry: IndexedCompany, countryId: number, weights: ParkWeights | undefined): void {
    const slot = entry.slot;
    this.ensure(slot);
    this.latitude[slot] = entry.profile.latitude;
    this.longitude[slot] = entry.profile.longitude;
    this.termEndsAt[slot] = entry.termEndsAt;
    this.badge[slot] = entry.badge;
    this.intentOpen[slot] = entry.intentOpen;
    this.statedNeeds[slot] = entry.statedNeeds;
    this.inferredNeeds[slot] = entry.inferredNeeds;
    // Every stated need met, or inferred ones (which count less).
    const resourcesAtMost = entry.statedNeeds ? needEvidence(countBits(entry.statedNeeds)) : entry.inferredNeeds || entry.china || entry.europe ? INFERRED_NEED_WEIGHT : 0;
    // Rounded up to a millionth: still a bound, and posting lists sort by it exactly.
    this.potential[slot] = weights
      ? Math.ceil((weights.initiative * (entry.profile.initiativeMember ? 1 : 0) + weights.badges * entry.badge + weights.resources * resourcesAtMost) * POTENTIAL_STEPS) / POTENTIAL_STEPS
      : 0;
    const more = entry.divisions.length > DIVISIONS_PER_SLOT;
    this.flags[slot] = (entry.china ? FLAG_CHINA : 0) | (entry.europe ? FLAG_EUROPE : 0) | (entry.profile.initiativeMember ? FLAG_MEMBER : 0) | (more ? FLAG_MORE_DIVISIONS : 0);
    this.country[slot] = countryId;
    this.divisions.set(entry.divisions.subarray(0, DIVISIONS_PER_SLOT), slot * DIVISIONS_PER_SLOT);
    this.divisionCount[slot] = Math.min(entry.divisions.length, DIVISIONS_PER_SLOT);
  }

  clear(slot: number): void {
    this.termEndsAt[slot] = -Infinity;
  }
}


/**
 * Every visible company in memory, with posting lists for the sets park candidates come from: per
 * ISIC division, per country named by a live opportunity (whole and per division), open-to-any-country intent,
 * and a spatial grid for the companies around a park. Pure data: `CompanyMatchIndex` keeps it current.
 */
export class CompanyIndexData {
  private readonly entries: (IndexedCompany | undefined)[] = [];
  private readonly slots = new Map<string, number>();
  private readonly free: number[] = [];
  readonly columns = new ScoringColumns();
  /** A named-country list member's bound: its potential and the intent its value gives (without weights, lists are in no particular order). */
  private readonly byPotentialAndIntent: ((slot: number, value: number) => number) | undefined;
  /** Lists changed since the last `warm()`. */
  private readonly changed = new Set<PostingList>();
  readonly byDivision: PostingList[];
  /** Per country named by a live opportunity: the companies naming it, with intentFit's value for it before distance. */
  readonly byNamedCountry = new Map<string, PostingList>();
  /** The same per country, split by ISIC division (a company is in the list of each of its divisions). */
  readonly byNamedCountryDivision = new Map<string, Map<number, PostingList>>();
  readonly openIntent: PostingList;

  /** With `weights`, posting lists are read best potential first, and rankings with the same weights stop early. */
  constructor(readonly weights?: ParkWeights) {
    // A list member's bound: its potential (see ScoringColumns.potential).
    const byPotential = weights ? (slot: number) => this.columns.potential[slot] as number : undefined;
    this.byPotentialAndIntent = weights ? (slot, value) => (this.columns.potential[slot] as number) + weights.intent * value : undefined;
    this.byDivision = Array.from({ length: DIVISIONS }, () => new PostingList(byPotential, this.changed));
    this.openIntent = new PostingList(byPotential, this.changed);
  }

  /** Posting lists are ordered by potential under these weights. */
  orderedFor(weights: ParkWeights): boolean {
    const own = this.weights;
    return own !== undefined && (Object.keys(own) as (keyof ParkWeights)[]).every((k) => own[k] === weights[k]);
  }
  private readonly grid = new Map<number, Set<number>>();
  private readonly countries = new Map<string, number>();
  private nextRefresh = Infinity;
  private changes = 0;

  /** The named-country list under `key`, created on first use. */
  private namedList<K>(map: Map<K, PostingList>, key: K): PostingList {
    let found = map.get(key);
    if (!found) map.set(key, (found = new PostingList(this.byPotentialAndIntent, this.changed)));
    return found;
  }

  /** Builds every posting list's arrays that a change left to rebuild, so the next ranking does not. */
  warm(): void {
    for (const list of this.changed) list.arrays();
    this.changed.clear();
  }

  /** A country's id in the columns; -1 for a country no company is in. */
  countryId(country: string): number {
    return this.countries.get(country) ?? -1;
  }

  get size(): number {
    return this.slots.size;
  }

  /** Counts every put and remove: what was derived from the index (a park's ecosystem) is current while it stays. */
  get version(): number {
    return this.changes;
  }

  /** How many slots exist (for per-call scratch arrays indexed by slot). */
  get capacity(): number {
    return this.entries.length;
  }

  entry(slot: number): IndexedCompany | undefined {
    return this.entries[slot];
  }

  get(id: string): IndexedCompany | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.entries[slot];
  }

  /** Adds or replaces a company. */
  put(profile: CompanyMatchProfile, termEndsAt: number, refreshAt: number): void {
    this.remove(profile.id);
    const slot = this.free.pop() ?? this.entries.length;
    if (slot >= SLOT_RANGE) throw new Error(`the matching index holds at most ${SLOT_RANGE} companies`);
    const entry = indexEntry(slot, profile, termEndsAt, refreshAt);
    this.changes++;
    this.entries[slot] = entry;
    this.slots.set(profile.id, slot);
    let countryId = this.countries.get(entry.country);
    if (countryId === undefined) this.countries.set(entry.country, (countryId = this.countries.size));
    this.columns.write(entry, countryId, this.weights);
    for (const d of entry.divisions) this.byDivision[d]?.set(slot);
    for (const [country, value] of entry.intentNamed) {
      this.namedList(this.byNamedCountry, country).set(slot, value);
      let lists = this.byNamedCountryDivision.get(country);
      if (!lists) this.byNamedCountryDivision.set(country, (lists = new Map()));
      for (const d of entry.divisions) this.namedList(lists, d).set(slot, value);
    }
    if (entry.intentOpen > 0) this.openIntent.set(slot);
    if (Number.isFinite(profile.latitude) && Number.isFinite(profile.longitude)) add(this.grid, cellKey(latCellOf(profile.latitude), lonCellOf(profile.longitude)), slot);
    this.nextRefresh = Math.min(this.nextRefresh, refreshAt);
  }

  /** Removes a company (no longer visible, or deleted); unknown ids are ignored. */
  remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    this.changes++;
    const entry = this.entries[slot] as IndexedCompany;
    for (const d of entry.divisions) this.byDivision[d]?.delete(slot);
    for (const country of entry.intentNamed.keys()) {
      this.byNamedCountry.get(country)?.delete(slot);
      const lists = this.byNamedCountryDivision.get(country);
      for (const d of entry.divisions) lists?.get(d)?.delete(slot);
    }
    this.openIntent.delete(slot);
    const { latitude, longitude } = entry.profile;
    if (Number.isFinite(latitude) && Number.isFinite(longitude)) drop(this.grid, cellKey(latCellOf(latitude), lonCellOf(longitude)), slot);
    this.entries[slot] = undefined;
    this.columns.clear(slot);
    this.slots.delete(id);
    this.free.push(slot);
  }

  /**
   * Ids whose profile must be read again by `now` (a term or an opportunity ended), until they are put
   * again with a later refresh time; cheap when none is due.
   */
  due(now: number): string[] {
    if (now < this.nextRefresh) return [];
    const ids: string[] = [];
    let next = Infinity;
    for (const entry of this.entries) {
      if (!entry) continue;
      if (entry.refreshAt <= now) ids.push(entry.profile.id);
      next = Math.min(next, entry.refreshAt);
    }
    this.nextRefresh = next;
    return ids;
  }

  /** Companies within `km` of a point, counted per ISIC division (two digits): a park's ecosystem. */
  ecosystem(latitude: number, longitude: number, km: number, now: number): Map<string, number> {
    const c = this.columns;
    const perDivision = new Int32Array(DIVISIONS);
    const latSpan = Math.ceil(km / 111 / CELL_DEGREES);
    const lonSpan = Math.ceil(km / (111 * Math.max(Math.cos((latitude * Math.PI) / 180), 0.01)) / CELL_DEGREES);
    const latCell = latCellOf(latitude);
    const lonCell = lonCellOf(longitude);
    for (let a = latCell - latSpan; a <= latCell + latSpan; a++) {
      for (let b = lonCell - lonSpan; b <= lonCell + lonSpan; b++) {
        for (const slot of this.grid.get(cellKey(a, b)) ?? []) {
          if ((c.termEndsAt[slot] as number) <= now) continue;
          if (distanceKm(c.latitude[slot] as number, c.longitude[slot] as number, latitude, longitude) > km) continue;
          const divisions = (c.flags[slot] as number) & FLAG_MORE_DIVISIONS ? (this.entries[slot] as IndexedCompany).divisions : c.divisions.subarray(slot * DIVISIONS_PER_SLOT, slot * DIVISIONS_PER_SLOT + (c.divisionCount[slot] as number));
          for (const d of divisions) perDivision[d]++;
        }
      }
    }
    const counts = new Map<string, number>();
    for (let d = 1; d < DIVISIONS; d++) if (perDivision[d]) counts.set(String(d).padStart(2, '0'), perDivision[d] as number);
    return counts;
  }
}
