import { OpportunityType, PartnershipType } from '@hc/opportunities';
import { ParkOffering } from '@hc/parks';
import { byScore } from '../ranking/final-ranking';
import { companyFeatures, explainParkFit, parkContext, ParkWeights } from '../features/park-features';
import { SuggestionReasonCode } from '../features/reason-code';
import { companyProfile, parkProfile } from '../test-support/match-profiles';
import { CompanyIndexData } from './company-index';
import { rankPark } from './park-ranker';

const WEIGHTS: ParkWeights = { topic: 0.35, sector: 0.15, gap: 0.05, ecosystem: 0.05, intent: 0.15, geography: 0.1, initiative: 0.025, badges: 0.025, resources: 0.1, distanceScaleKm: 100 };

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

const PHRASES = ['electric motors', 'transformers', 'switchgear', 'Traktionsbatterien', 'battery cells', 'cable harness', 'Prüfstände', '动力电池', '伺服电机', 'power electronics', 'Ladesäulen', 'charging stations', 'LED lighting', 'Schaltschränke'];
const DIVISIONS = ['26', '27', '28', '29', '46', '71'];

function generated(n: number, seed: number) {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  return Array.from({ length: n }, (_, i) =>
    companyProfile({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      country: r() < 0.5 ? 'CN' : 'DE',
      latitude: 31 + r(),
      longitude: 120 + r(),
      divisions: [pick(DIVISIONS)],
      description: `${pick(PHRASES)} and ${pick(PHRASES)}`,
      needs: r() < 0.3 ? ['Prüflabor'] : [],
      member: r() < 0.2,
      badges: r() < 0.2 ? ['HIDDEN_CHAMPION'] : [],
      opportunities: r() < 0.4 ? [{ type: OpportunityType.BUSINESS_REQUEST, partnershipTypes: [PartnershipType.SITE_LOCALISATION], targetCountries: r() < 0.5 ? ['CN'] : [] }] : [],
    }),
  );
}

function indexOf(companies: ReturnType<typeof generated>, weights?: ParkWeights): CompanyIndexData {
  const index = new CompanyIndexData(weights);
  for (const c of companies) index.put(c, Infinity, Infinity);
  return index;
}

const batteryPark = parkProfile({ description: '园区聚焦动力电池与储能 (traction batteries, energy storage)', focusSectors: ['27'], offerings: [ParkOffering.TEST_LABS] });

describe('park ranker', () => {
  const TOPICAL: ParkWeights = { ...WEIGHTS, topic: 0.8, sector: 0.05, gap: 0.02, ecosystem: 0.02, intent: 0.04, geography: 0.02, initiative: 0.01, badges: 0.01, resources: 0.03 };
  it.each([
    ['its lists in any order', undefined, WEIGHTS, 30],
    ['its lists ordered by potential', WEIGHTS, WEIGHTS, 30],
    ['its lists ordered by potential, a deep pool', WEIGHTS, WEIGHTS, 100],
    ['a topic weight that lets a bar skip the least specific terms', TOPICAL, TOPICAL, 10],
  ])('ranks exactly as scoring every company with the named features would (%s)', (_name, ordered, weights, limit) => {
    const companies = generated(1500, 7);
    const index = indexOf(companies, ordered);
    for (const park of [batteryPark, parkProfile({ description: 'Servo motors, cable harnesses and LED lighting', focusSectors: ['27', '28'], gapSectors: ['26'] })]) {
      const context = parkContext(park, weights, index.specificity);
      const all = byScore(
        companies.map((c) => ({ id: c.id, city: c.city, country: c.country, divisions: c.divisions, ...explainParkFit(companyFeatures(c), c, context) })).filter((s) => s.score > 0),
      );
      const ranked = rankPark(index, context, limit, Date.now()).ranked;
      expect(ranked.map((r) => r.entry.profile.id)).toEqual(all.slice(0, limit).map((s) => s.id));
      for (const r of ranked) expect(r.score).toBe(all.find((s) => s.id === r.entry.profile.id)?.score);
      // With the bar of the ranking before (what a service remembers per park), and with a bar too high to hold.
      for (const bar of [(ranked[ranked.length - 1] as { score: number }).score, 0.99, 0.2]) {
        const again = rankPark(index, context, limit, Date.now(), new Set(), bar).ranked;
        expect(again.map((r) => [r.entry.profile.id, r.score])).toEqual(ranked.map((r) => [r.entry.profile.id, r.score]));
      }
    }
  });

  it('a park asking for traction batteries ranks a battery maker above another ISIC 27 company', () => {
    const batteryMaker = companyProfile({ id: 'battery', country: 'DE', divisions: ['27'], description: 'Wir entwickeln Traktionsbatterien und Batteriezellen' });
    const motors = companyProfile({ id: 'motors', country: 'DE', divisions: ['27'], description: 'Electric motors and switchgear', member: true, badges: ['HIDDEN_CHAMPION'] });
    const index = indexOf([batteryMaker, motors]);
    const ranked = rankPark(index, parkContext(batteryPark, WEIGHTS, index.specificity), 10, Date.now()).ranked;
    expect(ranked.map((r) => r.entry.profile.id)).toEqual(['battery', 'motors']);
    const { reasons } = explainParkFit(companyFeatures(batteryMaker), batteryMaker, parkContext(batteryPark, WEIGHTS, index.specificity));
    expect(reasons[0]?.code).toBe(SuggestionReasonCode.SHARED_TOPICS);
    expect(reasons[0]?.text.en).toContain('traction battery');
    expect(reasons[0]?.text.zh).toContain('动力电池');
  });

  it('does not suggest on geography, badges or membership alone', () => {
    const clinic = companyProfile({ id: 'clinic', country: 'CN', divisions: ['86'], member: true, badges: ['HIDDEN_CHAMPION'], latitude: 31.45, longitude: 121.1 });
    const index = indexOf([clinic]);
    expect(rankPark(index, parkContext(batteryPark, WEIGHTS, index.specificity), 10, Date.now()).ranked).toEqual([]);
  });
});

