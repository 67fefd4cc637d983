/** Graded judgments of one query: document id -> grade (1 acceptable … 3 exactly right); absent = 0. */
export type GradedJudgments = Readonly<Record<string, number>>;

/**
 * Grades of the first k ranks. An engine should not repeat a hit; if it does, the repeat keeps its
 * rank but gains nothing, so a document is never counted twice.
 */
function gradesAtRanks(k: number, rankedIds: readonly string[], judgments: GradedJudgments): number[] {
  const seen = new Set<string>();
  return rankedIds.slice(0, k).map((id) => {
    const first = !seen.has(id);
    seen.add(id);
    return first ? gradeOf(judgments, id) : 0;
  });
}

function gradeOf(judgments: GradedJudgments, id: string): number {
  const grade = Object.prototype.hasOwnProperty.call(judgments, id) ? judgments[id] : 0;
  return grade > 0 ? grade : 0;
}

function assertK(k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a positive integer, got ${k}`);
}

/**
 * Share of the judged-relevant documents (grade >= 1) found in the top k. When more than k documents
 * are relevant, a perfect top k scores 1: the denominator is min(k, relevant count).
 * A query without relevant documents scores 1 (there was nothing to find).
 */
export function recallAt(k: number, rankedIds: readonly string[], judgments: GradedJudgments): number {
  assertK(k);
  const relevant = Object.keys(judgments).filter((id) => gradeOf(judgments, id) >= 1).length;
  if (relevant === 0) return 1;
  const found = gradesAtRanks(k, rankedIds, judgments).filter((g) => g >= 1).length;
  return found / Math.min(k, relevant);
}

/** Discounted cumulative gain of grades in rank order: sum of (2^g - 1) / log2(rank + 1), rank from 1. */
function dcg(grades: readonly number[]): number {
  return grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

/**
 * Normalised DCG of the top k: graded gain 2^g - 1, log2 discount, divided by the DCG of the ideal
 * ranking built from the judgments. A query without relevant documents scores 1.
 */
export function ndcgAt(k: number, rankedIds: readonly string[], judgments: GradedJudgments): number {
  assertK(k);
  const ideal = Object.keys(judgments)
    .map((id) => gradeOf(judgments, id))
    .filter((g) => g > 0)
    .sort((a, b) => b - a)
    .slice(0, k);
  const idealGain = dcg(ideal);
  if (idealGain === 0) return 1;
  return dcg(gradesAtRanks(k, rankedIds, judgments)) / idealGain;
}

/** Arithmetic mean; NaN for an empty list (an aggregate over no queries has no value). */
export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;
}
