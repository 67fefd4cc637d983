import { buildSynonymIndex, parseQuery } from './query-parser';

describe('query parser', () => {
  const synonyms = buildSynonymIndex([['electric vehicle', 'Elektrofahrzeug', '电动汽车']]);

  it('makes every word a clause, the last one a prefix', () => {
    const q = parseQuery('Hydraulik Pumpen');
    expect(q.clauses).toHaveLength(2);
    expect(q.clauses[0].prefix).toBe(false);
    expect(q.clauses[1].prefix).toBe(true);
  });

  it('reads phrases and exclusions', () => {
    const q = parseQuery('"hydraulic pumps" -vacuum');
    expect(q.phrases).toEqual([['hydraulic', 'pump']]);
    expect(q.excluded).toEqual([['vacuum']]);
    expect(q.clauses).toHaveLength(2);
  });

  it('expands a glossary term into its equivalents in the other languages', () => {
    const q = parseQuery('electric vehicle', synonyms);
    expect(q.clauses).toHaveLength(1);
    const alternatives = q.clauses[0].alternatives.map((a) => a.join(' '));
    expect(alternatives).toEqual(expect.arrayContaining(['electric vehicl', '电动汽车']));
    expect(alternatives.some((a) => a.startsWith('elektrofahrzeug'))).toBe(true);
    expect(q.clauses[0].fuzzy).toBe(false);
  });

  it('ignores stop words unless nothing else is left', () => {
    expect(parseQuery('pumps for ships').clauses).toHaveLength(2);
    expect(parseQuery('for').clauses).toHaveLength(1);
  });

  it('lets a compound match through its parts, for a little less', () => {
    const [clause] = parseQuery('Werkzeugmaschinen').clauses;
    expect(clause.alternatives.length).toBeGreaterThan(1);
    expect(clause.factors[0]).toBe(1);
    expect(Math.max(...clause.factors.slice(1))).toBeLessThan(1);
  });
});
