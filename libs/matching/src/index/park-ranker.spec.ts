import { BadgeType, SizeBand } from '@hc/companies';
import { loadConfig } from '@hc/core';
import { OpportunityType, PartnershipType } from '@hc/opportunities';
import { ParkOffering } from '@hc/parks';
import { byScore } from '../features/ranking';
import { ParkWeights, scoreParkFit } from '../features/park-features';
import { parkWeights } from '../matching-settings';
import { conceptSet } from '../profiles/concepts';
import { CompanyMatchProfile, distanceKm, OpportunitySignal, ParkMatchProfile } from '../profiles/match-profile';
import { CompanyIndexData } from './company-index';
import { parkTables, quickParkScore, rankPark } from './park-ranker';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CENTRES = [
  { country: 'CN', city: 'Suzhou', latitude: 31.3, longitude: 120.6 },
  { country: 'CN', city: 'Hefei', latitude: 31.82, longitude: 117.23 },
  { country: 'DE', city: 'Stuttgart', latitude: 48.78, longitude: 9.18 },
  { country: 'DE', city: 'München', latitude: 48.14, longitude: 11.58 },
  { country: 'FR', city: 'Lyon', latitude: 45.76, longitude: 4.84 },
  { country: 'US', city: 'Detroit', latitude: 42.33, longitude: -83.05 },
];
const DIVISIONS = ['10', '20', '22', '25', '26', '27', '28', '29', '30', '33', '46', '62', '71', '72', '86'];
const KEYWORDS = ['Prüflabor', '标准厂房', 'pilot line', 'logistics', 'Fachkräfte', '孵化器', 'Zykloidgetriebe', 'battery cells', 'laser optics', 'equity', 'China desk'];
const COUNTRIES = ['CN', 'DE', 'FR', 'US', 'IT'];

function generate(n: number, seed: number): CompanyMatchProfile[] {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const some = <T>(xs: readonly T[], p: number): T[] => xs.filter(() => r() < p);
  const opportunity = (): OpportunitySignal => ({
    type: pick(Object.values(OpportunityType)),
    partnershipTypes: some(Object.values(PartnershipType), 0.25),
    concepts: conceptSet(some(KEYWORDS, 0.15)),
    targetCountries: r() < 0.4 ? [] : some(COUNTRIES, 0.3),
    partnerSizes: [],
  });
  return Array.from({ length: n }, (_, i) => {
    const centre = pick(CENTRES);
    const items = Array.from({ length: Math.floor(r() * 3) }, opportunity);
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      version: 1,
      country: centre.country,
      city: centre.city,
      latitude: centre.latitude + (r() - 0.5) * 1.5,
      longitude: centre.longitude + (r() - 0.5) * 1.5,
      divisions: [...new Set([pick(DIVISIONS), ...some(DIVISIONS, 0.1)])],
      initiativeMember: r() < 0.1,
      badges: some(Object.values(BadgeType), 0.1),
      sizeBand: SizeBand.MEDIUM,
      offers: { items: items.filter((o) => o.type.endsWith('offer')), keywordConcepts: conceptSet(some(KEYWORDS, 0.1)) },
      requests: { items: items.filter((o) => !o.type.endsWith('offer')), keywordConcepts: conceptSet(some(KEYWORDS, 0.1)) },
    };
  });
}

function parks(index: CompanyIndexData, seed: number): ParkMatchProfile[] {
  const r = random(seed);
  const some = <T>(xs: readonly T[], p: number): T[] => xs.filter(() => r() < p);
  return CENTRES.map((centre, i) => ({
    id: `park-${i}`,
    country: centre.country,
    latitude: centre.latitude,
    longitude: centre.longitude,
    focusSectors: some(DIVISIONS, 0.2),
    gapSectors: some(DIVISIONS, 0.1),
    offerings: some(Object.values(ParkOffering), 0.4),
    initiativeMember: i % 2 === 0,
    ecosystem: index.ecosystem(centre.latitude, centre.longitude, 30, Date.now()),
  }));
}

function indexOf(profiles: readonly CompanyMatchProfile[], weights?: ParkWeights): CompanyIndexData {
  const index = new CompanyIndexData(weights);
  for (const p of profiles) index.put(p, Infinity, Infinity);
  return index;
}

const DEFAULTS = parkWeights(loadConfig({}));
const OTHER: ParkWeights = { sector: 0.25, gap: 0.15, ecosystem: 0.15, intent: 0.2, geography: 0.1, initiative: 0.05, badges: 0.05, resources: 0.05, distanceScaleKm: 300 };

/** What scoring every company with the named features would rank first. */
function bruteForce(profiles: readonly CompanyMatchProfile[], park: ParkMatchProfile, w: ParkWeights, limit: number): string[] {
  const scored = profiles.map((c) => ({ id: c.id, city: c.city, country: c.country, divisions: c.divisions, ...scoreParkFit(c, park, w) }));
  return byScore(scored.filter((s) => s.score > 0))
    .slice(0, limit)
    .map((s) => s.id);
}

