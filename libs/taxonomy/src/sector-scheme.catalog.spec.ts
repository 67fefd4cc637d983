import { isicEntry } from './isic.catalog';
import { customersOf, gbtDivisions, SectorScheme, suppliersOf, toIsic, valueChain } from './sector-scheme.catalog';

describe('activity codes in every scheme resolve to ISIC Rev.4', () => {
  it('takes ISIC codes as they are and rejects unknown ones', () => {
    expect(toIsic(SectorScheme.ISIC4, '2822')).toEqual([{ code: '2822', confidence: 1 }]);
    expect(toIsic(SectorScheme.ISIC4, '0400')).toBeUndefined();
  });

  it('maps NACE Rev.2 divisions one to one and classes through the crosswalk', () => {
    expect(toIsic(SectorScheme.NACE2, '28')).toEqual([{ code: '28', confidence: 1 }]);
    expect(toIsic(SectorScheme.NACE2, 'C29.10')).toEqual([{ code: '2910', confidence: 1 }]);
    // NACE 28.22 (lifting and handling equipment) is ISIC 2816, not ISIC 2822.
    expect(toIsic(SectorScheme.NACE2, '28.22')).toEqual([{ code: '2816', confidence: 1 }]);
    expect(toIsic(SectorScheme.NACE2, '28.2x')).toBeUndefined();
  });

  it('reduces WZ 2008 codes to NACE by dropping the fifth digit', () => {
    expect(toIsic(SectorScheme.WZ2008, '29.10.0')).toEqual(toIsic(SectorScheme.NACE2, '29.10'));
    expect(toIsic(SectorScheme.WZ2008, '29100')).toEqual(toIsic(SectorScheme.NACE2, '29.10'));
    expect(toIsic(SectorScheme.WZ2008, 'abc')).toBeUndefined();
  });
});

describe('GB/T 4754-2017', () => {
  it('maps a division to ISIC divisions, main one first, each with a confidence', () => {
    const links = toIsic(SectorScheme.GBT4754, '36'); // 汽车制造业
    expect(links?.[0]).toEqual({ code: '29', confidence: expect.any(Number) });
    for (const l of links ?? []) {
      expect(l.confidence).toBeGreaterThan(0);
      expect(l.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('reduces a GB/T class to its division and rejects unknown codes', () => {
    expect(toIsic(SectorScheme.GBT4754, '3612')).toEqual(toIsic(SectorScheme.GBT4754, '36'));
    expect(toIsic(SectorScheme.GBT4754, '00')).toBeUndefined();
  });

  it('lists all 97 divisions with Chinese and English titles', () => {
    const divisions = gbtDivisions();
    expect(divisions).toHaveLength(97);
    expect(divisions.find((d) => d.code === '34')?.zh).toBe('通用设备制造业');
    expect(divisions.every((d) => d.zh && d.en && d.isic.length > 0)).toBe(true);
  });
});

describe('value chain', () => {
  it('knows that electrical equipment and batteries supply motor vehicles', () => {
    expect(suppliersOf('29').map((l) => l.supplier)).toContain('27');
    expect(customersOf('27').map((l) => l.customer)).toContain('29');
  });

  it('links only known ISIC divisions, never a division to itself', () => {
    for (const link of valueChain()) {
      expect(isicEntry(link.supplier)?.level).toBe('division');
      expect(isicEntry(link.customer)?.level).toBe('division');
      expect(link.supplier).not.toBe(link.customer);
      expect(link.strength).toBeGreaterThan(0);
      expect(link.strength).toBeLessThanOrEqual(1);
    }
  });
});
