import { OpportunityType, PartnershipType } from '@hc/opportunities';
import { conceptSet } from '../profiles/concepts';
import { CompanyMatchProfile, OpportunitySignal } from '../profiles/match-profile';
import { conceptSpecificity, directionalFit, scorePartnerFit, Specificity } from './partner-features';
import { SuggestionReasonCode } from './reason-code';

function opportunity(type: OpportunityType, partnershipTypes: PartnershipType[], keywords: string[]): OpportunitySignal {
  return { type, partnershipTypes, concepts: conceptSet(keywords), targetCountries: [], partnerSizes: [] };
}

function company(id: string, country: string, offers: OpportunitySignal[], requests: OpportunitySignal[]): CompanyMatchProfile {
  return {
    id, version: 1, country, city: 'x', latitude: 0, longitude: 0, divisions: ['28'], initiativeMember: false, badges: [], sizeBand: null,
    offers: { items: offers, keywordConcepts: new Set() },
    requests: { items: requests, keywordConcepts: new Set() },
  };
}

// A platform of 90,000 companies where 20,000 write "machinery" (as their market), and a handful anything else.
const COMPANIES = 90_000;
const general = conceptSet(['machinery']);
const counted: Specificity = (concept) => conceptSpecificity(general.has(concept) ? 20_000 : 3, COMPANIES);
const flat: Specificity = () => 1;

const licence = (keywords: string[]) => opportunity(OpportunityType.TECHNOLOGY_OFFER, [PartnershipType.LICENSING], keywords);
const distribution = (keywords: string[]) => opportunity(OpportunityType.BUSINESS_OFFER, [PartnershipType.COMMERCIAL], keywords);
const distributors = (keywords: string[]) => opportunity(OpportunityType.BUSINESS_REQUEST, [PartnershipType.COMMERCIAL], keywords);
const technology = (keywords: string[]) => opportunity(OpportunityType.TECHNOLOGY_REQUEST, [PartnershipType.LICENSING], keywords);

/** Wants robot technology and distributes machinery in China. */
const integrator = company('integrator', 'CN', [distribution(['industrial robot', 'machinery'])], [technology(['industrial robot', 'machinery'])]);
/** Licenses its robots and looks for distributors. */
const robotMaker = company('robots', 'DE', [licence(['Industrieroboter', 'machinery'])], [distributors(['Industrieroboter', 'machinery'])]);
/** The same kinds of opportunity, but all it shares with the integrator is the market everyone names. */
const machineBuilder = company('machines', 'DE', [licence(['machinery'])], [distributors(['machinery'])]);

describe('concept specificity', () => {
  it('is high for a concept few companies name and low for one a fifth of them name', () => {
    expect(conceptSpecificity(3, 65_000)).toBeGreaterThan(0.85);
    expect(conceptSpecificity(300, 65_000)).toBeCloseTo(0.5, 1);
    expect(conceptSpecificity(13_000, 65_000)).toBeLessThan(0.2);
    expect(conceptSpecificity(30, 65_000)).toBeGreaterThan(conceptSpecificity(300, 65_000));
  });

  it('stays within 0..1, and on a small platform counts no concept as general', () => {
    expect(conceptSpecificity(0, 0)).toBe(1);
    expect(conceptSpecificity(200, 150)).toBeGreaterThanOrEqual(0);
    expect(conceptSpecificity(5, 20)).toBeGreaterThan(0.7);
  });
});

describe('partner topics weighed by specificity', () => {
  it('lets a shared specific topic count more than a market thousands of companies name', () => {
    expect(directionalFit(integrator, robotMaker, flat).score).toBeCloseTo(directionalFit(integrator, machineBuilder, flat).score);
    const specificFit = directionalFit(integrator, robotMaker, counted).score;
    const generalFit = directionalFit(integrator, machineBuilder, counted).score;
    expect(specificFit).toBeCloseTo(directionalFit(integrator, robotMaker, flat).score, 1);
    expect(specificFit - generalFit).toBeGreaterThan(0.15);
  });

  it('ranks the pair with the specific topic above the general one, the same from both sides, and names the specific topics', () => {
    const pair = scorePartnerFit(integrator, robotMaker, 0.15, counted);
    const other = scorePartnerFit(integrator, machineBuilder, 0.15, counted);
    expect(pair.score).toBeGreaterThan(other.score);
    expect(scorePartnerFit(robotMaker, integrator, 0.15, counted).score).toBeCloseTo(pair.score);
    const meets = pair.reasons.find((r) => r.code === SuggestionReasonCode.OFFER_MEETS_REQUEST);
    // The reason names the two most specific shared topics, not the market everyone names.
    expect(meets?.text.en).toBe('Its offer meets a request: robotics, industrial robot (Licensing)');
  });

  it('keeps the reasons adding up to the score', () => {
    for (const them of [robotMaker, machineBuilder]) {
      const fit = scorePartnerFit(integrator, them, 0.15, counted);
      expect(fit.reasons.reduce((s, r) => s + r.contribution, 0)).toBeCloseTo(fit.score, 2);
    }
  });
});
