import { distanceKm } from '@hc/core';
import { ParkOffering, ParkStatus } from '@hc/parks';
import { isKnownIsicCode, regionByCode } from '@hc/taxonomy';
import { chinesePrefectures } from '../geography/geography.data';
import { demoParks, NAMED_PARK_COUNT } from './park.generator';

const SEED = 20240528;

describe('demoParks', () => {
  const parks = demoParks({ seed: SEED, count: 60 });
  const named = parks.slice(0, NAMED_PARK_COUNT);

  it('starts with at least 24 real, named parks in China and Germany', () => {
    expect(NAMED_PARK_COUNT).toBeGreaterThanOrEqual(24);
    expect(named.filter((p) => p.country === 'CN').length).toBeGreaterThanOrEqual(10);
    expect(named.filter((p) => p.country === 'DE').length).toBeGreaterThanOrEqual(10);
    const names = named.map((p) => p.nameEn);
    for (const expected of ['Sino-German Enterprise Cooperation Base Taicang', 'Sino-German Ecopark Qingdao', 'Industriepark Höchst', 'CHEMPARK Leverkusen']) {
      expect(names).toContain(expected);
    }
    expect(named[0]?.nameZh).toBe('中德经济技术合作示范区');
  });

  it('puts the Shunyi demonstration zone within 40 km of the centre of Beijing', () => {
    const shunyi = parks.find((p) => p.nameZh === '中德经济技术合作示范区')!;
    const beijing = chinesePrefectures().find((p) => p.gb === '1101')!;
    expect(shunyi.region).toBe('CN-BJ');
    expect(distanceKm(shunyi, { latitude: beijing.lat, longitude: beijing.lon })).toBeLessThan(40);
  });

  it('makes the Sino-German parks initiative members', () => {
    for (const p of named.filter((x) => x.nameZh?.includes('中德'))) expect(p.initiativeMember).toBe(true);
  });

  it('returns exactly `count` parks: a prefix of the named ones, or named plus generated ones', () => {
    expect(demoParks({ seed: SEED, count: 5 })).toEqual(parks.slice(0, 5));
    expect(demoParks({ seed: SEED, count: 0 })).toEqual([]);
    expect(parks).toHaveLength(60);
    expect(() => demoParks({ seed: SEED, count: -1 })).toThrow(RangeError);
  });

  it('is deterministic, and the seed only changes the generated parks', () => {
    expect(demoParks({ seed: SEED, count: 60 })).toEqual(parks);
    const other = demoParks({ seed: SEED + 1, count: 60 });
    expect(other.slice(0, NAMED_PARK_COUNT)).toEqual(named);
    expect(other.slice(NAMED_PARK_COUNT)).not.toEqual(parks.slice(NAMED_PARK_COUNT));
  });

  it('hands out copies, so callers cannot change the named parks for others', () => {
    const mine = demoParks({ seed: SEED, count: 1 });
    mine[0]!.focusSectors.push('99');
    expect(demoParks({ seed: SEED, count: 1 })[0]!.focusSectors).not.toContain('99');
  });

  it('gives every park names and descriptions in three languages, a known region and valid focus sectors', () => {
    const offerings = Object.values(ParkOffering);
    for (const p of parks) {
      for (const text of [p.nameZh, p.nameDe, p.nameEn, p.descriptionZh, p.descriptionDe, p.descriptionEn]) expect(text?.trim()).toBeTruthy();
      expect(regionByCode(p.region!)?.country).toBe(p.country);
      expect(p.focusSectors.length).toBeGreaterThanOrEqual(1);
      for (const code of p.focusSectors) {
        expect(code).toMatch(/^\d{2}$/);
        expect(isKnownIsicCode(code)).toBe(true);
      }
      expect(new Set(p.focusSectors).size).toBe(p.focusSectors.length);
      expect(p.offerings.length).toBeGreaterThanOrEqual(2);
      for (const o of p.offerings) expect(offerings).toContain(o);
      expect(p.status).toBe(ParkStatus.PUBLISHED);
      expect(Math.abs(p.latitude)).toBeLessThanOrEqual(90);
      expect(Math.abs(p.longitude)).toBeLessThanOrEqual(180);
    }
  });

  it('generates parks in China and Germany beyond the named ones', () => {
    const generated = parks.slice(NAMED_PARK_COUNT);
    expect(generated.some((p) => p.country === 'CN')).toBe(true);
    expect(generated.some((p) => p.country === 'DE')).toBe(true);
    expect(new Set(generated.map((p) => p.nameEn)).size).toBeGreaterThan(generated.length * 0.8);
  });
});
