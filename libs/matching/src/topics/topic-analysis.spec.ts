import { topicTerms, topicTermsOf } from './topic-analysis';

const concepts = (text: string) => topicTerms([text]).filter((t) => t.startsWith('g:'));

describe('topic analysis', () => {
  it('reads the same concept from Traktionsbatterie, traction battery and 动力电池', () => {
    const de = concepts('Wir fertigen Traktionsbatterien für Nutzfahrzeuge');
    const en = concepts('We make traction battery packs for trucks');
    const zh = concepts('专业生产动力电池');
    expect(de).toContain('g:traction-battery');
    expect(en).toContain('g:traction-battery');
    expect(zh).toContain('g:traction-battery');
  });

  it('a German compound names the glossary word it ends with', () => {
    expect(concepts('Batteriezellenfertigung')).toContain('g:battery-cell');
  });

  it('an English "switchgear" does not name "gear"', () => {
    expect(concepts('switchgear and controls').some((c) => c.includes('gear') && !c.includes('switch'))).toBe(false);
  });

  it('keeps content words that are no glossary term, and drops function words', () => {
    const terms = topicTerms(['The bipolar plates for the stack']);
    expect(terms).toEqual(['g:bipolar-plate', 'w:stack']);
    expect(terms).not.toContain('w:the');
    expect(topicTermsOf('专业生产双极板').map((t) => t.term).length).toBeGreaterThan(0);
  });
});
