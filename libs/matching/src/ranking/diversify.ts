/** What diversification compares: where a candidate is and what it mainly does. */
export interface Diversifiable {
  score: number;
  city: string;
  country: string;
  primaryDivision: string | undefined;
}

/**
 * Greedy re-ranking (maximal marginal relevance): each pick maximises
 * score × (1 − λ × redundancy), where redundancy is the share of earlier picks in the same city
 * plus the share with the same primary division, halved. λ = 0 keeps the score order; good
 * alternatives from elsewhere overtake the tenth company from the same city and sector.
 */
export function diversify<T extends Diversifiable>(ranked: readonly T[], first: number, lambda: number): T[] {
  if (lambda <= 0) return ranked.slice(0, first);
  const pool = [...ranked];
  const picked: T[] = [];
  const cities = new Map<string, number>();
  const divisions = new Map<string, number>();
  while (picked.length < first && pool.length) {
    let bestIndex = 0;
    let bestValue = -Infinity;
    const n = Math.max(1, picked.length);
    for (let i = 0; i < pool.length; i++) {
      const c = pool[i];
      const sameCity = (cities.get(`${c.country}|${c.city}`) ?? 0) / n;
      const sameDivision = c.primaryDivision ? (divisions.get(c.primaryDivision) ?? 0) / n : 0;
      const value = c.score * (1 - lambda * (sameCity + sameDivision) / 2);
      if (value > bestValue) {
        bestValue = value;
        bestIndex = i;
      }
    }
    const [next] = pool.splice(bestIndex, 1);
    picked.push(next);
    cities.set(`${next.country}|${next.city}`, (cities.get(`${next.country}|${next.city}`) ?? 0) + 1);
    if (next.primaryDivision) divisions.set(next.primaryDivision, (divisions.get(next.primaryDivision) ?? 0) + 1);
  }
  return picked;
}
