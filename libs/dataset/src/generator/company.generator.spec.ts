import { ActivitySource, BadgeType, BadgeVariant, CompanyStatus, euSmeCategory, EvidenceKind, RevenueBand } from '@hc/companies';
import { distanceKm } from '@hc/core';
import { MAX_MARKET_KEYWORDS, MAX_TECHNOLOGY_KEYWORDS, OFFER_TYPES, OpportunityType, PartnershipType } from '@hc/opportunities';
import { isKnownCountry, isKnownRegion, regionByCode, SectorScheme, suppliersOf, toIsic } from '@hc/taxonomy';
import { chinesePrefectures, europeanCities, germanPlaces } from '../geography/geography.data';
import { glossaryTerms, sectorVocabulary } from '../vocabulary/sector.vocabulary';
import { DEMO_BADGE_SOURCE, demoReferenceDate, EXPIRED_BADGE_SHARE, isExpired } from './badges';
import { GeneratedCompany, generateCompanies, generateCompany, HIDDEN_CHAMPION_REVENUE_CEILING_EUR, LOCATION_JITTER_KM } from './company.generator';
import { revenueBandOf } from './financials';

const SEED = 20240528;

const sample = [...generateCompanies({ seed: SEED, count: 2000 })];
const share = (predicate: (c: GeneratedCompany) => boolean, of: readonly GeneratedCompany[] = sample) => of.filter(predicate).length / of.length;
const EU_COUNTRIES = ['AT', 'IT', 'FR', 'NL', 'PL', 'CZ', 'SE'];
const chinese = sample.filter((c) => c.country === 'CN');
const german = sample.filter((c) => c.country === 'DE');
const hasBadge = (c: GeneratedCompany, type: BadgeType) => c.badges.some((b) => b.type === type);

/** ISIC Rev.4 divisions derived from one company's activity codes (or from its primary code only). */
function isicDivisions(c: GeneratedCompany, primaryOnly = false): Set<string> {
  const codes = primaryOnly ? c.activityCodes.filter((a) => a.primary) : c.activityCodes;
  return new Set(codes.flatMap((a) => toIsic(a.scheme, a.code) ?? []).map((link) => link.code.slice(0, 2)));
}

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

  it('gives company i the same badges whatever seed was generated before (the reference date is per seed)', () => {
    generateCompany(SEED + 7, 5);
    expect(generateCompany(SEED, 42)).toEqual(sample[42]);
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
    let opportunities = 0;
    for (const company of generateCompanies({ seed: 7, count: 100_000 })) {
      count++;
      if (company.website !== null) withWebsite++;
      opportunities += company.opportunities.length;
    }
    expect(count).toBe(100_000);
    expect(withWebsite / count).toBeCloseTo(0.7, 1);
    expect(opportunities / count).toBeGreaterThan(1);
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
    const has = (type: BadgeType) => share((c) => hasBadge(c, type), chinese);
    expect(has(BadgeType.SRDI_SME)).toBeGreaterThan(0.11);
    expect(has(BadgeType.SRDI_SME)).toBeLessThan(0.19);
    expect(has(BadgeType.LITTLE_GIANT)).toBeGreaterThan(0.025);
    expect(has(BadgeType.LITTLE_GIANT)).toBeLessThan(0.075);
    expect(has(BadgeType.SINGLE_CHAMPION)).toBeGreaterThan(0);
    expect(has(BadgeType.SINGLE_CHAMPION)).toBeLessThan(0.025);
  });

  it('gives German companies hidden-champion and Mittelstand badges at the intended rates', () => {
    const has = (type: BadgeType) => share((c) => hasBadge(c, type), german);
    expect(has(BadgeType.HIDDEN_CHAMPION)).toBeGreaterThan(0.03);
    expect(has(BadgeType.HIDDEN_CHAMPION)).toBeLessThan(0.07);
    expect(has(BadgeType.MITTELSTAND)).toBeGreaterThan(0.35);
    expect(has(BadgeType.MITTELSTAND)).toBeLessThan(0.45);
  });

  it('spreads companies over many cities and sectors', () => {
    expect(new Set(sample.map((c) => `${c.country}/${c.region}/${c.city}`)).size).toBeGreaterThan(300);
    expect(new Set(sample.flatMap((c) => [...isicDivisions(c, true)])).size).toBeGreaterThanOrEqual(20);
  });
});

