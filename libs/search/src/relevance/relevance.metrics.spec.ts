import { mean, ndcgAt, recallAt } from './relevance.metrics';

describe('recallAt', () => {
  const judgments = { a: 3, b: 2, c: 1, d: 1 };

  it('is the share of relevant documents in the top k, over min(k, relevant)', () => {
    // top 3 = a, x, b: two of the four relevant documents; denominator min(3, 4) = 3.
    expect(recallAt(3, ['a', 'x', 'b', 'c'], judgments)).toBeCloseTo(2 / 3, 10);
    // top 10 holds a and b of a, b, c, d: 2 / min(10, 4).
    expect(recallAt(10, ['a', 'b'], judgments)).toBe(0.5);
  });

  it('is 1 when the top k is full of relevant documents, even if more exist', () => {
    expect(recallAt(2, ['d', 'c', 'x'], judgments)).toBe(1);
  });

  it('counts grade 1 as relevant and ignores unjudged and zero grades', () => {
    expect(recallAt(10, ['x', 'y', 'c'], { c: 1, z: 0 })).toBe(1);
    expect(recallAt(10, ['x', 'y'], { c: 1 })).toBe(0);
  });

  it('counts a repeated id once and lets it use up its rank', () => {
    expect(recallAt(2, ['a', 'a', 'b'], { a: 1, b: 1 })).toBe(0.5);
  });

  it('is 1 when nothing is relevant, and rejects a k below 1', () => {
    expect(recallAt(10, ['a'], {})).toBe(1);
    expect(() => recallAt(0, ['a'], { a: 1 })).toThrow('k must be a positive integer');
  });
});

describe('ndcgAt', () => {
  const judgments = { a: 3, b: 2, c: 1 };

  it('uses gain 2^g - 1 and a log2 discount against the ideal order', () => {
    // DCG  = (2^2-1)/log2(2) + 0 + (2^3-1)/log2(4)       = 3 + 3.5                = 6.5
    // IDCG = (2^3-1)/log2(2) + (2^2-1)/log2(3) + 1/log2(4) = 7 + 1.892789 + 0.5    = 9.392789 -> 0.692020
    expect(ndcgAt(3, ['b', 'x', 'a'], judgments)).toBeCloseTo(0.69202, 6);
  });

  it('is 1 for the ideal ranking and 0 when nothing relevant is returned', () => {
    expect(ndcgAt(10, ['a', 'b', 'c'], judgments)).toBe(1);
    expect(ndcgAt(10, ['x', 'y'], judgments)).toBe(0);
  });

  it('cuts both the ranking and the ideal at k', () => {
    // k = 1: DCG = (2^1-1)/1 = 1, IDCG = (2^3-1)/1 = 7.
    expect(ndcgAt(1, ['c', 'a'], judgments)).toBeCloseTo(1 / 7, 10);
    // k = 2, ranking b, a: DCG = 3 + 7/log2(3) = 7.416508; IDCG = 7 + 3/log2(3) = 8.892789 -> 0.833991.
    expect(ndcgAt(2, ['b', 'a'], judgments)).toBeCloseTo(0.833991, 6);
  });

  it('gives a repeated id no second gain', () => {
    // a, a: DCG = 7 + 0; IDCG(k=2) = 7 + 3/log2(3) = 8.892789.
    expect(ndcgAt(2, ['a', 'a'], judgments)).toBeCloseTo(7 / 8.892789, 6);
  });

  it('is 1 when nothing is relevant', () => {
    expect(ndcgAt(10, ['a'], {})).toBe(1);
  });
});

describe('mean', () => {
  it('averages, and is NaN for no values', () => {
    expect(mean([1, 0.5, 0])).toBe(0.5);
    expect(mean([])).toBeNaN();
  });
});
