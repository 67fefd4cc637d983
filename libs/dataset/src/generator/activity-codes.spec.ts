import { SectorScheme, toIsic } from '@hc/taxonomy';
import { randomFor } from '../random/prng.util';
import { SECTOR_VOCABULARY } from '../vocabulary/sector.vocabulary';
import { drawActivityCodes, gbtDivisionFor, naceClassesWithin, wzOfNaceClass } from './activity-codes';

/** Every ISIC code the vocabulary can put on a company. */
const vocabularyCodes = [...new Set(SECTOR_VOCABULARY.flatMap((s) => [s.defaultCode, ...s.related, ...s.products.flatMap((p) => (p.isic ? [p.isic] : []))]))];

describe('activity codes: from ISIC Rev.4 to the schemes companies declare in', () => {
  it('finds the NACE Rev.2 classes of an ISIC class, group or division', () => {
    expect(naceClassesWithin('2822')).toEqual(['28.41', '28.49']);
    expect(naceClassesWithin('6201')).toEqual(['62.01']);
    expect(naceClassesWithin('243')).toEqual(['24.51', '24.52', '24.53', '24.54']);
    expect(naceClassesWithin('28').length).toBeGreaterThan(15);
  });

  it('writes WZ 2008 as the NACE class plus the subclass digit', () => {
    expect(wzOfNaceClass('28.41')).toBe('28.41.0');
    expect(wzOfNaceClass('62.01')).toBe('62.01.9');
    expect(toIsic(SectorScheme.WZ2008, wzOfNaceClass('28.41'))).toEqual([{ code: '2822', confidence: 1 }]);
  });

  it('picks the best-linked GB/T 4754 division, or the one the ISIC class points to', () => {
    expect(gbtDivisionFor('2822')).toBe('34');
    expect(gbtDivisionFor('2910')).toBe('36');
    expect(gbtDivisionFor('6201')).toBe('65');
    // Medical devices are special-purpose equipment in GB/T, not culture and sports goods.
    expect(gbtDivisionFor('3250')).toBe('35');
    expect(gbtDivisionFor('2420')).toBe('32');
  });

  it('has a NACE class and a GB/T division for every ISIC code of the vocabulary, linking back to its division', () => {
    for (const isic of vocabularyCodes) {
      expect({ isic, nace: naceClassesWithin(isic).length > 0 }).toEqual({ isic, nace: true });
      const gbt = gbtDivisionFor(isic);
      const divisions = (gbt ? (toIsic(SectorScheme.GBT4754, gbt) ?? []) : []).map((l) => l.code);
      expect({ isic, gbt, links: divisions.includes(isic.slice(0, 2)) }).toEqual({ isic, gbt, links: true });
    }
  });

  it('draws codes that resolve for every sector and origin', () => {
    for (const sector of SECTOR_VOCABULARY) {
      for (const origin of ['CN', 'DE', 'EU'] as const) {
        for (let i = 0; i < 20; i++) {
          const random = randomFor(1, 99, i);
          const products = [sector.products[i % sector.products.length]!];
          const codes = drawActivityCodes(random, origin, sector, products);
          expect(codes[0]!.primary).toBe(true);
          for (const code of codes) expect({ ...code, resolves: (toIsic(code.scheme, code.code) ?? []).length > 0 }).toMatchObject({ resolves: true });
          const primaryDivisions = (toIsic(codes[0]!.scheme, codes[0]!.code) ?? []).map((l) => l.code.slice(0, 2));
          expect(primaryDivisions).toContain(sector.division);
        }
      }
    }
  });
});
