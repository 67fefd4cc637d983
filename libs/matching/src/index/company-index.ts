import { namedRegion } from '@hc/taxonomy';
import { CompanyFeatures, companyFeatures, DIVISIONS, parkPotential, ParkWeights } from '../features/park-features';
import { CompanyMatchProfile, distanceKm } from '../profiles/match-profile';
import { termWeight } from '../topics/topic-analysis';
import { termSpecificity, Specificity, TOPIC_MIN_SPECIFICITY } from '../topics/topic-evidence';

/**
 * One visible company as the index holds it: its profile (for the reasons of the few that are
 * suggested), what park scoring reads (`features`), and its topic terms as ids of the index's dictionary.
 */
export interface IndexedCompany {
  slot: number;
  profile: CompanyMatchProfile;
  features: CompanyFeatures;
  /** End of the published term (ms), Infinity when none: past it the company is not suggested. */
  termEndsAt: number;
  /** When the profile must be read again (a term or an opportunity ends). */
  refreshAt: number;
  /** Term ids of every topic term (offers and requests), ascending. */
  terms: Int32Array;
  /** Term ids of what it offers (descriptions, offer keywords, live offers), ascending. */
  offerTerms: Int32Array;
  /** Term ids of what it asks for (need keywords, live requests), ascending. */
  requestTerms: Int32Array;
}

/** Slots are below this (4,194,304 companies); potentials in millionths below MAX_STEPS: sort keys stay below 2^53. */
const SLOT_RANGE = 2 ** 22;
const MAX_STEPS = 2 ** 30;

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

