/**
 * How feedback moves later rankings. Pure: the scorer multiplies a candidate's score by `factor` and may show
 * `reason` (with `similarTo`, the dismissed or accepted company that caused it).
 *
 *   similarity(c, d) = jaccard(c.divisions, d.divisions) × (same country ? 1 : OTHER_COUNTRY_WEIGHT)
 *   factor(c)        = clamp(1 − DISMISSED_PENALTY × max_d similarity(c, d)      over d in dismissed
 *                           + ACCEPTED_BOOST    × max_a similarity(c, a),         over a in accepted
 *                           MIN_FEEDBACK_FACTOR, MAX_FEEDBACK_FACTOR)
 *
 * jaccard(A, B) = |A ∩ B| / |A ∪ B| over ISIC Rev.4 divisions (0 when both are empty). A candidate is never
 * compared with itself: its own dismissal excludes it outright (`excluded`), its own acceptance is no evidence
 * about it. With the defaults a candidate exactly like a dismissed one scores × 0.7, one like an accepted one
 * × 1.15; a company in other sectors keeps × 1. `reason` names the larger of the two effects once it moves the
 * factor by at least MIN_REASON_EFFECT.
 */

/** What the ranking needs to know about a company to compare it with others. */
export interface CandidateTraits {
  id: string;
  /** ISIC Rev.4 divisions (two digits). */
  divisions: readonly string[];
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/** What one user's (and everyone's) feedback says about the candidates of one subject. */
export interface FeedbackAdjustments {
  /** Candidates this user dismissed for this subject: never suggested to them again. */
  excluded: ReadonlySet<string>;
  /** The traits of those dismissed candidates. */
  dismissed: readonly CandidateTraits[];
  /** Candidates whose expression of interest from this subject was accepted (by anyone). */
  accepted: readonly CandidateTraits[];
}

export type FeedbackReason = 'SIMILAR_TO_DISMISSED' | 'SIMILAR_TO_ACCEPTED';

export interface FeedbackAdjustment {
  /** Multiply the score by this; 1 when feedback says nothing about the candidate. */
  factor: number;
  reason?: FeedbackReason;
  /** The dismissed or accepted company the candidate resembles most, when there is a reason. */
  similarTo?: string;
}

/** At most this much is taken off a candidate identical to one the user dismissed. */
export const DISMISSED_PENALTY = 0.3;
/** At most this much is added to a candidate identical to one whose interest was accepted. */
export const ACCEPTED_BOOST = 0.15;
/** Similarity of two companies in different countries counts this much (same country: fully). */
export const OTHER_COUNTRY_WEIGHT = 0.6;
export const MIN_FEEDBACK_FACTOR = 0.5;
export const MAX_FEEDBACK_FACTOR = 1.5;
/** Smaller effects move the factor but are not worth a reason. */
export const MIN_REASON_EFFECT = 0.01;

export const NO_FEEDBACK: FeedbackAdjustments = { excluded: new Set(), dismissed: [], accepted: [] };

export function jaccard(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size === 0 && right.size === 0) return 0;
  let shared = 0;
  for (const x of left) if (right.has(x)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/** 0..1: sector overlap, discounted when the two companies are in different countries. */
export function candidateSimilarity(a: CandidateTraits, b: CandidateTraits): number {
  const sameCountry = a.country.trim().toUpperCase() === b.country.trim().toUpperCase();
  return jaccard(a.divisions, b.divisions) * (sameCountry ? 1 : OTHER_COUNTRY_WEIGHT);
}

function mostSimilar(candidate: CandidateTraits, others: readonly CandidateTraits[]): { similarity: number; id?: string } {
  let best: { similarity: number; id?: string } = { similarity: 0 };
  for (const other of others) {
    if (other.id === candidate.id) continue;
    const similarity = candidateSimilarity(candidate, other);
    if (similarity > best.similarity) best = { similarity, id: other.id };
  }
  return best;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

export function feedbackAdjustment(candidate: CandidateTraits, adjustments: Pick<FeedbackAdjustments, 'dismissed' | 'accepted'>): FeedbackAdjustment {
  const dismissed = mostSimilar(candidate, adjustments.dismissed);
  const accepted = mostSimilar(candidate, adjustments.accepted);
  const penalty = DISMISSED_PENALTY * dismissed.similarity;
  const boost = ACCEPTED_BOOST * accepted.similarity;
  const factor = round(Math.min(MAX_FEEDBACK_FACTOR, Math.max(MIN_FEEDBACK_FACTOR, 1 - penalty + boost)));
  if (Math.max(penalty, boost) < MIN_REASON_EFFECT) return { factor };
  return penalty >= boost ? { factor, reason: 'SIMILAR_TO_DISMISSED', similarTo: dismissed.id } : { factor, reason: 'SIMILAR_TO_ACCEPTED', similarTo: accepted.id };
}
