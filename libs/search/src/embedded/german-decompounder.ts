/**
 * Splits German compounds into their known parts, so "Maschinen" and "Werkzeug" find
 * "Werkzeugmaschinenbau" and "Antrieb" finds "Antriebstechnik". Dictionary-based: a word is split
 * only when every piece is a known morpheme (allowing the linking elements s/es/n/en/e), which keeps
 * false splits ("Bauer" -> "Bau" + "er") out. Words are expected lower-cased and umlaut-folded.
 */
const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er'];
const MIN_PART = 3;
const MIN_WORD = 7;

export class GermanDecompounder {
  private readonly parts: Set<string>;
  private readonly maxPart: number;

  constructor(morphemes: Iterable<string>) {
    this.parts = new Set([...morphemes].filter((m) => m.length >= MIN_PART));
    this.maxPart = Math.max(0, ...[...this.parts].map((p) => p.length));
  }

  morphemes(): string[] {
    return [...this.parts];
  }

  /**
   * The parts of a compound, nested parts included ("werkzeugmaschinenbau" -> werkzeugmaschinen,
   * werkzeug, maschinen, bau when "werkzeugmaschinen" is itself known), or [] when it is not one.
   */
  split(word: string): string[] {
    const top = this.splitOnce(word);
    const out = new Set<string>();
    for (const part of top) {
      out.add(part);
      for (const inner of this.split(part)) out.add(inner);
    }
    return [...out];
  }

  private splitOnce(word: string): string[] {
    if (word.length < MIN_WORD) return [];
    const memo = new Map<number, string[] | null>();
    const solve = (start: number): string[] | null => {
      if (start === word.length) return [];
      const cached = memo.get(start);
      if (cached !== undefined) return cached;
      let best: string[] | null = null;
      // Longest part first: "maschinenbau" prefers "maschinen" + "bau" over "maschine" + "nbau".
      // The whole word is not a split of itself, even when it is a known morpheme.
      const longest = start === 0 ? word.length - MIN_PART : word.length;
      for (let end = Math.min(longest, start + this.maxPart); end >= start + MIN_PART; end--) {
        const part = word.slice(start, end);
        if (!this.parts.has(part)) continue;
        for (const link of LINKS) {
          if (!word.startsWith(link, end)) continue;
          const rest = solve(end + link.length);
          if (rest !== null && (best === null || rest.length + 1 < best.length)) best = [part, ...rest];
        }
        if (best) break;
      }
      memo.set(start, best);
      return best;
    };
    const parts = solve(0);
    return parts && parts.length > 1 ? parts : [];
  }
}
