import { isKnownCountry, regionByCode, regionByGbCode } from '@hc/taxonomy';
import { chinesePrefectures, europeanCities, germanPlaces } from './geography.data';

describe('Chinese prefectures (GB/T 2260 joined with GeoNames)', () => {
  const prefectures = chinesePrefectures();

  it('covers the prefecture-level divisions without the 市辖区 / 县 placeholders', () => {
    expect(prefectures.length).toBeGreaterThanOrEqual(330);
    expect(prefectures.some((p) => /市辖区|直辖县级/.test(p.zh) || p.zh === '县')).toBe(false);
    expect(new Set(prefectures.map((p) => p.gb)).size).toBe(prefectures.length);
  });

  it('names the municipalities after the province', () => {
    const names = prefectures.filter((p) => ['11', '12', '31', '50'].includes(p.province)).map((p) => `${p.zh} ${p.en}`);
    expect(names.sort()).toEqual(['上海市 Shanghai', '北京市 Beijing', '天津市 Tianjin', '重庆市 Chongqing']);
  });

  it('maps every province code to the ISO 3166-2 region the taxonomy knows', () => {
    for (const p of prefectures) {
      expect({ gb: p.gb, region: regionByGbCode(p.province)?.code }).toEqual({ gb: p.gb, region: p.region });
      expect(p.gb.startsWith(p.province)).toBe(true);
    }
  });

  it('has Chinese and pinyin names and coordinates inside China', () => {
    for (const p of prefectures) {
      expect(p.zh).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(p.short.length).toBeGreaterThanOrEqual(2);
      expect(p.en).toMatch(/^[A-Z][A-Za-zêü' ]+$/);
      expect(p.lat).toBeGreaterThan(15); // 三沙市 lies at 16.8° N
      expect(p.lat).toBeLessThan(54);
      expect(p.lon).toBeGreaterThan(73);
      expect(p.lon).toBeLessThan(135);
    }
  });

  it('knows the manufacturing hubs with their pinyin names and gives them more weight', () => {
    const suzhou = prefectures.find((p) => p.zh === '苏州市');
    expect(suzhou).toMatchObject({ gb: '3205', en: 'Suzhou', short: '苏州', region: 'CN-JS' });
    const hefei = prefectures.find((p) => p.gb === '3401');
    expect(hefei?.en).toBe('Hefei');
    const remote = prefectures.find((p) => p.zh === '阿里地区');
    expect(suzhou!.weight).toBeGreaterThan(remote!.weight * 10);
  });
});

describe('German places (GeoNames postcodes)', () => {
  const places = germanPlaces();

  it('keeps about 300 places, none of them an organisation postcode', () => {
    expect(places.length).toBe(300);
    expect(places.some((p) => /\b(GmbH|AG|KG|Finanzamt|Amtsgericht)\b/.test(p.name))).toBe(false);
  });

  it('maps states, whichever language the source used, to German ISO 3166-2 regions', () => {
    for (const p of places) expect(regionByCode(p.region)?.country).toBe('DE');
    expect(new Set(places.map((p) => p.region)).size).toBe(16);
  });

  it('has Chinese names for the large cities and coordinates inside Germany', () => {
    const byName = (name: string) => places.find((p) => p.name === name);
    expect(byName('Stuttgart')).toMatchObject({ zh: '斯图加特', region: 'DE-BW' });
    expect(byName('München')).toMatchObject({ zh: '慕尼黑', region: 'DE-BY' });
    expect(byName('Berlin')).toMatchObject({ zh: '柏林', region: 'DE-BE' });
    expect(places.filter((p) => p.zh !== null).length).toBeGreaterThanOrEqual(60);
    for (const p of places) {
      expect(p.lat).toBeGreaterThan(47.2);
      expect(p.lat).toBeLessThan(55.1);
      expect(p.lon).toBeGreaterThan(5.8);
      expect(p.lon).toBeLessThan(15.1);
    }
  });
});

describe('other European cities', () => {
  it('are in known countries and carry names in three languages', () => {
    const cities = europeanCities();
    expect(new Set(cities.map((c) => c.country))).toEqual(new Set(['AT', 'IT', 'FR', 'NL', 'PL', 'CZ', 'SE']));
    for (const c of cities) {
      expect(isKnownCountry(c.country)).toBe(true);
      expect(c.region.startsWith(`${c.country}-`)).toBe(true);
      expect(c.zh && c.de && c.en).toBeTruthy();
    }
  });
});
