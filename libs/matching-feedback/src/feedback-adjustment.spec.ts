import {
  ACCEPTED_BOOST,
  CandidateTraits,
  candidateSimilarity,
  DISMISSED_PENALTY,
  feedbackAdjustment,
  jaccard,
  MAX_FEEDBACK_FACTOR,
  MIN_FEEDBACK_FACTOR,
  NO_FEEDBACK,
  OTHER_COUNTRY_WEIGHT,
} from './feedback-adjustment';

let next = 0;
const company = (divisions: string[], country = 'CN'): CandidateTraits => ({ id: `c${(next += 1)}`, divisions, country });

// ISIC 27 electrical equipment (batteries: 2720), 26 electronics, 62 software, 28 machinery.
const batteryMaker = () => company(['27', '26']);
const softwareFirm = () => company(['62']);

describe('feedbackAdjustment', () => {
  it('after dismissing two battery makers, a third battery maker drops below 1 while a software firm stays at 1', () => {
    const dismissed = [batteryMaker(), batteryMaker()];
    const third = feedbackAdjustment(batteryMaker(), { dismissed, accepted: [] });
    expect(third.factor).toBeLessThan(1);
    expect(third.factor).toBeCloseTo(1 - DISMISSED_PENALTY, 6);
    expect(third.reason).toBe('SIMILAR_TO_DISMISSED');
    expect(dismissed.map((d) => d.id)).toContain(third.similarTo);

    const software = feedbackAdjustment(softwareFirm(), { dismissed, accepted: [] });
    expect(software).toEqual({ factor: 1 });
  });

  it('lowers a partly similar company less than an identical one, and one abroad less than one at home', () => {
    const dismissed = [company(['27', '26'], 'CN')];
    const identical = feedbackAdjustment(company(['27', '26'], 'CN'), { dismissed, accepted: [] }).factor;
    const partly = feedbackAdjustment(company(['27', '28'], 'CN'), { dismissed, accepted: [] }).factor;
    const abroad = feedbackAdjustment(company(['27', '26'], 'DE'), { dismissed, accepted: [] }).factor;
    expect(identical).toBeLessThan(partly);
    expect(partly).toBeLessThan(1);
    expect(identical).toBeLessThan(abroad);
    expect(abroad).toBeCloseTo(1 - DISMISSED_PENALTY * OTHER_COUNTRY_WEIGHT, 6);
  });

  it('raises companies like one whose interest was accepted, with a reason naming it', () => {
    const accepted = company(['28'], 'DE');
    const lookalike = feedbackAdjustment(company(['28'], 'DE'), { dismissed: [], accepted: [accepted] });
    expect(lookalike).toEqual({ factor: 1 + ACCEPTED_BOOST, reason: 'SIMILAR_TO_ACCEPTED', similarTo: accepted.id });
    expect(feedbackAdjustment(softwareFirm(), { dismissed: [], accepted: [accepted] })).toEqual({ factor: 1 });
  });

  it('names the larger effect when a company resembles both a dismissed and an accepted one', () => {
    const candidate = company(['27', '28']);
    const result = feedbackAdjustment(candidate, { dismissed: [company(['27', '28'])], accepted: [company(['27', '28'])] });
    expect(result.factor).toBeCloseTo(1 - DISMISSED_PENALTY + ACCEPTED_BOOST, 6);
    expect(result.reason).toBe('SIMILAR_TO_DISMISSED');
  });

  it('never compares a candidate with itself', () => {
    const candidate = batteryMaker();
    expect(feedbackAdjustment(candidate, { dismissed: [candidate], accepted: [candidate] })).toEqual({ factor: 1 });
  });

  it('is 1 without feedback, and stays within the clamps', () => {
    expect(feedbackAdjustment(batteryMaker(), NO_FEEDBACK)).toEqual({ factor: 1 });
    expect(MIN_FEEDBACK_FACTOR).toBeLessThanOrEqual(1 - DISMISSED_PENALTY);
    expect(MAX_FEEDBACK_FACTOR).toBeGreaterThanOrEqual(1 + ACCEPTED_BOOST);
  });

  it('jaccard and similarity', () => {
    expect(jaccard(['27', '26'], ['27', '28'])).toBeCloseTo(1 / 3, 6);
    expect(jaccard([], [])).toBe(0);
    expect(jaccard(['27', '27'], ['27'])).toBe(1);
    expect(candidateSimilarity({ id: 'a', divisions: ['27'], country: 'de' }, { id: 'b', divisions: ['27'], country: 'DE' })).toBe(1);
  });
});
