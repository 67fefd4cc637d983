import { countries, countryByCode, isKnownCountry } from './country.catalog';

describe('countries', () => {
  it('lists China, the 27 EU members and CH, GB, NO, IS, LI', () => {
    const list = countries();
    expect(list).toHaveLength(33);
    expect(list.filter((c) => c.euMember)).toHaveLength(27);
    expect(list.filter((c) => !c.euMember).map((c) => c.code).sort()).toEqual(['CH', 'CN', 'GB', 'IS', 'LI', 'NO']);
    expect(new Set(list.map((c) => c.code)).size).toBe(33);
  });

  it('names every country in zh, de and en', () => {
    for (const c of countries()) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect([c.label.zh, c.label.de, c.label.en].every((t) => typeof t === 'string' && t.length > 0)).toBe(true);
    }
    expect(countryByCode('DE')?.label).toEqual({ zh: '德国', de: 'Deutschland', en: 'Germany' });
    expect(countryByCode('CN')?.label.zh).toBe('中国');
  });

  it('uses ISO codes, so Greece is GR (not the EU abbreviation EL)', () => {
    expect(isKnownCountry('GR')).toBe(true);
    expect(isKnownCountry('EL')).toBe(false);
  });

  it('rejects unsupported, lower-case and malformed codes', () => {
    for (const code of ['US', 'de', 'DEU', '', 'D']) expect(isKnownCountry(code)).toBe(false);
  });
});
