import { Language } from '@hc/core';
import * as OpenCC from 'opencc-js';
import { regions as isoRegions } from './region.catalog';
import { namedRegion, namedRegions, regionContains, regionLabel, regionsNamedIn, subdivisionOf, type RegionEntry, type RegionPlace } from './regions.catalog';

type RegionsModule = typeof import('./regions.catalog');

function region(code: string): RegionEntry {
  const found = namedRegion(code);
  if (!found) throw new Error(`no region ${code}`);
  return found;
}

const codesIn = (text: string) => regionsNamedIn(text).map((r) => r.code);

const place = (country: string, regionCode: string | null, latitude: number, longitude: number): RegionPlace => ({ country, region: regionCode, latitude, longitude });

// Real places (city centres).
const BEIJING = place('CN', 'CN-BJ', 39.9042, 116.4074);
const SUZHOU = place('CN', 'CN-JS', 31.2989, 120.5853);
const SHENZHEN = place('CN', 'CN-GD', 22.5431, 114.0579);
const SHANTOU = place('CN', 'CN-GD', 23.3541, 116.6819);
const HONG_KONG = place('HK', null, 22.3193, 114.1694);
const FRANKFURT = place('DE', 'DE-HE', 50.1109, 8.6821);
const MAINZ = place('DE', 'DE-RP', 49.9929, 8.2473);
const KASSEL = place('DE', 'DE-HE', 51.3127, 9.4797);
const MUNICH = place('DE', 'DE-BY', 48.1374, 11.5755);

/** Loads a fresh copy of the catalogue that reads `data` instead of data/named-regions.json. */
function catalogueWith(data: unknown): RegionsModule {
  let loaded: RegionsModule | undefined;
  jest.isolateModules(() => {
    jest.doMock('./taxonomy-data.loader', () => {
      const actual = jest.requireActual<typeof import('./taxonomy-data.loader')>('./taxonomy-data.loader');
      return {
        ...actual,
        readTaxonomyDataFile: (file: string) => (file === 'named-regions.json' ? data : file === 'region-anchors.json' ? { anchors: {} } : actual.readTaxonomyDataFile(file)),
      };
    });
    loaded = jest.requireActual<RegionsModule>('./regions.catalog');
  });
  jest.dontMock('./taxonomy-data.loader');
  if (!loaded) throw new Error('catalogue did not load');
  return loaded;
}

function subdivisionRow(code: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { code, kind: 'subdivision', country: code.slice(0, 2), latitude: 31.2, longitude: 121.5, zh: ['上海市'], de: ['Shanghai'], en: ['Shanghai'], ...extra };
}

