import { FilterNode } from '../port/search-request';
import {
  buildMeiliFilter,
  compileMeiliFilter,
  formatMeiliNumber,
  MAX_FILTER_DEPTH,
  quoteMeiliString,
  UnsatisfiableFilterError,
} from './meili-filter.builder';

/** Bypasses the type system the way untyped input (JSON, GraphQL scalars) could. */
function untyped(node: unknown): FilterNode {
  return node as FilterNode;
}

/**
 * Reverses quoteMeiliString the way Meilisearch's filter parser does: it finds the closing quote
 * (skipping escaped characters), replaces `\"` by `"`, then unescapes `\\`. Used to prove that
 * every value round-trips and the literal ends exactly where we think it does.
 */
function parseQuoted(literal: string): { value: string; rest: string } {
  if (literal[0] !== '"') throw new Error('not quoted');
  let i = 1;
  let raw = '';
  while (i < literal.length) {
    const c = literal[i];
    if (c === '"') return { value: raw.replace(/\\"/g, '"').replace(/\\\\/g, '\\'), rest: literal.slice(i + 1) };
    if (c === '\\') {
      raw += c + literal[i + 1];
      i += 2;
      continue;
    }
    raw += c;
    i += 1;
  }
  throw new Error('unterminated');
}

describe('buildMeiliFilter', () => {
  describe('in', () => {
    it('uses = for a single value and IN for several', () => {
      expect(buildMeiliFilter({ kind: 'in', field: 'country', values: ['DE'] })).toBe('country = "DE"');
      expect(buildMeiliFilter({ kind: 'in', field: 'badges', values: ['hidden_champion', 'export_ready'] })).toBe(
        'badges IN ["hidden_champion", "export_ready"]',
      );
    });

    it('writes booleans unquoted and drops duplicate values', () => {
      expect(buildMeiliFilter({ kind: 'in', field: 'initiative_member', values: [true] })).toBe('initiative_member = true');
      expect(buildMeiliFilter({ kind: 'in', field: 'initiative_member', values: [false, false] })).toBe('initiative_member = false');
      expect(buildMeiliFilter({ kind: 'in', field: 'city', values: ['Ulm', 'Ulm', 'Bonn'] })).toBe('city IN ["Ulm", "Bonn"]');
    });

    it.each([
      ['a double quote', 'Say "hi"'],
      ['a backslash', 'C:\\temp\\'],
      ['a backslash before a quote', 'ab\\"cd'],
      ['a trailing backslash', 'end\\'],
      ['SQL-style injection', "x' OR 1=1 --"],
      ['an attempt to close the literal and add a clause', '") OR (country = "CN'],
      ['a newline', 'line one\nline two\r\n'],
      ['CJK text', '新能源汽车'],
      ['an escape sequence lookalike', '\\u{41}\\n'],
      ['an empty string', ''],
    ])('quotes and escapes a value with %s so it round-trips as one literal', (_, value) => {
      const expression = buildMeiliFilter({ kind: 'in', field: 'city', values: [value] });
      expect(expression.startsWith('city = "')).toBe(true);
      const { value: parsed, rest } = parseQuoted(expression.slice('city = '.length));
      expect(parsed).toBe(value);
      expect(rest).toBe('');
    });

    it('keeps an injection attempt inside its literal', () => {
      expect(buildMeiliFilter({ kind: 'in', field: 'city', values: ['") OR (country = "CN'] })).toBe('city = "\\") OR (country = \\"CN"');
      expect(buildMeiliFilter({ kind: 'in', field: 'region', values: ['x" OR 1=1 OR region = "y'] })).toBe(
        'region = "x\\" OR 1=1 OR region = \\"y"',
      );
    });

    it('rejects values that are neither strings nor booleans', () => {
      expect(() => buildMeiliFilter(untyped({ kind: 'in', field: 'city', values: [42] }))).toThrow(/string or boolean/);
      expect(() => buildMeiliFilter(untyped({ kind: 'in', field: 'city', values: [null] }))).toThrow(/string or boolean/);
      expect(() => buildMeiliFilter(untyped({ kind: 'in', field: 'city', values: [{ toString: () => 'x' }] }))).toThrow(/string or boolean/);
      expect(() => buildMeiliFilter(untyped({ kind: 'in', field: 'city', values: 'Ulm' }))).toThrow(/array of values/);
    });

    it('treats an empty value list as matching nothing', () => {
      expect(compileMeiliFilter({ kind: 'in', field: 'badges', values: [] })).toEqual({ kind: 'matchNone' });
      expect(() => buildMeiliFilter({ kind: 'in', field: 'badges', values: [] })).toThrow(UnsatisfiableFilterError);
    });
  });

  describe('field whitelist', () => {
    it.each([
      ['a searchable text field', { kind: 'in', field: 'name_de', values: ['x'] }],
      ['the primary key', { kind: 'in', field: 'id', values: ['x'] }],
      ['an injection in the field name', { kind: 'in', field: 'country = "DE" OR country', values: ['x'] }],
      ['a numeric field used as a term', { kind: 'in', field: 'employees', values: ['10'] }],
      ['a term field used as a range', { kind: 'range', field: 'country', gte: 1 }],
      ['an unknown range field', { kind: 'range', field: 'revenue', gte: 1 }],
      ['a non-string field', { kind: 'in', field: 7, values: ['x'] }],
    ])('rejects %s', (_, node) => {
      expect(() => buildMeiliFilter(untyped(node))).toThrow(/cannot be filtered|has no range filter/);
    });

    it('rejects an unknown node kind and malformed nodes', () => {
      expect(() => buildMeiliFilter(untyped({ kind: 'raw', expression: 'country = "DE"' }))).toThrow(/Unknown filter node kind "raw"/);
      expect(() => buildMeiliFilter(untyped(null))).toThrow(/must be an object/);
      expect(() => buildMeiliFilter(untyped({ kind: 'and', nodes: 'x' }))).toThrow(/array of nodes/);
    });

    it('rejects an invalid node even when a sibling already decides the result', () => {
      const node = untyped({
        kind: 'and',
        nodes: [
          { kind: 'in', field: 'badges', values: [] },
          { kind: 'in', field: 'secret', values: ['x'] },
        ],
      });
      expect(() => compileMeiliFilter(node)).toThrow(/"secret" cannot be filtered/);
    });
  });

  describe('range', () => {
    it('parenthesises a closed range and supports open ends', () => {
      expect(buildMeiliFilter({ kind: 'range', field: 'employees', gte: 50, lte: 500 })).toBe('(employees >= 50 AND employees <= 500)');
      expect(buildMeiliFilter({ kind: 'range', field: 'founded_year', gte: 1990 })).toBe('founded_year >= 1990');
      expect(buildMeiliFilter({ kind: 'range', field: 'founded_year', lte: 1990.5 })).toBe('founded_year <= 1990.5');
    });

    it('matches documents with any value when both ends are open', () => {
      expect(buildMeiliFilter({ kind: 'range', field: 'employees' })).toBe('employees IS NOT NULL');
    });

    it('treats gte > lte as matching nothing', () => {
      expect(compileMeiliFilter({ kind: 'range', field: 'employees', gte: 10, lte: 5 })).toEqual({ kind: 'matchNone' });
    });

    it.each([NaN, Infinity, -Infinity, '10', null])('rejects the bound %p', (bound) => {
      expect(() => buildMeiliFilter(untyped({ kind: 'range', field: 'employees', gte: bound }))).toThrow(/finite number/);
      expect(() => buildMeiliFilter(untyped({ kind: 'range', field: 'employees', lte: bound }))).toThrow(/finite number/);
    });

    it('writes numbers in plain decimal notation', () => {
      expect(buildMeiliFilter({ kind: 'range', field: 'employees', gte: 1e21 })).toBe('employees >= 1000000000000000000000');
      expect(buildMeiliFilter({ kind: 'range', field: 'employees', gte: -1e-7 })).toBe('employees >= -0.0000001');
    });
  });

  describe('geoRadius', () => {
    it('converts kilometres to metres', () => {
      expect(buildMeiliFilter({ kind: 'geoRadius', lat: 48.7758, lng: 9.1829, radiusKm: 50 })).toBe('_geoRadius(48.7758, 9.1829, 50000)');
      expect(buildMeiliFilter({ kind: 'geoRadius', lat: -33.9, lng: 151.2, radiusKm: 0.25 })).toBe('_geoRadius(-33.9, 151.2, 250)');
    });

    it.each([
      { lat: NaN, lng: 9, radiusKm: 1 },
      { lat: 48, lng: Infinity, radiusKm: 1 },
      { lat: 48, lng: 9, radiusKm: -Infinity },
      { lat: 91, lng: 9, radiusKm: 1 },
      { lat: 48, lng: -181, radiusKm: 1 },
      { lat: 48, lng: 9, radiusKm: -1 },
      { lat: '48) OR (1', lng: 9, radiusKm: 1 },
    ])('rejects %p', (geo) => {
      expect(() => buildMeiliFilter(untyped({ kind: 'geoRadius', ...geo }))).toThrow(/geoRadius/);
    });
  });

  describe('and / or / not', () => {
    const de: FilterNode = { kind: 'in', field: 'country', values: ['DE'] };
    const cn: FilterNode = { kind: 'in', field: 'country', values: ['CN'] };
    const champion: FilterNode = { kind: 'in', field: 'badges', values: ['hidden_champion'] };
    const small: FilterNode = { kind: 'range', field: 'employees', lte: 100 };

    it('parenthesises every group so precedence never depends on the engine', () => {
      expect(buildMeiliFilter({ kind: 'and', nodes: [de, champion] })).toBe('(country = "DE" AND badges = "hidden_champion")');
      expect(buildMeiliFilter({ kind: 'or', nodes: [de, cn] })).toBe('(country = "DE" OR country = "CN")');
      expect(buildMeiliFilter({ kind: 'not', node: small })).toBe('NOT (employees <= 100)');
    });

    it('nests groups', () => {
      const node: FilterNode = {
        kind: 'and',
        nodes: [
          { kind: 'or', nodes: [de, cn] },
          { kind: 'not', node: { kind: 'and', nodes: [champion, small] } },
        ],
      };
      expect(buildMeiliFilter(node)).toBe(
        '((country = "DE" OR country = "CN") AND NOT ((badges = "hidden_champion" AND employees <= 100)))',
      );
    });

    it('unwraps single-child groups', () => {
      expect(buildMeiliFilter({ kind: 'and', nodes: [{ kind: 'or', nodes: [de] }] })).toBe('country = "DE"');
    });

    it('folds constants: an AND with an impossible node matches nothing', () => {
      const empty: FilterNode = { kind: 'in', field: 'badges', values: [] };
      expect(compileMeiliFilter({ kind: 'and', nodes: [de, empty] })).toEqual({ kind: 'matchNone' });
      expect(compileMeiliFilter({ kind: 'or', nodes: [empty, de] })).toEqual({ kind: 'expression', expression: 'country = "DE"' });
      expect(compileMeiliFilter({ kind: 'or', nodes: [empty, empty] })).toEqual({ kind: 'matchNone' });
      expect(compileMeiliFilter({ kind: 'not', node: empty })).toEqual({ kind: 'matchAll' });
      expect(compileMeiliFilter({ kind: 'and', nodes: [de, { kind: 'not', node: empty }] })).toEqual({
        kind: 'expression',
        expression: 'country = "DE"',
      });
      expect(compileMeiliFilter({ kind: 'or', nodes: [de, { kind: 'not', node: empty }] })).toEqual({ kind: 'matchAll' });
    });

    it('treats empty groups as the neutral element', () => {
      expect(compileMeiliFilter({ kind: 'and', nodes: [] })).toEqual({ kind: 'matchAll' });
      expect(buildMeiliFilter({ kind: 'and', nodes: [] })).toBe('');
      expect(compileMeiliFilter({ kind: 'or', nodes: [] })).toEqual({ kind: 'matchNone' });
    });

    it('rejects trees nested beyond the depth limit', () => {
      let node: FilterNode = de;
      for (let i = 0; i <= MAX_FILTER_DEPTH; i += 1) node = { kind: 'not', node };
      expect(() => buildMeiliFilter(node)).toThrow(/nested deeper/);
    });
  });
});

describe('quoteMeiliString / formatMeiliNumber', () => {
  it('escapes backslashes before quotes', () => {
    expect(quoteMeiliString('a\\"b')).toBe('"a\\\\\\"b"');
  });

  it('accepts only finite numbers', () => {
    expect(formatMeiliNumber(-0.5, 'x')).toBe('-0.5');
    expect(() => formatMeiliNumber(NaN, 'x')).toThrow('x must be a finite number, got NaN');
    expect(() => formatMeiliNumber(Infinity, 'x')).toThrow('got Infinity');
  });
});

describe('buildMeiliFilter: bounding box', () => {
  it('writes the top-right corner first, then the bottom-left one', () => {
    expect(buildMeiliFilter({ kind: 'geoBox', north: 49.8, south: 47.5, east: 10.5, west: 8 })).toBe('_geoBoundingBox([49.8, 10.5], [47.5, 8])');
  });

  it('rejects coordinates outside the globe', () => {
    expect(() => buildMeiliFilter({ kind: 'geoBox', north: 91, south: 47.5, east: 10.5, west: 8 })).toThrow(/north/);
    expect(() => buildMeiliFilter({ kind: 'geoBox', north: 49, south: 47.5, east: 181, west: 8 })).toThrow(/east/);
  });
});
