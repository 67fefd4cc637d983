import { customersOf, suppliersOf } from '@hc/taxonomy';
import { CompanyMatchProfile } from '../profiles/match-profile';
import { addEvidence, compareTerms, topicValue } from '../topics/topic-evidence';
import { CompanyIndexData, holds, IndexedCompany } from './company-index';

/** Partner candidates scored in full per request. */
export const PARTNER_CANDIDATES = 300;

/**
 * The most specific terms of each side that are looked up (their postings read): later terms add at most
 * 2^-16 of the first one's evidence each, so they could only reorder candidates that share nothing better.
 */
const TERMS_PER_SIDE = 16;

interface Evidence {
  serves: number;
  servesHits: number;
  wants: number;
  wantsHits: number;
  chain: number;
}

/**
 * Partner candidates from the matching index, without SQL: the companies whose offers share a topic with this
 * company's requests (they serve it), those whose requests share a topic with its offers (they want what it
 * does), and its value-chain neighbours. They are pre-ranked by the same evidence as the topic parts of the
 * score: both directions first, then one, then the value chain alone, and the best `limit` are scored in full.
 */
export function partnerCandidates(index: CompanyIndexData, you: CompanyMatchProfile, now: number, limit = PARTNER_CANDIDATES): IndexedCompany[] {
  const found = new Map<number, Evidence>();
  const at = (slot: number) => {
    let e = found.get(slot);
    if (!e) found.set(slot, (e = { serves: 0, servesHits: 0, wants: 0, wantsHits: 0, chain: 0 }));
    return e;
  };
  const walk = (terms: readonly string[], side: 'offerTerms' | 'requestTerms', add: (e: Evidence, spec: number) => void) => {
    const ranked = terms.map((term) => ({ term, spec: index.specificity(term) })).filter((t) => t.spec > 0);
    ranked.sort(compareTerms);
    for (const { term, spec } of ranked.slice(0, TERMS_PER_SIDE)) {
      const id = index.termId(term);
      if (id < 0) continue;
      index.forEachUser(id, (slot) => {
        const entry = index.entry(slot) as IndexedCompany;
        if (holds(entry[side], id)) add(at(slot), spec);
      });
    }
  };
  walk(you.requestTerms, 'offerTerms', (e, spec) => {
    e.serves = addEvidence(e.serves, e.servesHits++, spec);
  });
  walk(you.offerTerms, 'requestTerms', (e, spec) => {
    e.wants = addEvidence(e.wants, e.wantsHits++, spec);
  });
  const neighbours = new Map<string, number>();
  for (const d of you.divisions) {
    for (const l of suppliersOf(d)) neighbours.set(l.supplier, Math.max(neighbours.get(l.supplier) ?? 0, l.strength));
    for (const l of customersOf(d)) neighbours.set(l.customer, Math.max(neighbours.get(l.customer) ?? 0, 0.8 * l.strength));
  }
  for (const [division, strength] of neighbours) {
    for (const slot of index.byDivision[Number(division)] ?? []) {
      const e = found.get(slot);
      if (e) e.chain = Math.max(e.chain, strength);
    }
  }
  const ranked: { entry: IndexedCompany; pre: number }[] = [];
  for (const [slot, e] of found) {
    const entry = index.entry(slot);
    if (!entry || entry.termEndsAt <= now || entry.profile.id === you.id) continue;
    const serves = topicValue(e.serves);
    const wants = topicValue(e.wants);
    ranked.push({ entry, pre: (serves > 0 && wants > 0 ? 2 : 0) + serves + wants + 0.1 * e.chain });
  }
  ranked.sort((a, b) => b.pre - a.pre || (a.entry.profile.id < b.entry.profile.id ? -1 : 1));
  const picked = ranked.slice(0, limit).map((r) => r.entry);
  // The value chain alone is a weak signal: its companies fill the pool only when topics leave room.
  if (picked.length < limit) {
    const seen = new Set(picked.map((e) => e.slot));
    const chain: { entry: IndexedCompany; strength: number }[] = [];
    for (const [division, strength] of neighbours) {
      for (const slot of index.byDivision[Number(division)] ?? []) {
        const entry = index.entry(slot);
        if (!entry || seen.has(slot) || entry.termEndsAt <= now || entry.profile.id === you.id) continue;
        seen.add(slot);
        chain.push({ entry, strength });
      }
    }
    chain.sort((a, b) => b.strength - a.strength || (a.entry.profile.id < b.entry.profile.id ? -1 : 1));
    for (const c of chain.slice(0, limit - picked.length)) picked.push(c.entry);
  }
  return picked;
}
