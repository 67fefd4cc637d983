/**
 * How much shared topics say: the one formula behind the topic parts of park and partner matching.
 *
 * A term counts by its specificity (how few companies use it, see `termSpecificity`). The shared terms are
 * taken most specific first and each counts half the one before it, so a second shared topic adds, a
 * twentieth hardly does, and a company that writes the same things in three languages (one concept) does not
 * count three times. The sum s becomes a value in 0..1 as 1 − e^−s: one shared topic of specificity 0.8
 * gives 0.55, two (0.8 and 0.7) 0.68, one of 0.3 (a market word such as "automotive") 0.26.
 */

/** Companies a platform is assumed to have before its own counts say anything (a small platform calls no topic general). */
export const SPECIFICITY_PRIOR_COMPANIES = 1000;

/**
 * Terms less specific than this count nothing ("machinery", "products"): with 100,000 companies, a term more
 * than about 10,000 of them use. What a term that passes says is its specificity times its kind (termWeight).
 */
export const TOPIC_MIN_SPECIFICITY = 0.2;

/**
 * The specificity of a term that `named` of `companies` use: its inverse document frequency ln(n / (named + 1))
 * over the largest possible, ln(n), with n = companies plus the prior. Of 90,000 companies, a term 3 of them
 * use counts about 0.9, 300 about 0.5, 20,000 about 0.13.
 */
export function termSpecificity(named: number, companies: number): number {
  const n = companies + SPECIFICITY_PRIOR_COMPANIES;
  return Math.min(1, Math.max(0, Math.log(n / (named + 1)) / Math.log(n)));
}

/** A term's specificity, as the current index counts it. */
export type Specificity = (term: string) => number;

/** The evidence sum after one more shared term of specificity `spec`, the `rank`-th (from 0), most specific first. */
export function addEvidence(sum: number, rank: number, spec: number): number {
  return sum + spec * 0.5 ** rank;
}

/** The topic value, 0..1, of an evidence sum. */
export function topicValue(sum: number): number {
  return 1 - Math.exp(-sum);
}

/** The order shared terms count in: most specific first, then by term, so every process adds them alike. */
export function compareTerms(a: { term: string; spec: number }, b: { term: string; spec: number }): number {
  return b.spec - a.spec || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
}

export interface SharedTopic {
  value: number;
  /** The shared terms that count, most specific first. */
  shared: { term: string; spec: number }[];
}

const NOTHING: SharedTopic = { value: 0, shared: [] };

/** Term lists of profiles are compared many times per request: each becomes a set once. */
const sets = new WeakMap<readonly string[], ReadonlySet<string>>();
function setOf(terms: readonly string[]): ReadonlySet<string> {
  let set = sets.get(terms);
  if (!set) sets.set(terms, (set = new Set(terms)));
  return set;
}

/** What the terms of `a` and `b` share, as evidence (each term once; terms the specificity gives 0 do not count). */
export function sharedTopic(a: readonly string[], b: { has(term: string): boolean } | readonly string[], specificity: Specificity): SharedTopic {
  const other = Array.isArray(b) ? setOf(b as readonly string[]) : (b as { has(term: string): boolean });
  const shared: { term: string; spec: number }[] = [];
  for (const term of setOf(a)) {
    if (!other.has(term)) continue;
    const spec = specificity(term);
    if (spec > 0) shared.push({ term, spec });
  }
  if (!shared.length) return NOTHING;
  shared.sort(compareTerms);
  let sum = 0;
  for (let i = 0; i < shared.length; i++) sum = addEvidence(sum, i, (shared[i] as { spec: number }).spec);
  return { value: topicValue(sum), shared };
}