describe('generateCompanies: activity codes in WZ 2008, NACE Rev.2 and GB/T 4754', () => {
  it('resolves every activity code of 2,000 companies to ISIC Rev.4', () => {
    const unresolved = sample.flatMap((c) => c.activityCodes.filter((a) => !toIsic(a.scheme, a.code)?.length).map((a) => `${a.scheme} ${a.code}`));
    expect(unresolved).toEqual([]);
  });

  it('puts exactly one primary code first, with 1–4 distinct codes per company', () => {
    for (const c of sample) {
      expect(c.activityCodes.length).toBeGreaterThanOrEqual(1);
      expect(c.activityCodes.length).toBeLessThanOrEqual(4);
      expect(c.activityCodes[0]?.primary).toBe(true);
      expect(c.activityCodes.filter((a) => a.primary)).toHaveLength(1);
      expect(new Set(c.activityCodes.map((a) => `${a.scheme}:${a.code}`)).size).toBe(c.activityCodes.length);
    }
  });

  it('declares German companies in WZ 2008, other Europeans in NACE Rev.2 and Chinese companies in GB/T 4754-2017', () => {
    for (const c of sample) {
      const primary = c.activityCodes[0]!;
      if (c.country === 'DE') {
        expect(primary.scheme).toBe(SectorScheme.WZ2008);
        expect(primary.code).toMatch(/^\d{2}\.\d{2}\.\d$/);
      } else if (c.country === 'CN') {
        expect(primary.scheme).toBe(SectorScheme.GBT4754);
        expect(primary.code).toMatch(/^\d{2}$/);
      } else {
        expect(primary.scheme).toBe(SectorScheme.NACE2);
        expect(primary.code).toMatch(/^\d{2}(\.\d{2})?$/);
      }
      // Secondary codes stay in the company's scheme, or are ISIC codes the platform inferred.
      for (const a of c.activityCodes.slice(1)) expect([primary.scheme, SectorScheme.ISIC4]).toContain(a.scheme);
    }
    expect(share((c) => c.activityCodes[0]!.code.length === 2, sample.filter((c) => EU_COUNTRIES.includes(c.country)))).toBeGreaterThan(0.05);
  });

  it('derives from the primary code the ISIC division of the sector the description talks about', () => {
    for (const c of sample) {
      const divisions = [...isicDivisions(c, true)];
      const described = divisions.some((d) => sectorVocabulary(d)?.products.some((p) => c.descriptionEn!.includes(p.en)));
      expect({ name: c.nameEn, codes: c.activityCodes.map((a) => a.code), described }).toEqual({ name: c.nameEn, codes: c.activityCodes.map((a) => a.code), described: true });
    }
  });

  it('says where codes come from: mostly self-declared, some German ones from the register, inferred ISIC codes less certain', () => {
    const codes = sample.flatMap((c) => c.activityCodes.map((a) => ({ ...a, country: c.country })));
    expect(codes.filter((a) => a.source === ActivitySource.SELF_DECLARED).length / codes.length).toBeGreaterThan(0.6);
    for (const a of codes) {
      if (a.source === ActivitySource.REGISTRY) expect(a.country).toBe('DE');
      if (a.source === ActivitySource.INFERRED) {
        expect(a.scheme).toBe(SectorScheme.ISIC4);
        expect(a.primary).toBe(false);
        expect(a.confidence).toBeLessThan(1);
        expect(a.confidence).toBeGreaterThan(0.5);
      } else {
        expect(a.confidence).toBe(1);
      }
    }
    expect(share((c) => c.activityCodes[0]!.source === ActivitySource.REGISTRY, german)).toBeGreaterThan(0.15);
    expect(share((c) => c.activityCodes.some((a) => a.source === ActivitySource.INFERRED))).toBeGreaterThan(0.2);
  });
});