describe('named regions', () => {
  it('has every ISO 3166-2 first-level subdivision of China (34) and Germany (16)', () => {
    const subdivisions = (country: string) => namedRegions().filter((r) => r.kind === 'subdivision' && r.country === country);
    expect(subdivisions('CN')).toHaveLength(34);
    expect(subdivisions('DE')).toHaveLength(16);
    expect(subdivisions('CN').map((r) => r.code)).toEqual(expect.arrayContaining(['CN-BJ', 'CN-TJ', 'CN-HE', 'CN-SH', 'CN-JS', 'CN-ZJ', 'CN-AH', 'CN-GD', 'CN-HK', 'CN-MO', 'CN-TW']));
    expect(subdivisions('AT')).toHaveLength(9);
    expect(subdivisions('FR')).toHaveLength(13);
    expect(subdivisions('IT')).toHaveLength(20);
  });

  it('agrees with the region catalogue: every code there is here, with its zh, de and en labels among the names', () => {
    for (const iso of isoRegions()) {
      const entry = region(iso.code);
      expect(entry).toMatchObject({ kind: 'subdivision', country: iso.country });
      expect(entry.names.zh).toContain(iso.label.zh);
      expect(entry.names.de).toContain(iso.label.de);
      expect([...entry.names.en, ...entry.names.de]).toContain(iso.label.en);
    }
  });

  it('finds each region by each of its names, and by nothing else', () => {
    const problems: string[] = [];
    for (const entry of namedRegions()) {
      for (const name of [...entry.names.zh, ...entry.names.de, ...entry.names.en]) {
        const found = codesIn(name);
        if (found.length !== 1 || found[0] !== entry.code) problems.push(`${name}: ${found.join(', ') || 'nothing'} instead of ${entry.code}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('finds the Chinese names written in traditional characters (Taiwan and Hong Kong standards)', () => {
    const converters = [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];
    const problems: string[] = [];
    for (const entry of namedRegions()) {
      for (const name of entry.names.zh) {
        for (const toTraditional of converters) {
          const traditional = toTraditional(name);
          if (codesIn(traditional)[0] !== entry.code) problems.push(`${traditional} (${name})`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(codesIn('臺灣')).toEqual(['CN-TW']);
  });

  it('gives every cluster a radius and a centre inside one of its subdivisions', () => {
    for (const cluster of namedRegions().filter((r) => r.kind === 'cluster')) {
      expect(cluster.radiusKm).toBeGreaterThan(0);
      expect(cluster.subdivisions).toContain(subdivisionOf(cluster.country, cluster.latitude, cluster.longitude));
      expect(cluster.partial).toBe(cluster.partialSubdivisions.length > 0);
      expect(regionContains(cluster, place(cluster.country, null, cluster.latitude, cluster.longitude))).toBe(true);
    }
  });
});

describe('regionsNamedIn', () => {
  it('a request for a site in 京津冀 counts as naming Beijing', () => {
    for (const text of ['Standort im Raum 京津冀 gesucht', '京津冀地区寻找厂房', 'site in the Beijing-Tianjin-Hebei region', 'Jing-Jin-Ji']) {
      expect(codesIn(text)).toEqual(['CN-JINGJINJI']);
    }
    const jingJinJi = region('CN-JINGJINJI');
    expect(jingJinJi.subdivisions).toEqual(expect.arrayContaining(['CN-BJ', 'CN-TJ', 'CN-HE']));
    expect(regionContains(jingJinJi, BEIJING)).toBe(true);
    expect(regionContains(jingJinJi, { ...BEIJING, region: null })).toBe(true);
    expect(regionContains(jingJinJi, SUZHOU)).toBe(false);
  });

  it('the Yangtze River Delta contains a park in Suzhou (CN-JS)', () => {
    for (const text of ['site in the Yangtze River Delta', '长三角地区建厂', '长江三角洲', 'Standort im Jangtse-Delta', 'YRD']) {
      expect(codesIn(text)).toEqual(['CN-YANGTZE-DELTA']);
    }
    const delta = region('CN-YANGTZE-DELTA');
    expect(regionContains(delta, SUZHOU)).toBe(true);
    expect(regionContains(delta, { ...SUZHOU, region: null })).toBe(true);
    expect(regionContains(delta, BEIJING)).toBe(false);
    expect(regionLabel(delta, 'zh')).toBe('长三角');
    expect(regionLabel(delta, 'en')).toBe('Yangtze River Delta');
  });

  it('Rhein-Main-Gebiet is found inside a German sentence and contains Frankfurt', () => {
    expect(codesIn('Ansiedlung im Rhein-Main-Gebiet')).toEqual(['DE-RHEIN-MAIN']);
    expect(codesIn('Wir suchen Flächen in der Rhein Main Region oder in FrankfurtRheinMain.')).toEqual(['DE-RHEIN-MAIN']);
    expect(codesIn('Logistikfläche am Rand des Rhein-Main-Gebiets')).toEqual(['DE-RHEIN-MAIN']);
    const rheinMain = region('DE-RHEIN-MAIN');
    expect(regionContains(rheinMain, FRANKFURT)).toBe(true);
    expect(regionContains(rheinMain, MAINZ)).toBe(true);
    // Hessen is only partly Rhein-Main: Kassel is 150 km north.
    expect(regionContains(rheinMain, KASSEL)).toBe(false);
    expect(regionContains(rheinMain, { ...FRANKFURT, region: null })).toBe(true);
  });

  it('a Beijing park is not in the Pearl River Delta', () => {
    expect(codesIn('Pearl River Delta / 珠三角 / 粤港澳大湾区')).toEqual(['CN-PEARL-RIVER-DELTA', 'CN-GREATER-BAY-AREA']);
    const pearl = region('CN-PEARL-RIVER-DELTA');
    const bay = region('CN-GREATER-BAY-AREA');
    expect(regionContains(pearl, BEIJING)).toBe(false);
    expect(regionContains(bay, BEIJING)).toBe(false);
    expect(regionContains(pearl, SHENZHEN)).toBe(true);
    // Guangdong is only partly in the delta.
    expect(regionContains(pearl, SHANTOU)).toBe(false);
    // Hong Kong is in the Greater Bay Area but not in the (Guangdong) Pearl River Delta, whatever the radius says.
    expect(regionContains(bay, HONG_KONG)).toBe(true);
    expect(regionContains(bay, { ...HONG_KONG, country: 'CN', region: 'CN-HK' })).toBe(true);
    expect(regionContains(pearl, HONG_KONG)).toBe(false);
  });

  it('Bavaria, Bayern and 巴伐利亚 name the same region', () => {
    for (const text of ['Bavaria', 'Bayern', '巴伐利亚', '巴伐利亚州', 'Standort in Bayern', 'Freistaat Bayern', 'im Süden Bayerns', "Bavaria's automotive cluster", 'ＢＡＹＥＲＮ']) {
      expect(codesIn(text)).toEqual(['DE-BY']);
    }
    const bavaria = region('DE-BY');
    expect([regionLabel(bavaria, 'zh'), regionLabel(bavaria, 'de'), regionLabel(bavaria, 'en')]).toEqual(['巴伐利亚州', 'Bayern', 'Bavaria']);
    expect(regionLabel(bavaria, Language.DE)).toBe('Bayern');
    expect(regionContains(bavaria, MUNICH)).toBe(true);
    expect(regionContains(bavaria, FRANKFURT)).toBe(false);
  });

  it("'Hessen' is found but an unrelated word containing a region name is not", () => {
    expect(codesIn('Standort in Hessen gesucht')).toEqual(['DE-HE']);
    expect(codesIn('Produktion in Hessen-Nord')).toEqual(['DE-HE']);
    for (const text of ['Hessenwald', 'Weingut in Rheinhessen', 'Berliner Straße 12, 80331 München', 'Frankfurt-Sachsenhausen', 'Hamburger Hafenlogistik', 'Sachsenring', 'the company marches on']) {
      expect(codesIn(text)).toEqual([]);
    }
    expect(codesIn('Niedersachsen')).toEqual(['DE-NI']);
    // 浙江西部 is western Zhejiang; 江西 (Jiangxi) inside it is not a mention.
    expect(codesIn('浙江西部的工业园区')).toEqual(['CN-ZJ']);
  });

  it('reports the longest name, not the provinces and Länder inside it', () => {
    expect(codesIn('Hauptstadtregion Berlin-Brandenburg')).toEqual(['DE-BERLIN-BRANDENBURG']);
    expect(codesIn('Berlin-Brandenburg')).toEqual(['DE-BERLIN-BRANDENBURG']);
    expect(codesIn('Berlin, Brandenburg und Sachsen')).toEqual(['DE-BE', 'DE-BB', 'DE-SN']);
    expect(codesIn('Sachsen-Anhalt')).toEqual(['DE-ST']);
    expect(codesIn('Lower Saxony or Saxony')).toEqual(['DE-NI', 'DE-SN']);
    expect(codesIn('Metropolregion Hamburg')).toEqual(['DE-HAMBURG-METRO']);
    expect(codesIn('Metropolregion Stuttgart')).toEqual(['DE-STUTTGART']);
    expect(codesIn('Chengdu-Chongqing Economic Circle')).toEqual(['CN-CHENGDU-CHONGQING']);
    expect(codesIn('Guangdong-Hong Kong-Macao Greater Bay Area')).toEqual(['CN-GREATER-BAY-AREA']);
    expect(codesIn('山东半岛')).toEqual(['CN-JIAODONG']);
    expect(codesIn('South Tyrol')).toEqual(['IT-32']);
  });

  it('reads mixed scripts, full-width letters, dashes and spellings without umlauts', () => {
    expect(codesIn('我们计划在NRW设厂，或者在广东省')).toEqual(['DE-NW', 'CN-GD']);
    expect(codesIn('Expansion nach ＮＲＷ')).toEqual(['DE-NW']);
    expect(codesIn('Beijing–Tianjin–Hebei')).toEqual(['CN-JINGJINJI']);
    expect(codesIn('Thueringen und Baden-Wuerttemberg')).toEqual(['DE-TH', 'DE-BW']);
    expect(codesIn('Baden-Wurttemberg')).toEqual(['DE-BW']);
    expect(codesIn('Ile de France')).toEqual(['FR-IDF']);
    expect(codesIn('GROSSRAUM MÜNCHEN')).toEqual(['DE-MUENCHEN']);
    expect(codesIn('巴登符腾堡州或巴登·符腾堡')).toEqual(['DE-BW']);
    expect(codesIn('长三角 Yangtze River Delta Jiangsu 江苏')).toEqual(['CN-YANGTZE-DELTA', 'CN-JS']);
  });

  it('does not take Kanton (Guangzhou, or a Swiss canton) for Guangdong', () => {
    expect(codesIn('Kanton')).toEqual([]);
    expect(codesIn('Canton Fair')).toEqual([]);
    expect(codesIn('Guangdong')).toEqual(['CN-GD']);
  });

  it('names nothing in an empty or unrelated text', () => {
    expect(codesIn('')).toEqual([]);
    expect(codesIn('Lieferant für Werkzeugmaschinen gesucht')).toEqual([]);
    expect(codesIn('寻找东北亚市场的合作伙伴')).toEqual([]);
  });
});

describe('subdivisionOf', () => {
  it('places coordinates in the subdivision with the nearest seat or anchor', () => {
    expect(subdivisionOf('CN', 31.2989, 120.5853)).toBe('CN-JS'); // Suzhou, 85 km from Shanghai
    expect(subdivisionOf('CN', 31.2304, 121.4737)).toBe('CN-SH');
    expect(subdivisionOf('CN', 39.5208, 116.7147)).toBe('CN-HE'); // Langfang, 50 km from Beijing
    expect(subdivisionOf('DE', 52.52, 13.405)).toBe('DE-BE');
    expect(subdivisionOf('DE', 52.3906, 13.0645)).toBe('DE-BB'); // Potsdam
    expect(subdivisionOf('DE', 49.9929, 8.2473)).toBe('DE-RP'); // Mainz, across the Rhine from Wiesbaden
    expect(subdivisionOf('AT', 48.3069, 14.2858)).toBe('AT-4');
    expect(subdivisionOf('FR', 45.83, 1.26)).toBe('FR-NAQ'); // Limoges
    expect(subdivisionOf('IT', 45.4642, 9.19)).toBe('IT-25');
  });

  it('knows the subdivisions that have their own ISO 3166-1 code, and nothing of other countries', () => {
    expect(subdivisionOf('HK', 22.3, 114.2)).toBe('CN-HK');
    expect(subdivisionOf('NL', 52.37, 4.9)).toBeNull();
    expect(subdivisionOf('DE', Number.NaN, 8)).toBeNull();
  });
});

describe('regionContains', () => {
  it('trusts the recorded region code over the coordinates and needs the same country', () => {
    const jiangsu = region('CN-JS');
    expect(regionContains(jiangsu, SUZHOU)).toBe(true);
    // A code is authoritative: coordinates in Suzhou recorded as Shanghai are in Shanghai.
    expect(regionContains(jiangsu, { ...SUZHOU, region: 'CN-SH' })).toBe(false);
    expect(regionContains(jiangsu, { ...SUZHOU, country: 'DE' })).toBe(false);
    // An unknown code counts as none.
    expect(regionContains(jiangsu, { ...SUZHOU, region: 'CN-XX' })).toBe(true);
  });

  it('counts a place in a whole subdivision of a cluster whatever its distance from the centre', () => {
    const northeast = region('CN-NORTHEAST');
    expect(regionContains(northeast, place('CN', 'CN-HL', 53.47, 122.34))).toBe(true); // Mohe
    expect(regionContains(northeast, BEIJING)).toBe(false);
    expect(regionContains(region('DE-SUEDDEUTSCHLAND'), MUNICH)).toBe(true);
  });
});

describe('named regions file', () => {
  it('rejects an invalid file and names the entry', () => {
    const cases: [unknown, string][] = [
      [[], "expected an object with 'hanVariants'"],
      [{ hanVariants: {}, regions: [subdivisionRow('CN-SH', { kind: 'province' })] }, "entry 'CN-SH' needs kind"],
      [{ hanVariants: {}, regions: [subdivisionRow('CN-SHA1')] }, "entry 'CN-SHA1' needs an ISO 3166-2 code of CN"],
      [{ hanVariants: {}, regions: [subdivisionRow('CN-SH', { zh: ['Shanghai'] })] }, "entry 'CN-SH' has a zh name 'Shanghai'"],
      [{ hanVariants: {}, regions: [subdivisionRow('CN-SH', { en: [] })] }, "entry 'CN-SH' needs at least one en name"],
      [{ hanVariants: {}, regions: [subdivisionRow('CN-SH', { latitude: 95 })] }, "entry 'CN-SH' needs a latitude"],
      [{ hanVariants: {}, regions: [subdivisionRow('CN-SH', { radiusKm: 10 })] }, "entry 'CN-SH' has a field 'radiusKm'"],
      [{ hanVariants: {}, regions: [subdivisionRow('CN-SH'), subdivisionRow('CN-JS')] }, "entry 'CN-JS' has the name"],
      [
        { hanVariants: {}, regions: [subdivisionRow('CN-SH'), { code: 'CN-DELTA', kind: 'cluster', country: 'CN', latitude: 31, longitude: 121, radiusKm: 100, subdivisions: ['CN-JS'], partialSubdivisions: [], zh: ['长三角'], de: ['Jangtse-Delta'], en: ['Yangtze Delta'] }] },
        "entry 'CN-DELTA' lists 'CN-JS', which is not a subdivision of CN",
      ],
      [{ hanVariants: { 上: '上' }, regions: [subdivisionRow('CN-SH')] }, 'hanVariants'],
    ];
    for (const [data, message] of cases) expect(() => catalogueWith(data).namedRegions()).toThrow(message);
  });
});