/** Whether a sorted id array holds `id` (binary search). */
export function holds(sorted: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = sorted[mid] as number;
    if (x === id) return true;
    if (x < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The companies that use one term, as slots appended in an array. A company that leaves is not taken out
 * at once: readers check that the slot still holds the term (`holds`), and the array is compacted when
 * half of it is stale.
 */
class TermPostings {
  slots = new Int32Array(4);
  length = 0;
  stale = 0;

  push(slot: number): void {
    if (this.length === this.slots.length) {
      const next = new Int32Array(this.slots.length * 2);
      next.set(this.slots);
      this.slots = next;
    }
    this.slots[this.length++] = slot;
  }
}

/**
 * Every visible company in memory: the sets park candidates come from (per ISIC division, per country a
 * live opportunity names, open-to-any-country intent), a spatial grid for the companies around a park,
 * and the topic terms of every company with how many companies use each (their specificity) and who uses
 * them. Pure data: `CompanyMatchIndex` keeps it current.
 */
export class CompanyIndexData {
  private readonly entries: (IndexedCompany | undefined)[] = [];
  private readonly slots = new Map<string, number>();
  private readonly free: number[] = [];
  readonly byDivision: Set<number>[] = Array.from({ length: DIVISIONS }, () => new Set<number>());
  /** Per country: companies with a live opportunity naming it (or a region in it). */
  readonly byNamedCountry = new Map<string, Set<number>>();
  /** Companies with a site or investment wish open to any country. */
  readonly openIntent = new Set<number>();
  private readonly grid = new Map<number, Set<number>>();
  private nextRefresh = Infinity;
  private changes = 0;
  /** The term dictionary: ids are this index's own. */
  private readonly termIds = new Map<string, number>();
  /** How many companies use each term id. */
  private df = new Int32Array(1024);
  private readonly postings: (TermPostings | undefined)[] = [];

  /** With the configured weights, lists can be read best potential first (`byPotential`). */
  constructor(readonly weights?: ParkWeights) {}

  private readonly sorted = new WeakMap<ReadonlySet<number>, { version: number; slots: Int32Array; potentials: Float64Array }>();

  /**
   * A list's slots ordered by parkPotential, highest first, with each one's potential; built on first use after
   * a change (null without weights). A ranking reads a list in this order and leaves it where the rest cannot
   * reach its bar.
   */
  byPotential(list: ReadonlySet<number>): { slots: Int32Array; potentials: Float64Array } | null {
    const weights = this.weights;
    if (!weights) return null;
    const known = this.sorted.get(list);
    if (known && known.version === this.changes) return known;
    const keys = new Float64Array(list.size);
    let n = 0;
    for (const slot of list) {
      const entry = this.entries[slot] as IndexedCompany;
      // Potential in millionths, rounded up (still a bound), above the slot: one numeric sort.
      keys[n++] = (MAX_STEPS - Math.ceil(parkPotential(entry.features, weights) * 1e6)) * SLOT_RANGE + slot;
    }
    keys.sort();
    const slots = new Int32Array(n);
    const potentials = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const key = keys[i] as number;
      slots[i] = key % SLOT_RANGE;
      potentials[i] = (MAX_STEPS - Math.floor(key / SLOT_RANGE)) / 1e6;
    }
    const built = { version: this.changes, slots, potentials };
    this.sorted.set(list, built);
    return built;
  }

  get size(): number {
    return this.slots.size;
  }

  /** Counts every put and remove: what was derived from the index (a park's context) is current while it stays. */
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

  /** A term's id, or -1 when no company uses it. */
  termId(term: string): number {
    return this.termIds.get(term) ?? -1;
  }

  /** How many visible companies use the term. */
  termCount(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : (this.df[id] as number);
  }

  /**
   * What each term says as evidence under the index's current counts: how rare it is (termSpecificity; 0 below
   * TOPIC_MIN_SPECIFICITY) times its kind (termWeight). The same data gives the same value in every process.
   */
  readonly specificity: Specificity = (term) => {
    const rarity = termSpecificity(this.termCount(term), this.size);
    return rarity >= TOPIC_MIN_SPECIFICITY ? rarity * termWeight(term) : 0;
  };

  /** Calls `visit` with each company slot that uses the term (each at most once per call; slots may repeat across terms). */
  forEachUser(termId: number, visit: (slot: number) => void): void {
    const list = this.postings[termId];
    if (!list) return;
    if (list.stale > 32 && list.stale * 2 > list.length) this.compact(termId, list);
    const { slots, length } = list;
    // A list without stale slots needs no check (the common case after a load).
    if (list.stale === 0) {
      for (let i = 0; i < length; i++) visit(slots[i] as number);
      return;
    }
    for (let i = 0; i < length; i++) {
      const slot = slots[i] as number;
      const entry = this.entries[slot];
      if (entry && holds(entry.terms, termId)) visit(slot);
    }
  }

  private compact(termId: number, list: TermPostings): void {
    const seen = new Set<number>();
    const kept = new Int32Array(Math.max(4, list.length - list.stale));
    let n = 0;
    for (let i = 0; i < list.length; i++) {
      const slot = list.slots[i] as number;
      const entry = this.entries[slot];
      if (entry && holds(entry.terms, termId) && !seen.has(slot)) {
        seen.add(slot);
        kept[n++] = slot;
      }
    }
    list.slots = kept;
    list.length = n;
    list.stale = 0;
  }

  private intern(terms: readonly string[]): Int32Array {
    const ids = new Int32Array(terms.length);
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i] as string;
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = this.termIds.size;
        this.termIds.set(term, id);
      }
      ids[i] = id;
    }
    return ids.sort();
  }

  /** Adds or replaces a company. */
  put(profile: CompanyMatchProfile, termEndsAt: number, refreshAt: number): void {
    this.remove(profile.id);
    const slot = this.free.pop() ?? this.entries.length;
    const offerTerms = this.intern(profile.offerTerms);
    const requestTerms = this.intern(profile.requestTerms);
    const terms = union(offerTerms, requestTerms);
    const entry: IndexedCompany = { slot, profile, features: companyFeatures(profile), termEndsAt, refreshAt, terms, offerTerms, requestTerms };
    this.changes++;
    this.entries[slot] = entry;
    this.slots.set(profile.id, slot);
    if (this.df.length < this.termIds.size) {
      const next = new Int32Array(Math.max(this.termIds.size, this.df.length * 2));
      next.set(this.df);
      this.df = next;
    }
    for (const id of terms) {
      this.df[id]++;
      (this.postings[id] ??= new TermPostings()).push(slot);
    }
    for (const d of entry.features.divisions) this.byDivision[d]?.add(slot);
    for (const country of namedCountries(entry)) add(this.byNamedCountry, country, slot);
    if (entry.features.wishes.some((w) => w.countries.length === 0 && w.kind !== 'targets')) this.openIntent.add(slot);
    if (Number.isFinite(profile.latitude) && Number.isFinite(profile.longitude)) add(this.grid, cellKey(latCellOf(profile.latitude), lonCellOf(profile.longitude)), slot);
    this.nextRefresh = Math.min(this.nextRefresh, refreshAt);
  }

  /** Removes a company (no longer visible, or deleted); unknown ids are ignored. */
  remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    this.changes++;
    const entry = this.entries[slot] as IndexedCompany;
    for (const termId of entry.terms) {
      this.df[termId]--;
      const list = this.postings[termId];
      if (list) list.stale++;
    }
    for (const d of entry.features.divisions) this.byDivision[d]?.delete(slot);
    for (const country of namedCountries(entry)) drop(this.byNamedCountry, country, slot);
    this.openIntent.delete(slot);
    const { latitude, longitude } = entry.profile;
    if (Number.isFinite(latitude) && Number.isFinite(longitude)) drop(this.grid, cellKey(latCellOf(latitude), lonCellOf(longitude)), slot);
    this.entries[slot] = undefined;
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
    const perDivision = new Int32Array(DIVISIONS);
    const latSpan = Math.ceil(km / 111 / CELL_DEGREES);
    const lonSpan = Math.ceil(km / (111 * Math.max(Math.cos((latitude * Math.PI) / 180), 0.01)) / CELL_DEGREES);
    const latCell = latCellOf(latitude);
    const lonCell = lonCellOf(longitude);
    for (let a = latCell - latSpan; a <= latCell + latSpan; a++) {
      for (let b = lonCell - lonSpan; b <= lonCell + lonSpan; b++) {
        for (const slot of this.grid.get(cellKey(a, b)) ?? []) {
          const entry = this.entries[slot] as IndexedCompany;
          if (entry.termEndsAt <= now) continue;
          if (distanceKm(entry.profile.latitude, entry.profile.longitude, latitude, longitude) > km) continue;
          for (const d of entry.features.divisions) perDivision[d]++;
        }
      }
    }
    const counts = new Map<string, number>();
    for (let d = 1; d < DIVISIONS; d++) if (perDivision[d]) counts.set(String(d).padStart(2, '0'), perDivision[d] as number);
    return counts;
  }
}

/** The countries a company's wishes name, directly or through a region in them. */
function namedCountries(entry: IndexedCompany): Set<string> {
  const countries = new Set<string>();
  for (const w of entry.features.wishes) {
    for (const c of w.countries) countries.add(c);
    for (const code of w.regions) {
      const region = namedRegion(code);
      if (region) countries.add(region.country);
    }
  }
  return countries;
}

/** The sorted union of two ascending id arrays, each id once. */
function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Infinity;
    const y = j < b.length ? (b[j] as number) : Infinity;
    const next = x <= y ? x : y;
    if (x === next) i++;
    if (y === next) j++;
    if (n === 0 || out[n - 1] !== next) out[n++] = next;
  }
  return out.slice(0, n);
}
