import type { Localized } from '@hc/core';
import { FeedbackAdjustments, feedbackAdjustment } from '@hc/matching-feedback';
import { diversify } from './diversify';
import { ScoredReason } from '../features/park-features';
import { SuggestionReasonCode } from '../features/reason-code';

/** A scored candidate before the final ranking. */
export interface Scored {
  id: string;
  score: number;
  reasons: ScoredReason[];
  city: string;
  country: string;
  divisions: readonly string[];
  /** Set by the final ranking: diversity placed it above candidates with a higher score. */
  movedByDiversity?: boolean;
}

/** Scored candidates kept for re-ranking: diversity picks from this many times the page. */
export const DIVERSITY_POOL = 3;

const FEEDBACK_TEXT: Record<'SIMILAR_TO_DISMISSED' | 'SIMILAR_TO_ACCEPTED', Localized> = {
  SIMILAR_TO_DISMISSED: { zh: '与你已排除的企业相似', de: 'Ähnlich wie ein Unternehmen, das Sie ausgeblendet haben', en: 'Similar to a company you dismissed' },
  SIMILAR_TO_ACCEPTED: { zh: '与已接受合作意向的企业相似', de: 'Ähnlich wie ein Unternehmen, dessen Interesse angenommen wurde', en: 'Similar to a company that accepted an expression of interest' },
};

const round = (x: number) => Math.round(x * 1000) / 1000;

const DIVERSITY_TEXT: Localized = {
  zh: '为使推荐更多样而上移：与排在前面的推荐位于不同城市或行业',
  de: 'Zur Vielfalt weiter oben: andere Stadt oder Branche als die Vorschläge davor',
  en: 'Moved up for variety: another city or sector than the suggestions above it',
};

/** Best score first; ties by id, so a ranking is the same every time. */
function compareScored(a: Scored, b: Scored): number {
  return b.score - a.score || a.id.localeCompare(b.id);
}

/** A suggestion's reasons from its features with those the final ranking added (feedback), largest first. */
export function withReasons<T extends Scored>(ranked: T, features: readonly ScoredReason[]): T {
  return { ...ranked, reasons: [...features, ...ranked.reasons].sort((a, b) => b.contribution - a.contribution) };
}

/** The candidates sorted as the final ranking sorts them before feedback and diversity (a new array). */
export function byScore<T extends Scored>(scored: readonly T[]): T[] {
  return [...scored].sort(compareScored);
}

/**
 * The final order: dismissed candidates left out, feedback factors applied (shown as a reason with
 * their effect on the score), the best 3 × `first` re-ranked for diversity.
 */
export function finalRanking<T extends Scored>(scored: readonly T[], first: number, diversity: number, feedback: FeedbackAdjustments): T[] {
  const adjusted = scored
    .filter((s) => s.score > 0 && !feedback.excluded.has(s.id))
    .map((s) => {
      const { factor, reason } = feedbackAdjustment({ id: s.id, divisions: s.divisions, country: s.country }, feedback);
      if (!reason) return s;
      const score = s.score * factor;
      const reasons = [...s.reasons, { code: SuggestionReasonCode[reason], contribution: round(score - s.score), text: FEEDBACK_TEXT[reason] }];
      return { ...s, score, reasons: reasons.sort((a, b) => b.contribution - a.contribution) };
    })
    .sort(compareScored)
    .slice(0, first * DIVERSITY_POOL);
  const picked = diversify(
    adjusted.map((s) => ({ ...s, primaryDivision: s.divisions[0] })),
    first,
    diversity,
  );
  // A pick that diversity placed above a candidate with a higher score says so, as a field and a sentence.
  const byScoreRank = new Map(adjusted.map((s, i) => [s.id, i]));
  return picked.map((s, i) => {
    const { primaryDivision: _primary, ...rest } = s;
    const moved = adjusted.slice(0, byScoreRank.get(s.id) ?? 0).some((above) => !picked.slice(0, i).some((p) => p.id === above.id));
    if (!moved) return rest as unknown as T;
    return { ...rest, movedByDiversity: true, reasons: [...rest.reasons, { code: SuggestionReasonCode.DIVERSITY, contribution: 0, text: DIVERSITY_TEXT }] } as unknown as T;
  });
}
