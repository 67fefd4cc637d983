import {
  isicDivisionOf,
  isicDivisions,
  isicEntries,
  isicEntry,
  isicSectionOf,
  isicSections,
  isKnownIsicCode,
} from './isic.catalog';

describe('ISIC Rev.4 catalogue', () => {
  it('holds all 766 codes of the UN structure file', () => {
    expect(isicEntries()).toHaveLength(766);
    expect(isicEntries('group')).toHaveLength(238);
    expect(isicEntries('class')).toHaveLength(419);
  });

  it('has exactly 21 sections A–U and 88 divisions, each labelled in zh, de and en', () => {
    const sections = isicSections();
    const divisions = isicDivisions();
    expect(sections.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    expect(divisions).toHaveLength(88);
    for (const entry of [...sections, ...divisions]) {
      for (const text of [entry.label.zh, entry.label.de, entry.label.en]) {
        expect(typeof text === 'string' && text.trim().length > 0).toBe(true);
      }
    }
  });

  it('labels 28 as machinery in all three languages', () => {
    const machinery = isicEntry('28');
    expect(machinery).toMatchObject({ level: 'division', section: 'C', division: '28' });
    expect(machinery?.label.en).toBe('Manufacture of machinery and equipment n.e.c.');
    expect(machinery?.label.de).toContain('Maschinenbau');
    expect(machinery?.label.zh).toMatch(/设备|机械/);
  });

  it('knows 2822 (metal-forming machinery and machine tools) under division 28, section C', () => {
    expect(isKnownIsicCode('2822')).toBe(true);
    expect(isicEntry('2822')).toMatchObject({ level: 'class', section: 'C', division: '28', label: { zh: null, de: null } });
    expect(isicEntry('2822')?.label.en).toMatch(/metal-forming machinery and machine tools/);
    expect(isicDivisionOf('2822')).toBe('28');
    expect(isicSectionOf('2822')).toBe('C');
    expect(isicDivisionOf('282')).toBe('28');
  });

  it('puts motor vehicles (29) and their classes in section C', () => {
    expect(isicSectionOf('29')).toBe('C');
    expect(isicSectionOf('2910')).toBe('C');
    expect(isicEntry('C')?.label.de).toBe('Verarbeitendes Gewerbe');
  });

  it('knows 99 (extraterritorial organisations) but not the unused division 04', () => {
    expect(isKnownIsicCode('99')).toBe(true);
    expect(isicSectionOf('99')).toBe('U');
    expect(isKnownIsicCode('04')).toBe(false);
    expect(isKnownIsicCode('2899')).toBe(false);
  });

  it('rejects section letters and malformed codes as company codes', () => {
    for (const code of ['C', 'c', '28.22', '28 22', 'abc', '', '2', '28221', ' 28']) {
      expect(isKnownIsicCode(code)).toBe(false);
    }
    expect(isicEntry('C')?.level).toBe('section');
    expect(isicEntry('28.22')).toBeUndefined();
  });

  it('throws for unknown codes and for the division of a section', () => {
    expect(() => isicDivisionOf('04')).toThrow("Unknown ISIC Rev.4 code '04'");
    expect(() => isicSectionOf('28.22')).toThrow(Error);
    expect(() => isicDivisionOf('C')).toThrow(/has no division/);
    expect(isicSectionOf('C')).toBe('C');
  });

  it('keeps every group and class under the division its code starts with', () => {
    for (const entry of isicEntries()) {
      if (entry.level === 'section') continue;
      expect(entry.division).toBe(entry.code.slice(0, 2));
      expect(isicEntry(entry.division ?? '')?.section).toBe(entry.section);
    }
  });

  it('hands out copies of the lists, so callers cannot corrupt the cache', () => {
    isicSections().pop();
    expect(isicSections()).toHaveLength(21);
    expect(Object.isFrozen(isicEntry('28'))).toBe(true);
  });
});
