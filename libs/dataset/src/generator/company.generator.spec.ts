import { BadgeType, CompanyRecord, CompanyStatus, RevenueBand } from '@hc/companies';
import { distanceKm } from '@hc/core';
import { isKnownCountry, isKnownIsicCode, isKnownRegion, isicDivisionOf, regionByCode } from '@hc/taxonomy';
import { chinesePrefectures, europeanCities, germanPlaces } from '../geography/geography.data';
import { sectorVocabulary } from '../vocabulary/sector.vocabulary';
import { DEMO_BADGE_SOURCE, generateCompanies, generateCompany, LOCATION_JITTER_KM, revenueBandOf } from './company.generator';

const SEED = 20240528;

const sample = [...generateCompanies({ seed: SEED, count: 2000 })];
const share = (predicate: (c: CompanyRecord) => boolean, of: readonly CompanyRecord[] = sample) => of.filter(predicate).length / of.length;
const EU_COUNTRIES = ['AT', 'IT', 'FR', 'NL', 'PL', 'CZ', 'SE'];

describe('generateCompanies: determinism and streaming', () => {
  it('yields the same companies for the same seed', () => {
    expect([...generateCompanies({ seed: SEED, count: 50 })]).toEqual(sample.slice(0, 50));
  });

  it('yields other companies for another seed', () => {
    const other = [...generateCompanies({ seed: SEED + 1, count: 50 })];
    expect(other.filter((c, i) => c.nameEn === sample[i]?.nameEn).length).toBeLessThan(5);
  });

  it('generates any slice on its own: an offset slice equals that part of the full run', () => {
    expect([...generateCompanies({ seed: SEED, count: 100, offset: 1234 })]).toEqual(sample.slice(1234, 1334));
    expect(generateCompany(SEED, 1999)).toEqual(sample[1999]);
  });

  it('is lazy: asking for a billion companies returns the first one at once', () => {
    const stream = generateCompanies({ seed: SEED, count: 1_000_000_000 });
    expect(stream.next().value).toEqual(sample[0]);
    expect(stream.next().value).toEqual(sample[1]);
  });

  it('reaches far into the dataset without generating what precedes', () => {
    const [far] = generateCompanies({ seed: SEED, count: 1, offset: 999_999 });
    expect(far).toEqual(generateCompany(SEED, 999_999));
  });

  it('streams 100,000 companies without building an array', () => {
    let count = 0;
    let withWebsite = 0;
    for (const company of generateCompanies({ seed: 7, count: 100_000 })) {
      count++;
      if (company.website !== null) withWebsite++;
    }
    expect(count).toBe(100_000);
    expect(withWebsite / count).toBeCloseTo(0.7, 1);
  }, 120_000);

  it('rejects nonsensical options', () => {
    expect(() => generateCompanies({ seed: SEED, count: -1 }).next()).toThrow(RangeError);
    expect(() => generateCompanies({ seed: SEED, count: 1.5 }).next()).toThrow(RangeError);
    expect(() => generateCompanies({ seed: Number.NaN, count: 1 }).next()).toThrow(RangeError);
    expect(() => generateCompanies({ seed: SEED, count: 1, offset: -3 }).next()).toThrow(RangeError);
    expect([...generateCompanies({ seed: SEED, count: 0 })]).toEqual([]);
  });
});

describe('generateCompanies: the mix over 2,000 companies', () => {
  it('has about 45 % Chinese, 45 % German and 10 % other European companies', () => {
    expect(sample).toHaveLength(2000);
    expect(share((c) => c.country === 'CN')).toBeGreaterThan(0.41);
    expect(share((c) => c.country === 'CN')).toBeLessThan(0.49);
    expect(share((c) => c.country === 'DE')).toBeGreaterThan(0.41);
    expect(share((c) => c.country === 'DE')).toBeLessThan(0.49);
    expect(share((c) => EU_COUNTRIES.includes(c.country))).toBeGreaterThan(0.07);
    expect(share((c) => EU_COUNTRIES.includes(c.country))).toBeLessThan(0.13);
  });

  it('leaves about 30 % of websites unknown and has about 20 % initiative members', () => {
    expect(share((c) => c.website === null)).toBeGreaterThan(0.26);
    expect(share((c) => c.website === null)).toBeLessThan(0.34);
    expect(share((c) => c.initiativeMember)).toBeGreaterThan(0.17);
    expect(share((c) => c.initiativeMember)).toBeLessThan(0.23);
  });

  it('gives Chinese companies 专精特新 badges at roughly the MIIT gradient', () => {
    const cn = sample.filter((c) => c.country === 'CN');
    const has = (type: BadgeType) => share((c) => c.badges.some((b) => b.type === type), cn);
    expect(has(BadgeType.SRDI_SME)).toBeGreaterThan(0.11);
    expect(has(BadgeType.SRDI_SME)).toBeLessThan(0.19);
    expect(has(BadgeType.LITTLE_GIANT)).toBeGreaterThan(0.025);
    expect(has(BadgeType.LITTLE_GIANT)).toBeLessThan(0.075);
    expect(has(BadgeType.SINGLE_CHAMPION)).toBeLessThan(0.025);
  });

  it('gives German companies hidden-champion and Mittelstand badges at the intended rates', () => {
    const de = sample.filter((c) => c.country === 'DE');
    const has = (type: BadgeType) => share((c) => c.badges.some((b) => b.type === type), de);
    expect(has(BadgeType.HIDDEN_CHAMPION)).toBeGreaterThan(0.03);
    expect(has(BadgeType.HIDDEN_CHAMPION)).toBeLessThan(0.07);
    expect(has(BadgeType.MITTELSTAND)).toBeGreaterThan(0.35);
    expect(has(BadgeType.MITTELSTAND)).toBeLessThan(0.45);
  });

  it('spreads companies over many cities and sectors', () => {
    expect(new Set(sample.map((c) => `${c.country}/${c.region}/${c.city}`)).size).toBeGreaterThan(300);
    expect(new Set(sample.map((c) => isicDivisionOf(c.sectorCodes[0]!))).size).toBeGreaterThanOrEqual(20);
  });
});

