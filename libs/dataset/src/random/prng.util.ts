/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** murmur3's 32-bit finaliser: spreads every input bit over the whole word. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Folds any number of integers (seed, stream, index, ...) into one well-mixed 32-bit word. */
export function hashInts(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    // Seeds and indexes may exceed 32 bits; fold the high word in as well.
    const low = part >>> 0;
    const high = Math.floor(part / 0x1_0000_0000) >>> 0;
    h = mix32(h ^ low);
    h = mix32((h + 0x6a09e667) ^ high);
  }
  return h;
}

/** sfc32 (Small Fast Counting, PractRand-clean), returning floats in [0, 1). */
export function sfc32(a: number, b: number, c: number, d: number): Random {
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/**
 * An independent generator for item `index` of `stream` under `seed`: item i depends on (seed, stream, i)
 * only, which is what lets callers generate any slice of a dataset without generating what precedes it.
 */
export function randomFor(seed: number, stream: number, index: number): Random {
  const random = sfc32(hashInts(seed, stream, index, 1), hashInts(seed, stream, index, 2), hashInts(seed, stream, index, 3), hashInts(seed, stream, index, 4));
  // The first outputs of sfc32 still correlate with the seed words; discard a few.
  for (let i = 0; i < 12; i++) random();
  return random;
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

/** Integer in [min, max], both inclusive. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick() from an empty list');
  return items[Math.floor(random() * items.length)] as T;
}

/** Up to `count` distinct items in random order (partial Fisher–Yates on a copy). */
export function pickDistinct<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, n);
}

/** Standard normal deviate (Box–Muller). */
export function normal(random: Random): number {
  const u = 1 - random(); // (0, 1]: log(0) would be -Infinity
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Picks items in proportion to their weights in O(log n), from a table built once. */
export class WeightedPicker<T> {
  private readonly items: readonly T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(items: readonly T[], weightOf: (item: T) => number) {
    const kept = items.filter((item) => weightOf(item) > 0);
    if (kept.length === 0) throw new Error('WeightedPicker needs at least one item with a positive weight');
    this.items = kept;
    this.cumulative = new Float64Array(kept.length);
    let sum = 0;
    kept.forEach((item, i) => {
      sum += weightOf(item);
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }

  pick(random: Random): T {
    const target = random() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}