describe('generateCompanies: figures that decide the EU SME category', () => {
  it('states the exact turnover for about 60 % and the balance-sheet total for about 40 %, in whole euros', () => {
    expect(share((c) => c.annualTurnoverEur !== null)).toBeGreaterThan(0.55);
    expect(share((c) => c.annualTurnoverEur !== null)).toBeLessThan(0.65);
    expect(share((c) => c.balanceSheetTotalEur !== null)).toBeGreaterThan(0.35);
    expect(share((c) => c.balanceSheetTotalEur !== null)).toBeLessThan(0.45);
    for (const c of sample) {
      for (const figure of [c.annualTurnoverEur, c.balanceSheetTotalEur]) {
        if (figure !== null) {
          expect(Number.isInteger(figure)).toBe(true);
          expect(figure).toBeGreaterThan(0);
        }
      }
    }
  });

  it('keeps the revenue band consistent with the exact turnover', () => {
    for (const c of sample) {
      expect(Object.values(RevenueBand)).toContain(c.revenueBand);
      if (c.annualTurnoverEur !== null) expect(c.revenueBand).toBe(revenueBandOf(c.annualTurnoverEur));
    }
  });

  it('keeps turnover and balance sheet in proportion to head count and to each other', () => {
    for (const c of sample) {
      if (c.annualTurnoverEur !== null) {
        expect(c.annualTurnoverEur / c.employees!).toBeGreaterThanOrEqual(50_000);
        expect(c.annualTurnoverEur / c.employees!).toBeLessThanOrEqual(400_000);
      }
      if (c.annualTurnoverEur !== null && c.balanceSheetTotalEur !== null) {
        expect(c.balanceSheetTotalEur / c.annualTurnoverEur).toBeGreaterThanOrEqual(0.29);
        expect(c.balanceSheetTotalEur / c.annualTurnoverEur).toBeLessThanOrEqual(1.31);
      }
    }
  });

  it('makes a realistic share EU SMEs (micro, small and medium), but not most hidden champions', () => {
    const categories = sample.map(euSmeCategory);
    const sme = categories.filter((c) => c !== null).length / sample.length;
    expect(sme).toBeGreaterThan(0.5);
    expect(sme).toBeLessThan(0.9);
    for (const category of ['micro', 'small', 'medium'] as const) expect(categories.filter((c) => c === category).length).toBeGreaterThan(20);
    const champions = sample.filter((c) => hasBadge(c, BadgeType.HIDDEN_CHAMPION));
    expect(champions.length).toBeGreaterThan(20);
    expect(share((c) => euSmeCategory(c) !== null, champions)).toBeLessThan(0.25);
  });

  it('keeps hidden champions below the revenue ceiling', () => {
    for (const c of sample.filter((x) => hasBadge(x, BadgeType.HIDDEN_CHAMPION))) {
      if (c.annualTurnoverEur !== null) expect(c.annualTurnoverEur).toBeLessThan(HIDDEN_CHAMPION_REVENUE_CEILING_EUR);
      expect(c.revenueBand).not.toBe(RevenueBand.OVER_5B);
    }
  });
});