describe('regions in requests', () => {
  const beijingPark = parkProfile({ id: 'beijing', country: 'CN', region: 'CN-BJ', latitude: 40.13, longitude: 116.65, focusSectors: ['28'], description: 'Intelligent manufacturing' });
  const siteRequest = (id: string, title: string, latitude: number, longitude: number) =>
    companyProfile({
      id,
      country: 'CN',
      latitude,
      longitude,
      divisions: ['28'],
      opportunities: [{ type: OpportunityType.BUSINESS_REQUEST, partnershipTypes: [PartnershipType.SITE_LOCALISATION], title, targetCountries: ['CN'] }],
    });

  it('a request for a site in 京津冀 counts as naming Beijing', () => {
    // A Guangzhou company that wants a site in the Jing-Jin-Ji region: 1,900 km away, yet it names the park's region.
    const jingJinJi = siteRequest('jjj', '在京津冀地区寻找新工厂选址', 23.13, 113.26);
    const anywhere = siteRequest('anywhere', '寻找新工厂选址', 23.13, 113.26);
    const context = parkContext(beijingPark, WEIGHTS, () => 1);
    const named = explainParkFit(companyFeatures(jingJinJi), jingJinJi, context);
    const unnamed = explainParkFit(companyFeatures(anywhere), anywhere, context);
    expect(named.score).toBeGreaterThan(unnamed.score);
    expect(named.reasons.find((r) => r.code === SuggestionReasonCode.SITE_INTENT)?.text.zh).toContain('京津冀');
    expect(named.reasons.find((r) => r.code === SuggestionReasonCode.SITE_INTENT)?.contribution).toBe(WEIGHTS.intent);
  });

  it('a company that looks for a site in another country ranks below one that names none, and says why', () => {
    const italy = companyProfile({ id: 'italy', country: 'DE', divisions: ['28'], opportunities: [{ type: OpportunityType.BUSINESS_REQUEST, partnershipTypes: [PartnershipType.SITE_LOCALISATION], targetCountries: ['IT'] }] });
    const none = companyProfile({ id: 'none', country: 'DE', divisions: ['28'] });
    const context = parkContext(beijingPark, WEIGHTS, () => 1);
    const elsewhere = explainParkFit(companyFeatures(italy), italy, context);
    expect(elsewhere.score).toBeLessThan(explainParkFit(companyFeatures(none), none, context).score);
    expect(elsewhere.reasons.find((r) => r.code === SuggestionReasonCode.SITE_ELSEWHERE)?.contribution).toBeLessThan(0);
    expect(elsewhere.score).toBeCloseTo(elsewhere.reasons.reduce((s, r) => s + r.contribution, 0), 2);
  });

  it('a request naming another region counts little for a park outside it', () => {
    const delta = siteRequest('delta', 'Site in the Yangtze River Delta wanted', 39.9, 116.4);
    const open = siteRequest('open', 'New plant site wanted', 39.9, 116.4);
    const context = parkContext(beijingPark, WEIGHTS, () => 1);
    expect(explainParkFit(companyFeatures(delta), delta, context).score).toBeLessThan(explainParkFit(companyFeatures(open), open, context).score);
  });
});
