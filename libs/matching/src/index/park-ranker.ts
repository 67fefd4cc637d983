import { DIVISIONS, ParkContext, parkScore, parkScoreBound } from '../features/park-features';
import { addEvidence, topicValue } from '../topics/topic-evidence';
import { CompanyIndexData, holds, IndexedCompany } from './company-index';

export interface RankedCandidate {
  entry: IndexedCompany;
  score: number;
  /** The topic value the score counted (topicOf gives the same from the terms). */
  topic: number;
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

/** Per-ranking scratch space, reused: a ranking runs synchronously, so one per index is enough. */
class Scratch {
  /** Reached through a park term in this ranking (the generation), and its evidence so far. */
  topicMark = new Uint32Array(0);
  evidence = new Float64Array(0);
  hits = new Uint8Array(0);
  /** Scored (or skipped) in this ranking. */
  done = new Uint32Array(0);
  generation = 0;

  reset(capacity: number): number {
    if (this.done.length < capacity || this.generation === 0xffffffff) {
      const size = Math.max(capacity, Math.ceil(this.done.length * 1.5), 1024);
      this.topicMark = new Uint32Array(size);
      this.evidence = new Float64Array(size);
      this.hits = new Uint8Array(size);
      this.done = new Uint32Array(size);
      this.generation = 0;
    }
    return ++this.generation;
  }
}

const scratches = new WeakMap<CompanyIndexData, Scratch>();
/** Slots are below this (4,194,304 companies): sort keys put the evidence above it (below 2^53). */
const SLOT_RANGE = 2 ** 22;
const NOTHING: ReadonlySet<string> = new Set();

export interface ParkRanking {
  /** The best candidates by score (ties by id), at most `limit`. */
  ranked: RankedCandidate[];
  /** How many companies were scored. */
  scored: number;
}

/**
 * The park's best `limit` companies by `parkScore`, reading only the companies that can score: those that
 * share a topic term with the park (through the index's term postings, most specific term first, adding up
 * each one's evidence as `sharedTopic` does), those in a focus, gap, related or ecosystem division, and those
 * whose opportunities name the park's country or are open to any. A company without a shared topic is scored
 * only when its bound (parkScoreBound) can still reach the best `limit` found so far.
 */
export function rankPark(
  index: CompanyIndexData,
  t: ParkContext,
  limit: number,
  now: number,
  excluded: ReadonlySet<string> = NOTHING,
  bar = -Infinity,
): ParkRanking {
  const ranking = rankWithBar(index, t, limit, now, excluded, bar);
  // A bar from an earlier ranking only prunes what could not beat it: valid when the best `limit` all reach it.
  if (bar === -Infinity || (ranking.ranked.length >= limit && (ranking.ranked[ranking.ranked.length - 1] as RankedCandidate).score >= bar)) return ranking;
  return rankWithBar(index, t, limit, now, excluded, -Infinity);
}

function rankWithBar(index: CompanyIndexData, t: ParkContext, limit: number, now: number, excluded: ReadonlySet<string>, bar: number): ParkRanking {
  let scratch = scratches.get(index);
  if (!scratch) scratches.set(index, (scratch = new Scratch()));
  const generation = scratch.reset(index.capacity);
  const { topicMark, evidence, hits, done } = scratch;
  const top = new TopCandidates(limit);
  const w = t.weights;
  let scored = 0;
  /** What a company must reach: the worst of the best `limit` so far, or the bar. */
  const floor = () => (top.full ? Math.max(top.threshold, bar) : bar);
  // The most every part but the topic can add.
  const rest = w.sector + w.gap + w.ecosystem + w.intent + w.geography + w.initiative + w.badges + w.resources;

  // The park's terms, most specific first, and the most evidence a company first met at term k can still gather.
  const n = t.terms.length;
  const ids = t.terms.map((x) => index.termId(x.term));
  const tail = new Float64Array(n + 1);
  for (let k = n - 1; k >= 0; k--) tail[k] = (t.terms[k] as { spec: number }).spec + (tail[k + 1] as number) / 2;
  // Terms from `cut` on admit no company not met before: with the bar known, such a company cannot reach it.
  let cut = n;
  if (bar > -Infinity) for (let k = 0; k < n && cut === n; k++) if (w.topic * topicValue(tail[k] as number) + rest < bar) cut = k;
  const lateTopic = cut < n ? topicValue(tail[cut] as number) : 0;

  // Topic first: every company sharing one of the first `cut` terms, its evidence summed most specific term first.
  const topical: number[] = [];
  for (let k = 0; k < cut; k++) {
    const id = ids[k] as number;
    if (id < 0) continue;
    const spec = (t.terms[k] as { spec: number }).spec;
    index.forEachUser(id, (slot) => {
      if (topicMark[slot] !== generation) {
        topicMark[slot] = generation;
        evidence[slot] = 0;
        hits[slot] = 0;
        topical.push(slot);
      }
      evidence[slot] = addEvidence(evidence[slot] as number, hits[slot] as number, spec);
      if ((hits[slot] as number) < 255) hits[slot]++;
    });
  }
  /** The later terms a company holds, added in order to what it had (a lookup per term instead of reading long lists). */
  const addLate = (slot: number, entry: IndexedCompany, from: number) => {
    let sum = from;
    let rank = topicMark[slot] === generation ? (hits[slot] as number) : 0;
    for (let k = cut; k < n; k++) {
      const id = ids[k] as number;
      if (id >= 0 && holds(entry.terms, id)) sum = addEvidence(sum, rank++, (t.terms[k] as { spec: number }).spec);
    }
    return sum;
  };
  for (const slot of topical) if (cut < n) evidence[slot] = addLate(slot, index.entry(slot) as IndexedCompany, evidence[slot] as number);

  const visit = (slot: number) => {
    if (done[slot] === generation) return;
    done[slot] = generation;
    const entry = index.entry(slot);
    if (!entry || entry.termEndsAt <= now) return;
    const met = topicMark[slot] === generation;
    // A company not met through the first terms may still share later ones: bounded by lateTopic, then counted.
    if (parkScoreBound(entry.features, t, met ? topicValue(evidence[slot] as number) : lateTopic) < floor()) return;
    const topic = met ? topicValue(evidence[slot] as number) : cut < n ? topicValue(addLate(slot, entry, 0)) : 0;
    if (excluded.size > 0 && excluded.has(entry.profile.id)) return;
    scored++;
    const score = parkScore(entry.features, entry.profile, t, topic);
    if (score > 0 && score >= floor()) top.offer({ entry, score, topic });
  };

  // One numeric sort of packed keys (evidence in millionths above the slot) instead of a comparator over objects.
  const keys = Float64Array.from(topical, (slot) => Math.floor((evidence[slot] as number) * 1e6) * SLOT_RANGE + slot).sort();
  for (let k = keys.length - 1; k >= 0; k--) {
    const slot = (keys[k] as number) % SLOT_RANGE;
    // Best evidence first: the first whose topic cannot make up the rest ends the list.
    if (w.topic * topicValue(evidence[slot] as number) + rest < floor()) break;
    visit(slot);
  }
  // Companies without a shared topic among the first terms score at most `rest` (and lateTopic): when the bar is
  // above it, none is read. Otherwise each list is read best potential first (parkPotential) and left where its
  // sector part and the potential cannot reach the bar. (A topical company in it was read above, or could not
  // reach the bar then.)
  let bestEcosystem = 0;
  for (let d = 1; d < DIVISIONS; d++) bestEcosystem = Math.max(bestEcosystem, t.ecosystem[d] as number);
  const inSectors = w.sector + w.gap + w.ecosystem * bestEcosystem;
  const late = w.topic * lateTopic;
  const untopical = (list: ReadonlySet<number> | undefined, sectorPart: number) => {
    if (!list || rest + late < floor()) return;
    const ordered = index.byPotential(list);
    if (!ordered) {
      for (const slot of list) visit(slot);
      return;
    }
    const { slots, potentials } = ordered;
    for (let i = 0; i < slots.length; i++) {
      if (late + sectorPart + (potentials[i] as number) + 1e-9 < floor()) return;
      visit(slots[i] as number);
    }
  };
  untopical(index.byNamedCountry.get(t.profile.country), inSectors);
  untopical(index.openIntent, inSectors);
  for (let d = 1; d < DIVISIONS; d++) if (t.gap[d] || t.focus[d]) untopical(index.byDivision[d], inSectors);
  // Outside the focus and gap sectors (their companies were read above): at most a related sector and the ecosystem.
  const outside = w.sector * 0.4 + w.ecosystem * bestEcosystem;
  for (let d = 1; d < DIVISIONS; d++) {
    if (t.gap[d] || t.focus[d] || !(t.related[d] || (t.ecosystem[d] as number) > 0)) continue;
    untopical(index.byDivision[d], outside);
  }
  const ranked = top.heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  return { ranked, scored };
}