describe('the in-memory park ranker', () => {
  // Some companies work in more divisions than the index's columns hold per company.
  const profiles = generate(4000, 20240528).map((c, i) => (i % 97 === 0 ? { ...c, divisions: [...new Set([...c.divisions, ...DIVISIONS.slice(i % 5, (i % 5) + 8)])] } : c));
  const index = indexOf(profiles);
  const testParks = parks(index, 7);

  it.each([
    ['default weights', DEFAULTS],
    ['other weights', OTHER],
  ])('scores every company exactly as the named features do (%s)', (_, w) => {
    for (const park of testParks) {
      const tables = parkTables(park, w, index);
      for (const c of profiles) {
        const entry = index.get(c.id);
        expect(entry).toBeDefined();
        expect(quickParkScore(index, entry!, tables)).toBe(scoreParkFit(c, park, w).score);
      }
    }
  });

  // Lists in potential order for the default weights: rankings with them leave lists early, others read them whole.
  const ordered = indexOf(profiles, DEFAULTS);

  it.each([10, 30, 100])('returns the same best %i as scoring every company, reading only the candidate sets', (limit) => {
    for (const data of [index, ordered]) {
      for (const w of [DEFAULTS, OTHER]) {
        for (const park of testParks) {
          const { ranked, scored } = rankPark(data, parkTables(park, w, data), limit, Date.now());
          expect(ranked.map((r) => r.entry.profile.id)).toEqual(bruteForce(profiles, park, w, limit));
          expect(scored).toBeLessThanOrEqual(data.size);
        }
      }
    }
  });

  it('scores fewer companies when the lists are in potential order', () => {
    const scored = (data: typeof index) => testParks.reduce((sum, park) => sum + rankPark(data, parkTables(park, DEFAULTS, data), 10, Date.now()).scored, 0);
    expect(scored(ordered)).toBeLessThan(scored(index));
  });

  it('skips the related and ecosystem-only sets when they cannot reach the best scores', () => {
    // A park whose focus and intent sets alone fill the top 10 with scores above what a neighbour sector can reach.
    const park = { ...testParks[0]!, focusSectors: ['29', '27', '28'], offerings: Object.values(ParkOffering) };
    const { ranked, scored } = rankPark(index, parkTables(park, DEFAULTS, index), 10, Date.now());
    expect(ranked).toHaveLength(10);
    expect(scored).toBeLessThan(index.size);
  });

  it('leaves out excluded companies and companies whose term has ended', () => {
    const park = testParks[0]!;
    const tables = parkTables(park, DEFAULTS, index);
    const [best, second] = rankPark(index, tables, 2, Date.now()).ranked.map((r) => r.entry.profile);
    const withoutBest = rankPark(index, tables, 1, Date.now(), new Set([best!.id])).ranked;
    expect(withoutBest[0]?.entry.profile.id).toBe(second!.id);

    const copy = indexOf(profiles);
    copy.put(best!, Date.now() - 1000, Date.now() - 1000);
    expect(rankPark(copy, tables, 1, Date.now()).ranked[0]?.entry.profile.id).toBe(second!.id);
    expect(copy.due(Date.now())).toEqual([best!.id]);
    expect(copy.due(Date.now())).toEqual([best!.id]);
  });

  it('follows changes: a company that changes sector or leaves is ranked by what it is now', () => {
    const park: ParkMatchProfile = { ...testParks[2]!, focusSectors: ['72'], gapSectors: [], offerings: [] };
    const copy = indexOf(profiles);
    const tables = parkTables(park, DEFAULTS, copy);
    const before = rankPark(copy, tables, 5, Date.now()).ranked.map((r) => r.entry.profile);
    const moved = { ...before[0]!, version: 2, divisions: ['86'] };
    copy.put(moved, Infinity, Infinity);
    copy.remove(before[1]!.id);
    const after = rankPark(copy, tables, 5, Date.now()).ranked.map((r) => r.entry.profile.id);
    expect(after).not.toContain(moved.id);
    expect(after).not.toContain(before[1]!.id);
    expect(copy.size).toBe(profiles.length - 1);
    expect(after).toEqual(bruteForce([...profiles.filter((c) => c.id !== before[1]!.id && c.id !== moved.id), moved], park, DEFAULTS, 5));
  });

  it('counts the ecosystem around a park like a scan of every company would', () => {
    for (const park of testParks) {
      const expected = new Map<string, number>();
      for (const c of profiles) {
        if (distanceKm(c.latitude, c.longitude, park.latitude, park.longitude) > 30) continue;
        for (const d of c.divisions) expected.set(d, (expected.get(d) ?? 0) + 1);
      }
      expect(new Map([...park.ecosystem].sort())).toEqual(new Map([...expected].sort()));
    }
  });
});