describe('generateCompanies: every company is a complete, valid profile', () => {
  it('has non-empty names and descriptions in zh, de and en, each description naming the company', () => {
    for (const c of sample) {
      for (const text of [c.nameZh, c.nameDe, c.nameEn, c.descriptionZh, c.descriptionDe, c.descriptionEn]) {
        expect(typeof text).toBe('string');
        expect(text!.trim().length).toBeGreaterThan(0);
      }
      expect(c.descriptionZh).toContain(c.nameZh);
      expect(c.descriptionDe).toContain(c.nameDe);
      expect(c.descriptionEn).toContain(c.nameEn);
      expect(c.nameZh).toMatch(/[\u4e00-\u9fff]/);
      expect(c.descriptionZh).toMatch(/[\u4e00-\u9fff]{10}/);
      expect(c.nameZh!.length).toBeLessThanOrEqual(200);
      expect(c.descriptionEn!.length).toBeLessThanOrEqual(5000);
    }
  });

  it('names Chinese companies with city, brand, trade and legal form in each language', () => {
    for (const c of sample.filter((x) => x.country === 'CN')) {
      expect(c.nameZh).toMatch(/(有限公司|股份有限公司)$/);
      expect(c.nameEn).toMatch(/ [A-Z][a-z]+ .+ Co\., Ltd\.$/);
      expect(c.nameDe!.endsWith('Co., Ltd.')).toBe(true);
      expect(c.nameEn!.startsWith(`${c.city} `)).toBe(true);
    }
  });

  it('uses known countries, and regions of the same country wherever the taxonomy has them', () => {
    for (const c of sample) {
      expect(isKnownCountry(c.country)).toBe(true);
      if (c.country === 'CN' || c.country === 'DE') {
        expect(c.region).not.toBeNull();
        expect(isKnownRegion(c.region!)).toBe(true);
      }
      // Other European subdivisions are emitted only once the taxonomy lists them.
      if (c.region !== null) expect(regionByCode(c.region)?.country).toBe(c.country);
    }
  });

  it('places every company within the jitter radius of its real city', () => {
    const references = new Map<string, { latitude: number; longitude: number }[]>();
    const add = (key: string, latitude: number, longitude: number) => references.set(key, [...(references.get(key) ?? []), { latitude, longitude }]);
    for (const p of chinesePrefectures()) add(`CN|${p.en}`, p.lat, p.lon);
    for (const p of germanPlaces()) add(`DE|${p.name}`, p.lat, p.lon);
    for (const e of europeanCities()) add(`${e.country}|${e.name}`, e.lat, e.lon);
    for (const c of sample) {
      expect(Math.abs(c.latitude)).toBeLessThanOrEqual(90);
      expect(Math.abs(c.longitude)).toBeLessThanOrEqual(180);
      const candidates = references.get(`${c.country}|${c.city}`) ?? [];
      expect(candidates.length).toBeGreaterThan(0);
      const nearest = Math.min(...candidates.map((r) => distanceKm(r, c)));
      expect(nearest).toBeLessThanOrEqual(LOCATION_JITTER_KM + 0.01);
    }
    // The jitter keeps companies of one city apart.
    const points = new Set(sample.map((c) => `${c.latitude},${c.longitude}`));
    expect(points.size).toBe(sample.length);
  });

  it('has 1–3 known ISIC codes, the primary one from a sector of the vocabulary', () => {
    for (const c of sample) {
      expect(c.sectorCodes.length).toBeGreaterThanOrEqual(1);
      expect(c.sectorCodes.length).toBeLessThanOrEqual(3);
      expect(new Set(c.sectorCodes).size).toBe(c.sectorCodes.length);
      for (const code of c.sectorCodes) expect({ code, known: isKnownIsicCode(code) }).toEqual({ code, known: true });
      expect(sectorVocabulary(isicDivisionOf(c.sectorCodes[0]!))).toBeDefined();
    }
  });

  it('has plausible size, revenue, age and status', () => {
    for (const c of sample) {
      expect(Number.isInteger(c.employees)).toBe(true);
      expect(c.employees).toBeGreaterThanOrEqual(5);
      expect(c.employees).toBeLessThanOrEqual(20_000);
      expect(Object.values(RevenueBand)).toContain(c.revenueBand);
      expect(c.foundedYear).toBeGreaterThanOrEqual(1850);
      expect(c.foundedYear).toBeLessThanOrEqual(2022);
      expect(c.status).toBe(CompanyStatus.PUBLISHED);
      if (c.website !== null) expect(c.website).toMatch(/^https:\/\/www\.[a-z0-9-]+\.example$/);
    }
    const employees = sample.map((c) => c.employees!).sort((a, b) => a - b);
    const median = employees[employees.length / 2]!;
    expect(median).toBeGreaterThan(40);
    expect(median).toBeLessThan(300);
    expect(share((c) => c.country === 'CN' && c.foundedYear! >= 1980, sample.filter((c) => c.country === 'CN'))).toBeGreaterThan(0.85);
  });

  it('backs every badge with the demo source, a date after founding, and the right country', () => {
    const chinese = [BadgeType.SRDI_SME, BadgeType.LITTLE_GIANT, BadgeType.SINGLE_CHAMPION];
    for (const c of sample) {
      for (const b of c.badges) {
        expect(b.source).toBe(DEMO_BADGE_SOURCE);
        expect(b.awardedOn).toMatch(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d)$/);
        expect(Number(b.awardedOn.slice(0, 4))).toBeGreaterThan(c.foundedYear!);
        expect(chinese.includes(b.type)).toBe(c.country === 'CN');
        if (b.type === BadgeType.MITTELSTAND) expect(c.country).toBe('DE');
        if (b.type === BadgeType.EU_SME) {
          expect(c.employees).toBeLessThan(250);
          expect([RevenueBand.UNDER_2M, RevenueBand.FROM_2M_TO_10M, RevenueBand.FROM_10M_TO_50M]).toContain(c.revenueBand);
        }
        if (b.type === BadgeType.HIDDEN_CHAMPION) expect([RevenueBand.OVER_5B]).not.toContain(c.revenueBand);
      }
      expect(new Set(c.badges.map((b) => b.type)).size).toBe(c.badges.length);
    }
  });

  it('has 2–5 offers and 1–4 needs, distinct keywords of at most 80 characters', () => {
    for (const c of sample) {
      expect(c.offers.length).toBeGreaterThanOrEqual(2);
      expect(c.offers.length).toBeLessThanOrEqual(5);
      expect(c.needs.length).toBeGreaterThanOrEqual(1);
      expect(c.needs.length).toBeLessThanOrEqual(4);
      expect(new Set([...c.offers, ...c.needs]).size).toBe(c.offers.length + c.needs.length);
      for (const keyword of [...c.offers, ...c.needs]) expect(keyword.length).toBeLessThanOrEqual(80);
    }
  });

  it('derives revenue bands from EUR thresholds', () => {
    expect(revenueBandOf(1_999_999)).toBe(RevenueBand.UNDER_2M);
    expect(revenueBandOf(2e6)).toBe(RevenueBand.FROM_2M_TO_10M);
    expect(revenueBandOf(49e6)).toBe(RevenueBand.FROM_10M_TO_50M);
    expect(revenueBandOf(3e9)).toBe(RevenueBand.FROM_1B_TO_5B);
    expect(revenueBandOf(6e9)).toBe(RevenueBand.OVER_5B);
  });
});

describe('generateCompanies: content a search demo relies on', () => {
  const first200 = sample.slice(0, 200);

  it('has a German company among the first 200 whose German description mentions Werkzeugmaschinen', () => {
    expect(first200.some((c) => c.country === 'DE' && c.descriptionDe!.includes('Werkzeugmaschinen'))).toBe(true);
  });

  it('has a Chinese company among the first 200 whose Chinese description mentions 新能源汽车', () => {
    expect(first200.some((c) => c.country === 'CN' && c.descriptionZh!.includes('新能源汽车'))).toBe(true);
  });

  it('writes German company names in German and gives them a Chinese transliteration', () => {
    const german = sample.filter((c) => c.country === 'DE');
    expect(german.every((c) => /(GmbH|GmbH & Co\. KG|AG|SE)$/.test(c.nameDe!))).toBe(true);
    expect(german.every((c) => c.nameEn === c.nameDe)).toBe(true);
    expect(german.every((c) => /(有限公司|两合公司|股份公司)$/.test(c.nameZh!))).toBe(true);
  });
});