describe('generateCompanies: badges with evidence', () => {
  const referenceDate = demoReferenceDate(SEED);
  const badges = sample.flatMap((c) => c.badges.map((b) => ({ ...b, company: c })));

  it('never claims the EU SME badge: the platform computes it', () => {
    expect(badges.filter((b) => b.type === BadgeType.EU_SME)).toEqual([]);
  });

  it('marks every reference as demo data and gives each badge its kind of evidence', () => {
    for (const b of badges) {
      if (b.reference !== null) expect(b.reference.startsWith(`${DEMO_BADGE_SOURCE}: `)).toBe(true);
      if (b.type === BadgeType.MITTELSTAND) {
        expect(b).toMatchObject({ evidence: EvidenceKind.SELF_DECLARED, reference: null, expiresOn: null });
      } else {
        expect([EvidenceKind.LIST, EvidenceKind.DOCUMENT]).toContain(b.evidence);
        expect(b.reference).not.toBeNull();
      }
      if (b.type === BadgeType.SINGLE_CHAMPION) expect([BadgeVariant.DEMONSTRATION_ENTERPRISE, BadgeVariant.CHAMPION_PRODUCT]).toContain(b.variant);
      else expect(b.variant).toBeNull();
    }
  });

  it('names the MIIT batch and the province list the Chinese titles come from', () => {
    for (const b of badges) {
      const year = b.awardedOn.slice(0, 4);
      if (b.type === BadgeType.LITTLE_GIANT) expect(b.reference).toMatch(new RegExp(`^demo data: MIIT 第[一二三四五六七]批专精特新“小巨人”企业名单 \\(${year}\\)$`));
      if (b.type === BadgeType.SINGLE_CHAMPION) expect(b.reference).toMatch(new RegExp(`^demo data: MIIT 第[一二三四五六七八九十]批制造业单项冠军(示范企业|产品)名单 \\(${year}\\)$`));
      if (b.type === BadgeType.SRDI_SME) expect(b.reference).toBe(`demo data: ${regionByCode(b.company.region!)!.label.zh}${year}年度专精特新中小企业名单`);
    }
  });

  it('dates badges after founding and before the reference date; Chinese titles expire after three years', () => {
    for (const b of badges) {
      expect(b.awardedOn).toMatch(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
      expect(new Date(`${b.awardedOn}T00:00:00Z`).toISOString().slice(0, 10)).toBe(b.awardedOn);
      expect(Number(b.awardedOn.slice(0, 4))).toBeGreaterThan(b.company.foundedYear!);
      expect(b.awardedOn < referenceDate).toBe(true);
      const chineseTitle = [BadgeType.SRDI_SME, BadgeType.LITTLE_GIANT, BadgeType.SINGLE_CHAMPION].includes(b.type);
      expect(chineseTitle).toBe(b.company.country === 'CN');
      if (chineseTitle) expect(b.expiresOn).toBe(`${Number(b.awardedOn.slice(0, 4)) + 3}${b.awardedOn.slice(4)}`.replace(/-02-29$/, '-03-01'));
      else expect(b.expiresOn).toBeNull();
      if (b.type === BadgeType.MITTELSTAND) expect(b.company.country).toBe('DE');
    }
    for (const c of sample) expect(new Set(c.badges.map((b) => b.type)).size).toBe(c.badges.length);
  });

  it('lets a few percent of dated badges lapse before the reference date', () => {
    const dated = badges.filter((b) => b.expiresOn !== null);
    expect(dated.length).toBeGreaterThan(100);
    const expired = dated.filter((b) => isExpired(b, referenceDate)).length / dated.length;
    expect(expired).toBeGreaterThan(EXPIRED_BADGE_SHARE / 3);
    expect(expired).toBeLessThan(EXPIRED_BADGE_SHARE * 2.5);
  });

  it('backs hidden champions by the Simon list or a company document', () => {
    const champions = badges.filter((b) => b.type === BadgeType.HIDDEN_CHAMPION);
    expect(champions.some((b) => b.evidence === EvidenceKind.LIST && b.reference === 'demo data: Simon, Hidden Champions (2021) list')).toBe(true);
    expect(champions.some((b) => b.evidence === EvidenceKind.DOCUMENT)).toBe(true);
  });
});

describe('generateCompanies: typed opportunities', () => {
  const opportunities = sample.flatMap((c) => c.opportunities.map((o) => ({ ...o, company: c })));
  const vocabularyTerms = new Set(glossaryTerms().map((t) => t.en));

  it('publishes 0–3 opportunities per company, about 70 % at least one, each type at most once', () => {
    for (const c of sample) {
      expect(c.opportunities.length).toBeLessThanOrEqual(3);
      expect(new Set(c.opportunities.map((o) => o.type)).size).toBe(c.opportunities.length);
    }
    expect(share((c) => c.opportunities.length > 0)).toBeGreaterThan(0.65);
    expect(share((c) => c.opportunities.length > 0)).toBeLessThan(0.75);
    for (const type of Object.values(OpportunityType)) expect(opportunities.filter((o) => o.type === type).length).toBeGreaterThan(50);
  });

  it('keeps to at most 5 technology and 5 market keywords from the vocabulary, and stage and IP status only on technology offers', () => {
    for (const o of opportunities) {
      expect(o.technologyKeywords.length).toBeGreaterThanOrEqual(1);
      expect(o.technologyKeywords.length).toBeLessThanOrEqual(MAX_TECHNOLOGY_KEYWORDS);
      expect(o.marketKeywords.length).toBeGreaterThanOrEqual(1);
      expect(o.marketKeywords.length).toBeLessThanOrEqual(MAX_MARKET_KEYWORDS);
      for (const keyword of [...o.technologyKeywords, ...o.marketKeywords]) expect(keyword.length).toBeLessThanOrEqual(80);
      for (const keyword of o.technologyKeywords) expect(vocabularyTerms.has(keyword)).toBe(true);
      expect(new Set(o.technologyKeywords).size).toBe(o.technologyKeywords.length);
      const technologyOffer = o.type === OpportunityType.TECHNOLOGY_OFFER;
      expect(o.stage !== null).toBe(technologyOffer);
      expect(o.ipStatus !== null).toBe(technologyOffer);
    }
  });

  it('writes titles and descriptions in the company languages: zh and en for Chinese, de and en for German companies', () => {
    for (const o of opportunities) {
      const texts = [o.title.zh, o.title.de, o.title.en].filter((t): t is string => t !== null);
      expect(texts.length).toBeGreaterThanOrEqual(1);
      for (const text of texts) expect(text.length).toBeLessThanOrEqual(200);
      for (const language of ['zh', 'de', 'en'] as const) expect(o.description[language] === null).toBe(o.title[language] === null);
      if (o.company.country === 'CN') {
        expect(o.title.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(o.title.en).not.toBeNull();
      }
      if (o.company.country === 'DE') {
        expect(o.title.de).not.toBeNull();
        expect(o.title.en).not.toBeNull();
      }
      if (o.title.en !== null) expect(o.title.en.toLowerCase()).toContain(o.technologyKeywords[0]!.toLowerCase());
    }
  });

  it('uses 1–3 partnership types that fit the type of opportunity', () => {
    for (const o of opportunities) {
      expect(o.partnershipTypes.length).toBeGreaterThanOrEqual(1);
      expect(o.partnershipTypes.length).toBeLessThanOrEqual(3);
      expect(new Set(o.partnershipTypes).size).toBe(o.partnershipTypes.length);
      if (o.type === OpportunityType.TECHNOLOGY_OFFER) for (const p of o.partnershipTypes) expect([PartnershipType.LICENSING, PartnershipType.RD_COOPERATION]).toContain(p);
      if (o.type === OpportunityType.RD_COOPERATION_REQUEST) expect(o.partnershipTypes[0]).toBe(PartnershipType.RD_COOPERATION);
      if (o.type === OpportunityType.BUSINESS_REQUEST && o.company.country === 'CN') {
        for (const p of o.partnershipTypes) expect([PartnershipType.SITE_LOCALISATION, PartnershipType.INVESTMENT_JV, PartnershipType.SUPPLIER]).toContain(p);
      }
    }
  });

  it('targets Germany and other EU countries from China, and China from Europe', () => {
    for (const o of opportunities) {
      if (o.company.country === 'CN') {
        expect(o.targetCountries).toContain('DE');
        for (const country of o.targetCountries) expect(['DE', ...EU_COUNTRIES]).toContain(country);
      } else {
        expect(o.targetCountries).toEqual(['CN']);
      }
    }
  });

  it('gives Chinese requests European offers to match, often from an upstream sector of the value chain', () => {
    const offered = new Set(opportunities.filter((o) => o.company.country !== 'CN' && OFFER_TYPES.includes(o.type)).flatMap((o) => o.technologyKeywords));
    const requests = opportunities.filter((o) => o.company.country === 'CN' && (o.type === OpportunityType.BUSINESS_REQUEST || o.type === OpportunityType.TECHNOLOGY_REQUEST));
    expect(requests.length).toBeGreaterThan(200);
    expect(requests.filter((o) => o.technologyKeywords.some((k) => offered.has(k))).length / requests.length).toBeGreaterThan(0.6);
    const upstream = requests.filter((o) => {
      const own = [...isicDivisions(o.company, true)];
      const suppliers = new Set(own.flatMap((d) => suppliersOf(d).map((l) => l.supplier)));
      return o.technologyKeywords.some((k) => [...suppliers].some((d) => sectorVocabulary(d)?.products.some((p) => p.en === k)));
    });
    expect(upstream.length / requests.length).toBeGreaterThan(0.3);
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

  it('has plausible size, age and status, and no register number (the companies are fictitious)', () => {
    for (const c of sample) {
      expect(Number.isInteger(c.employees)).toBe(true);
      expect(c.employees).toBeGreaterThanOrEqual(5);
      expect(c.employees).toBeLessThanOrEqual(20_000);
      expect(c.foundedYear).toBeGreaterThanOrEqual(1850);
      expect(c.foundedYear).toBeLessThanOrEqual(2022);
      expect(c.status).toBe(CompanyStatus.PUBLISHED);
      expect(c.registryId).toBeNull();
      if (c.website !== null) expect(c.website).toMatch(/^https:\/\/www\.[a-z0-9-]+\.example$/);
    }
    const employees = sample.map((c) => c.employees!).sort((a, b) => a - b);
    const median = employees[employees.length / 2]!;
    expect(median).toBeGreaterThan(40);
    expect(median).toBeLessThan(300);
    expect(share((c) => c.country === 'CN' && c.foundedYear! >= 1980, chinese)).toBeGreaterThan(0.85);
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
