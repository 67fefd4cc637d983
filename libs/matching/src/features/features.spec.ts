import { OpportunityType, PartnershipType } from '@hc/opportunities';
import { ParkOffering } from '@hc/parks';
import { conceptSet } from '../profiles/concepts';
import { CompanyMatchProfile, OpportunitySignal, ParkMatchProfile } from '../profiles/match-profile';
import { diversify } from './diversify';
import { ecosystemFit, geographyFit, intentFit, ParkWeights, resourcesFit, scoreParkFit, sectorFit } from './park-features';
import { directionalFit, harmonicMean, scorePartnerFit } from './partner-features';
import { SuggestionReasonCode } from './reason-code';

const WEIGHTS: ParkWeights = { sector: 0.25, gap: 0.15, ecosystem: 0.15, intent: 0.2, geography: 0.1, initiative: 0.05, badges: 0.05, resources: 0.05, distanceScaleKm: 300 };

function opportunity(type: OpportunityType, partnershipTypes: PartnershipType[], keywords: string[] = [], targetCountries: string[] = []): OpportunitySignal {
  return { type, partnershipTypes, concepts: conceptSet(keywords), targetCountries, partnerSizes: [] };
}

function company(overrides: Partial<CompanyMatchProfile> = {}): CompanyMatchProfile {
  const items = overrides.offers?.items ?? [];
  return {
    id: 'c', version: 1, country: 'DE', city: 'Stuttgart', latitude: 48.78, longitude: 9.18, divisions: ['28'], initiativeMember: false, badges: [], sizeBand: null,
    offers: { items, keywordConcepts: new Set() },
    requests: { items: [], keywordConcepts: new Set() },
    ...overrides,
  };
}

const park: ParkMatchProfile = {
  id: 'p', country: 'CN', latitude: 31.45, longitude: 121.1, focusSectors: ['29'], gapSectors: ['27'],
  offerings: [ParkOffering.STANDARD_FACTORIES, ParkOffering.TEST_LABS], initiativeMember: true, ecosystem: new Map([['29', 4]]),
};

describe('park features', () => {
  it('counts a focus sector fully, a value-chain neighbour partly, and an unrelated sector not at all', () => {
    expect(sectorFit(company({ divisions: ['29'] }), park)?.value).toBe(1);
    expect(sectorFit(company({ divisions: ['27'] }), park)).toMatchObject({ code: SuggestionReasonCode.RELATED_SECTOR, value: 0.4 });
    expect(sectorFit(company({ divisions: ['86'] }), park)).toBeNull();
  });

  it('grows the ecosystem value with the number of companies a supplier would serve', () => {
    const one = ecosystemFit(company({ divisions: ['27'] }), { ...park, ecosystem: new Map([['29', 1]]) })!;
    const eight = ecosystemFit(company({ divisions: ['27'] }), { ...park, ecosystem: new Map([['29', 8]]) })!;
    expect(eight.value).toBeGreaterThan(one.value);
    expect(eight.text.en).toContain('to 8 companies');
  });

  it('reads intent from site and investment requests aimed at the park\'s country, explicit above open', () => {
    const explicit = company({ requests: { items: [opportunity(OpportunityType.BUSINESS_REQUEST, [PartnershipType.SITE_LOCALISATION], [], ['CN'])], keywordConcepts: new Set() } });
    const open = company({ requests: { items: [opportunity(OpportunityType.BUSINESS_REQUEST, [PartnershipType.SITE_LOCALISATION])], keywordConcepts: new Set() } });
    const elsewhere = company({ requests: { items: [opportunity(OpportunityType.BUSINESS_REQUEST, [PartnershipType.SITE_LOCALISATION], [], ['US'])], keywordConcepts: new Set() } });
    expect(intentFit(explicit, park)?.value).toBe(1);
    expect(intentFit(open, park)?.value).toBe(0.6);
    expect(intentFit(elsewhere, park)).toBeNull();
  });

  it('uses distance at home and the wish to come from abroad', () => {
    const near = geographyFit(company({ country: 'CN', latitude: 31.3, longitude: 120.6 }), park, WEIGHTS)!;
    expect(near.code).toBe(SuggestionReasonCode.PROXIMITY);
    expect(near.value).toBeGreaterThan(0.8);
    const abroad = geographyFit(company({ requests: { items: [opportunity(OpportunityType.BUSINESS_REQUEST, [PartnershipType.COMMERCIAL], [], ['CN'])], keywordConcepts: new Set() } }), park, WEIGHTS)!;
    expect(abroad).toMatchObject({ code: SuggestionReasonCode.CROSS_BORDER, value: 1 });
  });

  it('matches the park\'s offerings to what the company will need', () => {
    const researcher = company({ requests: { items: [opportunity(OpportunityType.TECHNOLOGY_REQUEST, [PartnershipType.RD_COOPERATION])], keywordConcepts: new Set() } });
    const fit = resourcesFit(researcher, park)!;
    // Inferred needs: test labs serve the research, the German service desk a European company would need in China is
    // missing; one need met is evidence 0.5, and a guess counts a quarter.
    expect(fit.value).toBe(0.5 * 0.5 * 0.25);
    expect(fit.text.en).toBe('The park offers what it needs: test labs');
    const stated = company({ requests: { items: [], keywordConcepts: conceptSet(['Prüflabor', '标准厂房', 'Bonded warehouse']) } });
    // Two of three stated needs met: share 2/3, evidence 0.75.
    expect(resourcesFit(stated, park)).toMatchObject({ value: (2 / 3) * 0.75, text: { en: 'The park offers what it needs: standard factories, test labs' } });
  });

  it('a company that names three things the park offers fits better than one that names one, though both get all they ask for', () => {
    const three = company({ requests: { items: [], keywordConcepts: conceptSet(['Prüflabor', '标准厂房', 'pilot line']) } });
    const one = company({ requests: { items: [], keywordConcepts: conceptSet(['Prüflabor']) } });
    const withPilotLines = { ...park, offerings: [...park.offerings, ParkOffering.PILOT_LINES] };
    const fitThree = resourcesFit(three, withPilotLines)!;
    const fitOne = resourcesFit(one, withPilotLines)!;
    expect(fitThree.text.en).toBe('The park offers what it needs: standard factories, test labs, pilot lines');
    expect(fitOne.text.en).toBe('The park offers what it needs: test labs');
    expect(fitThree.value).toBe(0.875);
    expect(fitOne.value).toBe(0.5);
  });

  it('does not suggest on geography, badges or membership alone', () => {
    expect(scoreParkFit(company({ divisions: ['86'], initiativeMember: true }), park, WEIGHTS)).toEqual({ score: 0, reasons: [] });
  });
});

