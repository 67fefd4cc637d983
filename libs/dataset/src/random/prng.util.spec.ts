import { hashInts, pick, pickDistinct, randomFor, WeightedPicker } from './prng.util';

describe('randomFor', () => {
  it('gives the same sequence for the same seed, stream and index', () => {
    const a = randomFor(42, 1, 7);
    const b = randomFor(42, 1, 7);
    const first = Array.from({ length: 20 }, () => a());
    expect(Array.from({ length: 20 }, () => b())).toEqual(first);
  });

  it('gives different sequences for neighbouring indexes, seeds and streams', () => {
    const value = (seed: number, stream: number, index: number) => randomFor(seed, stream, index)();
    const values = new Set([value(42, 1, 7), value(42, 1, 8), value(43, 1, 7), value(42, 2, 7)]);
    expect(values.size).toBe(4);
  });

  it('tells seeds apart that differ only above 32 bits', () => {
    expect(hashInts(2 ** 32 + 5)).not.toBe(hashInts(5));
  });

  it('is roughly uniform on [0, 1)', () => {
    const random = randomFor(1, 0, 0);
    const buckets = new Array<number>(10).fill(0);
    let min = 1;
    let max = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = random();
      min = Math.min(min, x);
      max = Math.max(max, x);
      buckets[Math.floor(x * 10)] += 1;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

describe('pickers', () => {
  it('picks in proportion to the weights', () => {
    const picker = new WeightedPicker(['a', 'b', 'c'], (x) => ({ a: 1, b: 3, c: 0 })[x] as number);
    const random = randomFor(3, 0, 0);
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 40_000; i++) counts[picker.pick(random)] += 1;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.8);
    expect(counts.b / counts.a).toBeLessThan(3.2);
  });

  it('pickDistinct returns distinct items and never more than there are', () => {
    const random = randomFor(4, 0, 0);
    const items = ['a', 'b', 'c', 'd', 'e'];
    const three = pickDistinct(random, items, 3);
    expect(new Set(three).size).toBe(3);
    expect(pickDistinct(random, items, 9).sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('refuses to pick from nothing', () => {
    expect(() => pick(randomFor(1, 0, 0), [])).toThrow();
    expect(() => new WeightedPicker(['a'], () => 0)).toThrow();
  });
});
