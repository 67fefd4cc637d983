import { customersOf, suppliersOf } from '@hc/taxonomy';
import { CompanyMatchProfile } from '../profiles/match-profile';
import { addEvidence, compareTerms, topicValue } from '../topics/topic-evidence';
import { CompanyIndexData, holds, IndexedCompany } from './company-index';

/** Partner candidates scored in full per request. */
export const PARTNER_CANDIDATES = 300;

/**
 * The most specific terms of each side that are looked up (their postings read): later terms add at most
 * 2^-10 of the first one's evidence each, so they could only reorder candidates that share nothing better.
 */
const TERMS_PER_SIDE = 10;

/** Terms less specific than this find no candidates (they still count in the scores of those found otherwise). */
const CANDIDATE_MIN_SPECIFICITY = 0.25;

/** Value-chain neighbours without a shared topic, taken (smallest ids first) only when topics leave the pool this short. */
const CHAIN_FILL = 30;

/** Per-request scratch space, reused: candidates are gathered synchronously, so one per index is enough. */
class Scratch {
  mark = new Uint32Array(0);
  serves = new Float64Array(0);
  servesHits = new Uint8Array(0);
  wants = new Float64Array(0);
  wantsHits = new Uint8Array(0);
  generation = 0;

  reset(capacity: number): number {
    if (this.mark.length < capacity || this.generation === 0xffffffff) {
      const size = Math.max(capacity, Math.ceil(this.mark.length * 1.5), 1024);
      this.mark = new Uint32Array(size);
      this.serves = new Float64Array(size);
      this.servesHits = new Uint8Array(size);
      this.wants = new Float64Array(size);
      this.wantsHits = new Uint8Array(size);
      this.generation = 0;
    }
    return ++this.generation;
  }
}

const scratches = new WeakMap<CompanyIndexData, Scratch>();

/**
 * Partner candidates from the matching index, without SQL: the companies whose offers share a topic with this
 * company's requests (they serve it) and those whose requests share a topic with its offers (they want what it
 * does), pre-ranked by the same evidence as the topic parts of the score, both directions first; then, when
 * topics leave the pool short, a few value-chain neighbours. The best `limit` are scored in full.
 */
export function partnerCandidates(index: CompanyIndexData, you: CompanyMatchProfile, now: number, limit = PARTNER_CANDIDATES): IndexedCompany[] {
  let scratch = scratches.get(index);
  if (!scratch) scratches.set(index, (scratch = new Scratch()));
  const generation = scratch.reset(index.capacity);
  const { mark, serves, servesHits, wants, wantsHits } = scratch;
  const found: number[] = [];
  const walk = (terms: readonly string[], side: 'offerTerms' | 'requestTerms', sum: Float64Array, hits: Uint8Array) => {
    const ranked = terms.map((term) => ({ term, spec: index.specificity(term) })).filter((t) => t.spec >= CANDIDATE_MIN_SPECIFICITY);
    ranked.sort(compareTerms);
    for (const { term, spec } of ranked.slice(0, TERMS_PER_SIDE)) {
      const id = index.termId(term);
      if (id < 0) continue;
      index.forEachUser(id, (slot) => {
        if (!holds((index.entry(slot) as IndexedCompany)[side], id)) return;
        if (mark[slot] !== generation) {
          mark[slot] = generation;
          serves[slot] = 0;
          servesHits[slot] = 0;
          wants[slot] = 0;
          wantsHits[slot] = 0;
          found.push(slot);
        }
        sum[slot] = addEvidence(sum[slot] as number, hits[slot] as number, spec);
        if ((hits[slot] as number) < 255) hits[slot]++;
      });
    }
  };
  walk(you.requestTerms, 'offerTerms', serves, servesHits);
  walk(you.offerTerms, 'requestTerms', wants, wantsHits);
  const ranked: { entry: IndexedCompany; pre: number }[] = [];
  for (const slot of found) {
    const entry = index.entry(slot) as IndexedCompany;
    if (entry.termEndsAt <= now || entry.profile.id === you.id) continue;
    const s = topicValue(serves[slot] as number);
    const w = topicValue(wants[slot] as number);
    ranked.push({ entry, pre: (s > 0 && w > 0 ? 2 : 0) + s + w });
  }
  ranked.sort((a, b) => b.pre - a.pre || (a.entry.profile.id < b.entry.profile.id ? -1 : 1));
  const picked = ranked.slice(0, limit).map((r) => r.entry);
  if (picked.length < CHAIN_FILL) picked.push(...chainNeighbours(index, you, now, new Set(found), CHAIN_FILL - picked.length));
  return picked;
}

/**
 * Up to `n` companies in the value-chain neighbours of the company's divisions (strongest link first, then
 * smallest id, so every process picks the same), none already found through topics.
 */
function chainNeighbours(index: CompanyIndexData, you: CompanyMatchProfile, now: number, skip: ReadonlySet<number>, n: number): IndexedCompany[] {
  const strength = new Map<string, number>();
  for (const d of you.divisions) {
    for (const l of suppliersOf(d)) strength.set(l.supplier, Math.max(strength.get(l.supplier) ?? 0, l.strength));
    for (const l of customersOf(d)) strength.set(l.customer, Math.max(strength.get(l.customer) ?? 0, 0.8 * l.strength));
  }
  const picked: IndexedCompany[] = [];
  const taken = new Set<number>(skip);
  for (const [division] of [...strength].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    if (picked.length >= n) break;
    // The smallest ids of the division: a bounded selection, not a sort of the whole division.
    const best: IndexedCompany[] = [];
    for (const slot of index.byDivision[Number(division)] ?? []) {
      const entry = index.entry(slot);
      if (!entry || taken.has(slot) || entry.termEndsAt <= now || entry.profile.id === you.id) continue;
      if (best.length < n - picked.length) best.push(entry);
      else {
        let worst = 0;
        for (let i = 1; i < best.length; i++) if ((best[i] as IndexedCompany).profile.id > (best[worst] as IndexedCompany).profile.id) worst = i;
        if (entry.profile.id < (best[worst] as IndexedCompany).profile.id) best[worst] = entry;
      }
    }
    best.sort((a, b) => (a.profile.id < b.profile.id ? -1 : 1));
    for (const entry of best) {
      taken.add(entry.slot);
      picked.push(entry);
    }
  }
  return picked;
}
