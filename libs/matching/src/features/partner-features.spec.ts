import { OpportunityType, PartnershipType } from '@hc/opportunities';
import { companyProfile, OpportunityInput } from '../test-support/match-profiles';
import { Specificity, termSpecificity } from '../topics/topic-evidence';
import { directionalFit, harmonicMean, scorePartnerFit } from './partner-features';
import { SuggestionReasonCode } from './reason-code';

// A platform of 90,000 companies where 20,000 write "machinery" as their market, and a handful anything else.
const COMPANIES = 90_000;
const counted: Specificity = (term) => termSpecificity(term === 'g:machinery' || term.startsWith('w:machin') ? 20_000 : 3, COMPANIES);

const licence = (title: string, keywords: string[]): OpportunityInput => ({ type: OpportunityType.TECHNOLOGY_OFFER, partnershipTypes: [PartnershipType.LICENSING], title, keywords });
const wantsTechnology = (title: string, keywords: string[]): OpportunityInput => ({ type: OpportunityType.TECHNOLOGY_REQUEST, partnershipTypes: [PartnershipType.LICENSING], title, keywords });
const distributes = (title: string, keywords: string[]): OpportunityInput => ({ type: OpportunityType.BUSINESS_OFFER, partnershipTypes: [PartnershipType.COMMERCIAL], title, keywords });
const wantsDistributors = (title: string, keywords: string[]): OpportunityInput => ({ type: OpportunityType.BUSINESS_REQUEST, partnershipTypes: [PartnershipType.COMMERCIAL], title, keywords });

/** Wants a cycloidal-gearbox licence; distributes industrial robots in China. */
const integrator = companyProfile({
  id: 'integrator',
  country: 'CN',
  divisions: ['46'],
  opportunities: [wantsTechnology('摆线减速机技术许可', ['摆线减速机']), distributes('工业机器人分销', ['工业机器人', 'machinery'])],
});
/** Licenses its Zykloidgetriebe and looks for distributors of its industrial robots. */
const gearMaker = companyProfile({
  id: 'gears',
  country: 'DE',
  divisions: ['28'],
  opportunities: [licence('Lizenz für Zykloidgetriebe', ['Zykloidgetriebe']), wantsDistributors('Vertriebspartner für Industrieroboter gesucht', ['Industrieroboter'])],
});
/** The same kinds of opportunity, on other topics: a licence and a distribution request for machinery. */
const typeOnly = companyProfile({
  id: 'type-only',
  country: 'DE',
  divisions: ['28'],
  member: true,
  badges: ['HIDDEN_CHAMPION'],
  opportunities: [licence('Licence for packaging machines', ['packaging machine', 'machinery']), wantsDistributors('Distributors for food processing lines', ['food processing', 'machinery'])],
});

describe('partner features', () => {
  it('a request meets an offer of the same topic in another language: 摆线减速机 and Zykloidgetriebe', () => {
    const fit = directionalFit(integrator, gearMaker, counted);
    expect(fit.parts[0]?.part.code).toBe(SuggestionReasonCode.OFFER_MEETS_REQUEST);
    expect(fit.score).toBeGreaterThan(0.3);
  });

  it('a type-only match never outranks a two-way topic match', () => {
    const topical = scorePartnerFit(integrator, gearMaker, 0.15, counted);
    const generic = scorePartnerFit(integrator, typeOnly, 0.15, counted);
    expect(directionalFit(integrator, typeOnly, counted).parts.map((p) => p.part.code)).not.toContain(SuggestionReasonCode.OFFER_MEETS_REQUEST);
    expect(topical.score).toBeGreaterThan(2 * generic.score);
  });

  it('fuses both directions with a harmonic mean and raises a Sino-European pair by the boost', () => {
    expect(harmonicMean(0.8, 0)).toBe(0);
    expect(harmonicMean(0.6, 0.6)).toBeCloseTo(0.6);
    const plain = scorePartnerFit(integrator, gearMaker, 0, counted);
    const boosted = scorePartnerFit(integrator, gearMaker, 0.2, counted);
    expect(boosted.score).toBeCloseTo(plain.score * 1.2);
    expect(boosted.reasons.map((r) => r.code)).toContain(SuggestionReasonCode.SINO_EUROPEAN);
    expect(boosted.score).toBeCloseTo(boosted.reasons.reduce((s, r) => s + r.contribution, 0), 2);
  });

  it('names both sides\' opportunities as written, quoted, and the shared topic in the reader\'s language, largest reason first', () => {
    const { reasons } = scorePartnerFit(integrator, gearMaker, 0.15, counted);
    const meets = reasons.find((r) => r.code === SuggestionReasonCode.OFFER_MEETS_REQUEST);
    expect(meets?.text.en).toBe('Its offer "Lizenz für Zykloidgetriebe" meets your request "摆线减速机技术许可": cycloidal reducer, gearbox (Licensing)');
    expect(meets?.text.zh).toContain('其供给“Lizenz für Zykloidgetriebe”满足你的需求“摆线减速机技术许可”：摆线针轮减速机、齿轮箱（技术许可）');
    const mirrored = reasons.find((r) => r.code === SuggestionReasonCode.REQUEST_MEETS_OFFER);
    expect(mirrored?.text.de).toContain('Ihr Angebot „工业机器人分销“ trifft sein Gesuch „Vertriebspartner für Industrieroboter gesucht“');
    expect(reasons.map((r) => r.contribution)).toEqual([...reasons.map((r) => r.contribution)].sort((a, b) => b - a));
  });
});