describe('partner features', () => {
  // Every concept as specific as can be: how specificity weighs topics is tested in partner-features.spec.ts.
  const specific = () => 1;
  const gearMaker = company({
    offers: { items: [opportunity(OpportunityType.TECHNOLOGY_OFFER, [PartnershipType.LICENSING], ['Zykloidgetriebe'])], keywordConcepts: new Set() },
    requests: { items: [opportunity(OpportunityType.BUSINESS_REQUEST, [PartnershipType.COMMERCIAL], [], ['CN'])], keywordConcepts: new Set() },
  });
  const integrator = company({
    id: 'i', country: 'CN', city: 'Shenzhen', divisions: ['46'],
    offers: { items: [opportunity(OpportunityType.BUSINESS_OFFER, [PartnershipType.COMMERCIAL])], keywordConcepts: new Set() },
    requests: { items: [opportunity(OpportunityType.TECHNOLOGY_REQUEST, [PartnershipType.LICENSING], ['cycloidal gearbox'])], keywordConcepts: new Set() },
  });

  it('matches a request with an offer on type, partnership and topic across languages', () => {
    const fit = directionalFit(integrator, gearMaker, specific);
    expect(fit.parts[0].part.code).toBe(SuggestionReasonCode.OFFER_MEETS_REQUEST);
    expect(fit.score).toBeGreaterThan(0.5);
  });

  it('fuses both directions with a harmonic mean and raises a Sino-European pair by the boost', () => {
    expect(harmonicMean(0.8, 0)).toBe(0);
    expect(harmonicMean(0.6, 0.6)).toBeCloseTo(0.6);
    const plain = scorePartnerFit(gearMaker, integrator, 0, specific);
    const boosted = scorePartnerFit(gearMaker, integrator, 0.2, specific);
    expect(boosted.score).toBeCloseTo(plain.score * 1.2);
    expect(boosted.reasons.map((r) => r.code)).toContain(SuggestionReasonCode.SINO_EUROPEAN);
    expect(boosted.score).toBeCloseTo(boosted.reasons.reduce((s, r) => s + r.contribution, 0), 2);
  });
});

describe('diversify', () => {
  const item = (score: number, city: string, primaryDivision: string) => ({ score, city, country: 'CN', primaryDivision });

  it('keeps the score order without diversity, and lets a near-equal alternative from elsewhere in with it', () => {
    const ranked = [item(1, 'Suzhou', '28'), item(0.99, 'Suzhou', '28'), item(0.98, 'Suzhou', '28'), item(0.9, 'Hefei', '26')];
    expect(diversify(ranked, 3, 0).map((r) => r.city)).toEqual(['Suzhou', 'Suzhou', 'Suzhou']);
    expect(diversify(ranked, 3, 0.2).map((r) => r.city)).toEqual(['Suzhou', 'Hefei', 'Suzhou']);
  });
});
