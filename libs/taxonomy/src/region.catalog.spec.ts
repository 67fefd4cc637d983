import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isKnownRegion, regionByCode, regionByGbCode, regions } from './region.catalog';

/** GB/T 2260 province codes and names, copied unchanged from the shared reference data. */
function gbt2260Provinces(): { code: string; name: string }[] {
  const lines = readFileSync(join(__dirname, 'test-support/gbt2260-provinces.csv'), 'utf8').trim().split(/\r?\n/);
  return lines.slice(1).map((line) => {
    const [code, name] = line.split(',');
    return { code: code ?? '', name: (name ?? '').replace(/"/g, '') };
  });
}

describe('regions', () => {
  it('has the 16 German states and the 31 mainland Chinese provincial divisions', () => {
    expect(regions('DE')).toHaveLength(16);
    expect(regions('CN')).toHaveLength(31);
    expect(regions()).toHaveLength(47);
    for (const r of regions()) {
      expect(r.code.startsWith(`${r.country}-`)).toBe(true);
      expect([r.label.zh, r.label.de, r.label.en].every((t) => typeof t === 'string' && t.length > 0)).toBe(true);
    }
  });

  it('finds Jiangsu as CN-JS with GB/T 2260 code 32', () => {
    const jiangsu = regionByCode('CN-JS');
    expect(jiangsu).toMatchObject({ country: 'CN', gbCode: '32', label: { zh: '江苏省', en: 'Jiangsu' } });
    expect(regionByGbCode('32')).toBe(jiangsu);
  });

  it('tells apart the easily confused provinces', () => {
    expect(regionByCode('CN-SN')?.label.en).toBe('Shaanxi');
    expect(regionByCode('CN-SX')?.label.en).toBe('Shanxi');
    expect(regionByCode('CN-HA')?.label.zh).toBe('河南省');
    expect(regionByCode('CN-HE')?.label.zh).toBe('河北省');
    expect(regionByCode('CN-HB')?.label.zh).toBe('湖北省');
    expect(regionByCode('CN-HN')?.label.zh).toBe('湖南省');
  });

  it('maps every province of GB/T 2260 to a region with the same Chinese name', () => {
    const provinces = gbt2260Provinces();
    expect(provinces).toHaveLength(31);
    for (const { code, name } of provinces) {
      const region = regionByGbCode(code);
      expect(region?.country).toBe('CN');
      expect(region?.label.zh).toBe(name);
    }
  });

  it('gives German states no GB code and German names', () => {
    expect(regionByCode('DE-BY')).toMatchObject({ country: 'DE', gbCode: null, label: { de: 'Bayern', en: 'Bavaria' } });
    expect(regionByCode('DE-NW')?.label.de).toBe('Nordrhein-Westfalen');
  });

  it('rejects unknown codes', () => {
    for (const code of ['DE-XX', 'CN-TW', 'CN-HK', 'de-by', 'BY', '']) expect(isKnownRegion(code)).toBe(false);
    expect(regionByGbCode('71')).toBeUndefined();
    expect(regionByGbCode('320000')).toBeUndefined();
  });
});
