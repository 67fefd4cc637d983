import { isKnownIsicCode, isicDivisionOf } from '@hc/taxonomy';
import { CHINESE_BRANDS, CHINESE_LEGAL_FORMS, EUROPEAN_LEGAL_FORMS, EUROPEAN_SURNAMES, GERMAN_LEGAL_FORMS, GERMAN_SURNAMES } from './names.vocabulary';
import { CHINESE_PARTNER_NEEDS, DESCRIPTION_TEMPLATES, EUROPEAN_PARTNER_NEEDS, joinList } from './phrases.vocabulary';
import { glossaryTerms, SECTOR_VOCABULARY, sectorVocabulary } from './sector.vocabulary';

describe('sector vocabulary', () => {
  it('covers about twenty ISIC divisions, including the initiative sectors', () => {
    const divisions = SECTOR_VOCABULARY.map((s) => s.division);
    expect(divisions.length).toBeGreaterThanOrEqual(20);
    expect(new Set(divisions).size).toBe(divisions.length);
    // New energy and intelligent vehicles, digital economy, education and culture.
    for (const division of ['29', '27', '62', '63', '85', '90']) expect(divisions).toContain(division);
    for (const division of divisions) expect(isKnownIsicCode(division)).toBe(true);
  });

  it('has at least six products per division, each in zh, de and en', () => {
    for (const sector of SECTOR_VOCABULARY) {
      expect({ division: sector.division, products: sector.products.length >= 6 }).toEqual({ division: sector.division, products: true });
      for (const term of [...sector.products, ...sector.capabilities, ...sector.niches, ...sector.nameParts, sector.label]) {
        expect(term.zh.trim()).not.toBe('');
        expect(term.de.trim()).not.toBe('');
        expect(term.en.trim()).not.toBe('');
        expect(term.zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('assigns product terms to known ISIC classes of their own division', () => {
    for (const sector of SECTOR_VOCABULARY) {
      expect(isKnownIsicCode(sector.defaultCode)).toBe(true);
      expect(isicDivisionOf(sector.defaultCode)).toBe(sector.division);
      for (const product of sector.products) {
        if (product.isic === null) continue;
        expect({ term: product.en, known: isKnownIsicCode(product.isic) }).toEqual({ term: product.en, known: true });
        expect({ term: product.en, division: isicDivisionOf(product.isic) }).toEqual({ term: product.en, division: sector.division });
      }
      for (const code of sector.related) expect({ code, known: isKnownIsicCode(code) }).toEqual({ code, known: true });
      for (const term of sector.capabilities) if (term.isic !== null) expect(isKnownIsicCode(term.isic)).toBe(true);
    }
  });

  it('fits name parts and niches to ISIC codes that products of the same sector have', () => {
    for (const sector of SECTOR_VOCABULARY) {
      for (const item of [...sector.nameParts, ...sector.niches]) {
        for (const code of item.codes) expect({ item: item.en, fits: sector.products.some((p) => p.isic?.startsWith(code)) }).toEqual({ item: item.en, fits: true });
      }
    }
  });

  it('only names upstream divisions it has a vocabulary for', () => {
    for (const sector of SECTOR_VOCABULARY) {
      for (const upstream of sector.upstream) expect(sectorVocabulary(upstream)).toBeDefined();
    }
  });

  it('contains the German compounds search must split and the terms of the initiative', () => {
    const german = glossaryTerms().map((t) => t.de).concat(SECTOR_VOCABULARY.flatMap((s) => s.nameParts.map((p) => p.de)));
    for (const compound of ['Werkzeugmaschinen', 'Antriebstechnik', 'Messtechnik', 'Fördertechnik']) {
      expect(german.some((term) => term.includes(compound))).toBe(true);
    }
    const machinery = sectorVocabulary('28')!;
    expect(machinery.products).toContainEqual({ zh: '数控机床', de: 'CNC-Werkzeugmaschinen', en: 'CNC machine tools', isic: '2822' });
    const vehicles = sectorVocabulary('29')!;
    expect(vehicles.products.some((p) => p.zh.includes('新能源汽车'))).toBe(true);
    expect(sectorVocabulary('27')!.products.some((p) => p.zh === '动力电池' && p.de === 'Antriebsbatterien')).toBe(true);
  });

  it('keeps keyword terms short enough for the profile fields (80 characters)', () => {
    for (const term of [...glossaryTerms(), ...CHINESE_PARTNER_NEEDS, ...EUROPEAN_PARTNER_NEEDS]) expect(term.en.length).toBeLessThanOrEqual(80);
  });
});

describe('name parts', () => {
  it('has enough German surnames and Chinese brands, each with a transliteration', () => {
    expect(GERMAN_SURNAMES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(GERMAN_SURNAMES.map((s) => s.local)).size).toBe(GERMAN_SURNAMES.length);
    expect(GERMAN_SURNAMES.find((s) => s.local === 'Müller')?.zh).toBe('穆勒');
    expect(CHINESE_BRANDS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CHINESE_BRANDS.map((b) => b.zh)).size).toBe(CHINESE_BRANDS.length);
    for (const brand of CHINESE_BRANDS) {
      expect(brand.zh).toMatch(/^[\u4e00-\u9fff]{2}$/);
      expect(brand.latin).toMatch(/^[A-Z][a-z]+$/);
    }
    for (const surnames of Object.values(EUROPEAN_SURNAMES)) for (const s of surnames) expect(s.zh).toMatch(/^[\u4e00-\u9fff]+$/);
  });

  it('renders the legal forms in English as the companies do', () => {
    expect(GERMAN_LEGAL_FORMS.map((f) => f.local)).toEqual(['GmbH', 'GmbH & Co. KG', 'AG', 'SE']);
    expect(CHINESE_LEGAL_FORMS.map((f) => [f.local, f.en])).toEqual([
      ['有限公司', 'Co., Ltd.'],
      ['股份有限公司', 'Co., Ltd.'],
    ]);
    expect(Object.keys(EUROPEAN_LEGAL_FORMS).sort()).toEqual(Object.keys(EUROPEAN_SURNAMES).sort());
  });
});

describe('phrases', () => {
  it('joins lists the way each language does', () => {
    expect(joinList(['A', 'B', 'C'], 'de')).toBe('A, B und C');
    expect(joinList(['A', 'B'], 'en')).toBe('A and B');
    expect(joinList(['甲', '乙', '丙'], 'zh')).toBe('甲、乙和丙');
    expect(joinList(['A'], 'en')).toBe('A');
  });

  it('puts the name, products, niche, position and markets into every template', () => {
    const parts = { name: 'NAME', city: 'CITY', founded: 1999, employees: 120, products: 'PRODUCTS', niche: 'NICHE', position: 'POSITION', markets: 'MARKETS', verb: 'VERB', reach: 'REACH' };
    for (const templates of Object.values(DESCRIPTION_TEMPLATES)) {
      for (const template of templates) {
        const text = template(parts);
        for (const piece of ['NAME', 'CITY', 'PRODUCTS', 'NICHE', 'POSITION', 'MARKETS', 'VERB']) expect(text).toContain(piece);
      }
    }
  });
});
