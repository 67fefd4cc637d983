import { CompanyRecord, CreateCompanyInput, deriveCompanyColumns, derivedIsicCodes, sizeBandOf, toCompanyRecord } from '@hc/companies';
import { distanceKm } from '@hc/core';
import { OFFER_TYPES, OpportunityContent, OpportunityContentInput, OpportunityType, PartnershipType, toOpportunityContent } from '@hc/opportunities';
import { SubmitParkProfileInput } from '@hc/parks';
import { customersOf, glossaryTermGroups, isicDivisionOf, suppliersOf } from '@hc/taxonomy';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { GeneratedCompany, generateCompanies } from '../generator/company.generator';
import { CHINESE_BRANDS, EUROPEAN_SURNAMES, GERMAN_SURNAMES } from '../vocabulary/names.vocabulary';
import { freeConcepts } from './planted.concepts';
import { DecoyReason, PlantedSignal, RIGHT_COMPANIES_PER_PARK } from './planted.model';
import { DEFAULT_DECOYS_PER_PARK, plantedScenarios } from './planted.scenarios';
import { OFFERING_NEEDS, PLANTED_CHINESE_BRANDS, PLANTED_EUROPEAN_SURNAMES, PLANTED_GERMAN_SURNAMES } from './planted.vocabulary';

const SEED = 20240528;
const OPTIONS = { seed: SEED, parks: 40, pairs: 100 };
const scenarios = plantedScenarios(OPTIONS);
const { parks, companies, parkAnswers, parkDecoys, pairAnswers, roles } = scenarios;
const TODAY = '2026-01-01';

const divisionsOf = (c: CompanyRecord) => new Set(derivedIsicCodes(c.activityCodes).map((d) => isicDivisionOf(d.code)));
const point = (x: { latitude: number; longitude: number }) => ({ latitude: x.latitude, longitude: x.longitude });
const fold = (text: string) => text.normalize('NFKC').toLowerCase().trim();
const isSiteIntent = (o: OpportunityContent) =>
  o.type === OpportunityType.BUSINESS_REQUEST && o.partnershipTypes.some((p) => p === PartnershipType.SITE_LOCALISATION || p === PartnershipType.INVESTMENT_JV);
const keywordsOf = (c: GeneratedCompany) => [...c.offers, ...c.needs, ...c.opportunities.flatMap((o) => [...o.technologyKeywords, ...o.marketKeywords])];

function messages(errors: ValidationError[], path = ''): string[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((m) => `${path}${e.property}: ${m}`),
    ...messages(e.children ?? [], `${path}${e.property}.`),
  ]);
}

/** The company as an import row gives it (the file format leaves out empty values and a derivable band). */
function asInput(c: CompanyRecord): object {
  const text = (zh: string | null, de: string | null, en: string | null) => Object.fromEntries(Object.entries({ zh, de, en }).filter(([, v]) => v !== null));
  return {
    name: text(c.nameZh, c.nameDe, c.nameEn),
    description: text(c.descriptionZh, c.descriptionDe, c.descriptionEn),
    country: c.country,
    region: c.region,
    city: c.city,
    location: { latitude: c.latitude, longitude: c.longitude },
    activityCodes: c.activityCodes.map((a) => ({ ...a })),
    employees: c.employees,
    annualTurnoverEur: c.annualTurnoverEur,
    balanceSheetTotalEur: c.balanceSheetTotalEur,
    revenueBand: c.annualTurnoverEur === null ? c.revenueBand : null,
    foundedYear: c.foundedYear,
    website: c.website,
    badges: c.badges.map((b) => ({ ...b })),
    offers: c.offers,
    needs: c.needs,
    initiativeMember: c.initiativeMember,
    status: c.status,
  };
}

describe('plantedScenarios: determinism and shape', () => {
  it('gives the same scenarios for the same options, and others for another seed', () => {
    // Compared as JSON: a deep toEqual over ~900 records takes seconds.
    expect(JSON.stringify(plantedScenarios(OPTIONS))).toBe(JSON.stringify(scenarios));
    const other = plantedScenarios({ ...OPTIONS, seed: SEED + 1 });
    expect(other.companies.map((c) => c.nameEn)).not.toEqual(companies.map((c) => c.nameEn));
    expect(other.parks.map((p) => p.nameEn)).not.toEqual(parks.map((p) => p.nameEn));
  });

  it('plants the requested parks, ten right companies and the decoys per park, and the pairs', () => {
    expect(parks).toHaveLength(40);
    expect(parks.filter((p) => p.country === 'CN')).toHaveLength(24);
    expect(parks.filter((p) => p.country === 'DE')).toHaveLength(16);
    expect(parkAnswers.every((a) => a.length === RIGHT_COMPANIES_PER_PARK)).toBe(true);
    expect(parkDecoys.every((d) => d.length === DEFAULT_DECOYS_PER_PARK)).toBe(true);
    expect(pairAnswers).toHaveLength(100);
    expect(companies).toHaveLength(40 * (RIGHT_COMPANIES_PER_PARK + DEFAULT_DECOYS_PER_PARK) + 200);
    expect(roles).toHaveLength(companies.length);
  });

  it('has an answer key over indexes that cover every company exactly once, consistent with the roles', () => {
    const keyed = [...parkAnswers.flat(), ...parkDecoys.flat(), ...pairAnswers.flatMap((p) => [p.a, p.b])];
    expect([...keyed].sort((a, b) => a - b)).toEqual(companies.map((_, i) => i));
    parkAnswers.forEach((answers, p) => answers.forEach((i) => expect(roles[i]).toMatchObject({ kind: 'park_right', park: p })));
    parkDecoys.forEach((decoys, p) => decoys.forEach((i) => expect(roles[i]).toMatchObject({ kind: 'park_decoy', park: p })));
    pairAnswers.forEach((pair, k) => {
      expect(roles[pair.a]).toMatchObject({ kind: 'pair', pair: k, side: 'a', archetype: pair.archetype });
      expect(roles[pair.b]).toMatchObject({ kind: 'pair', pair: k, side: 'b', archetype: pair.archetype });
    });
  });

  it('scales with the options and rejects nonsense', () => {
    const small = plantedScenarios({ seed: 7, parks: 3, pairs: 2, decoysPerPark: 2 });
    expect(small.parks).toHaveLength(3);
    expect(small.companies).toHaveLength(3 * 12 + 4);
    expect(plantedScenarios({ seed: 7, parks: 0, pairs: 0 }).companies).toEqual([]);
    expect(() => plantedScenarios({ seed: Number.NaN, parks: 1, pairs: 1 })).toThrow(RangeError);
    expect(() => plantedScenarios({ seed: 1, parks: -1, pairs: 1 })).toThrow(RangeError);
    expect(() => plantedScenarios({ seed: 1, parks: 1, pairs: 1.5 })).toThrow(RangeError);
  });
});

describe('plantedScenarios: every record passes the import rules', () => {
  const rules = { hiddenChampionMaxRevenueEur: 5e9 };

  it('validates every company with the API DTOs and the cross-field rules, unchanged by them', () => {
    const problems: string[] = [];
    companies.forEach((company, i) => {
      const { opportunities, ...record } = company;
      const input = plainToInstance(CreateCompanyInput, asInput(record));
      const errors = messages(validateSync(input, { whitelist: true, forbidNonWhitelisted: true }));
      if (errors.length) problems.push(`company ${i}: ${errors.join('; ')}`);
      else expect(toCompanyRecord(input, rules, '')).toEqual(record);
      expect(opportunities.length).toBeLessThanOrEqual(20);
      opportunities.forEach((o, j) => {
        const oi = plainToInstance(OpportunityContentInput, { ...o });
        const oerrors = messages(validateSync(oi, { whitelist: true, forbidNonWhitelisted: true }));
        if (oerrors.length) problems.push(`company ${i} opportunity ${j}: ${oerrors.join('; ')}`);
        else expect(toOpportunityContent(oi)).toEqual(o);
      });
    });
    expect(problems).toEqual([]);
  });

  it('validates every park with the park profile DTO; all are published', () => {
    const problems: string[] = [];
    parks.forEach((park, i) => {
      const input = plainToInstance(SubmitParkProfileInput, {
        name: { zh: park.nameZh, de: park.nameDe, en: park.nameEn },
        description: { zh: park.descriptionZh, de: park.descriptionDe, en: park.descriptionEn },
        country: park.country,
        region: park.region,
        city: park.city,
        location: point(park),
        focusSectors: park.focusSectors,
        gapSectors: park.gapSectors,
        offerings: park.offerings,
        website: park.website,
      });
      problems.push(...messages(validateSync(input, { whitelist: true, forbidNonWhitelisted: true })).map((m) => `park ${i}: ${m}`));
      expect(park.status).toBe('published');
      expect(park.region?.startsWith(`${park.country}-`)).toBe(true);
    });
    expect(problems).toEqual([]);
  });

  it('gives every company a name key of its own, never one a generated company can have', () => {
    const keys = new Set<string>();
    for (const c of companies) {
      const d = deriveCompanyColumns(c, TODAY);
      for (const key of d.nameKeys) {
        const full = `${c.country}|${d.cityKey}|${key}`;
        expect(keys.has(full)).toBe(false);
        keys.add(full);
      }
    }
    const plantedParts = new Set([...PLANTED_GERMAN_SURNAMES, ...PLANTED_CHINESE_BRANDS, ...Object.values(PLANTED_EUROPEAN_SURNAMES).flat()].flatMap((n) => [n.local, n.zh, n.latin]));
    const generatorParts = [...GERMAN_SURNAMES, ...CHINESE_BRANDS, ...Object.values(EUROPEAN_SURNAMES).flat()].flatMap((n) => [n.local, n.zh, n.latin]);
    expect(generatorParts.filter((part) => plantedParts.has(part))).toEqual([]);
  });
});

describe('plantedScenarios: parks and their right companies, by construction', () => {
  it('spreads the parks out and gives each a theme of its own within its country', () => {
    parks.forEach((a, i) =>
      parks.forEach((b, j) => {
        if (i >= j || a.country !== b.country) return;
        expect(distanceKm(point(a), point(b))).toBeGreaterThan(60);
        expect(a.focusSectors).not.toEqual(b.focusSectors);
      }),
    );
    for (const park of parks) {
      expect(park.gapSectors.length).toBeGreaterThan(0);
      expect(park.gapSectors.some((g) => park.focusSectors.includes(g))).toBe(false);
      expect(park.offerings.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('puts every right company in a focus or gap sector, with intent or close by, and the signals its role lists', () => {
    parkAnswers.forEach((answers, p) => {
      const park = parks[p]!;
      const offeringTerms = park.offerings.flatMap((o) => Object.values(OFFERING_NEEDS[o]));
      for (const i of answers) {
        const c = companies[i]!;
        const role = roles[i]!;
        if (role.kind !== 'park_right') throw new Error('not a right company');
        const divisions = divisionsOf(c);
        expect([...park.focusSectors, ...park.gapSectors].some((d) => divisions.has(d))).toBe(true);
        const intent = c.opportunities.some((o) => isSiteIntent(o) && o.targetCountries.includes(park.country));
        expect(intent).toBe(true);
        expect(role.signals).toContain(PlantedSignal.SITE_INTENT);
        expect(c.needs.some((n) => offeringTerms.includes(n))).toBe(role.signals.includes(PlantedSignal.NEEDS_PARK_OFFERINGS));
        expect(c.initiativeMember).toBe(role.signals.includes(PlantedSignal.INITIATIVE_MEMBER));
        expect(c.badges.some((b) => ['hidden_champion', 'little_giant', 'single_champion', 'srdi_sme'].includes(b.type))).toBe(role.signals.includes(PlantedSignal.BADGE));
        if (role.signals.includes(PlantedSignal.FOCUS_SECTOR)) expect(park.focusSectors.some((d) => divisions.has(d))).toBe(true);
        if (role.signals.includes(PlantedSignal.GAP_SECTOR)) expect(park.gapSectors.some((d) => divisions.has(d))).toBe(true);
        // What it needs (and the park offers) ties a company to this park: two or three offerings.
        expect(c.needs.filter((n) => offeringTerms.includes(n)).length).toBeGreaterThanOrEqual(2);
        // Beyond sector, intent and needs, one more strength at least.
        expect(role.signals.filter((x) => [PlantedSignal.INITIATIVE_MEMBER, PlantedSignal.BADGE, PlantedSignal.GAP_SECTOR].includes(x)).length).toBeGreaterThan(0);
        if (role.domestic) {
          expect(c.country).toBe(park.country);
          expect(distanceKm(point(c), point(park))).toBeLessThanOrEqual(10);
        } else expect(c.country === 'CN').toBe(park.country !== 'CN');
      }
      expect(answers.filter((i) => roles[i]!.kind === 'park_right' && !(roles[i] as { domestic: boolean }).domestic).length).toBeGreaterThanOrEqual(4);
    });
  });

  it('mixes the signals: beyond sector, intent and needs, no signal is carried by every right company', () => {
    const rights = parkAnswers.flat().map((i) => roles[i]!);
    const share = (signal: PlantedSignal) => rights.filter((r) => r.kind === 'park_right' && r.signals.includes(signal)).length / rights.length;
    expect(share(PlantedSignal.SITE_INTENT)).toBe(1);
    expect(share(PlantedSignal.NEEDS_PARK_OFFERINGS)).toBe(1);
    for (const signal of [PlantedSignal.FOCUS_SECTOR, PlantedSignal.GAP_SECTOR, PlantedSignal.NEARBY, PlantedSignal.INITIATIVE_MEMBER, PlantedSignal.BADGE]) {
      expect(share(signal)).toBeGreaterThan(0.15);
      expect(share(signal)).toBeLessThan(0.95);
    }
    expect(new Set(rights.map((r) => (r.kind === 'park_right' ? [...r.signals].sort().join(',') : ''))).size).toBeGreaterThan(12);
  });

  it('keeps every company that is not a neighbour of a park well away from all planted parks of its country', () => {
    const neighbours = new Set(parkAnswers.flatMap((answers) => answers.filter((i) => roles[i]!.kind === 'park_right' && (roles[i] as { domestic: boolean }).domestic)));
    companies.forEach((c, i) => {
      if (neighbours.has(i)) return;
      for (const park of parks) if (park.country === c.country) expect(distanceKm(point(c), point(park))).toBeGreaterThan(40);
    });
  });

  it('plants decoys in two or more focus sectors that are wrong: far away, without intent, or aiming elsewhere', () => {
    parkDecoys.forEach((decoys, p) => {
      const park = parks[p]!;
      const offeringTerms = park.offerings.flatMap((o) => Object.values(OFFERING_NEEDS[o]));
      for (const i of decoys) {
        const c = companies[i]!;
        const role = roles[i]!;
        if (role.kind !== 'park_decoy') throw new Error('not a decoy');
        const divisions = divisionsOf(c);
        expect(park.focusSectors.filter((d) => divisions.has(d)).length).toBeGreaterThanOrEqual(Math.min(2, park.focusSectors.length));
        expect(c.opportunities.some((o) => isSiteIntent(o) && o.targetCountries.includes(park.country))).toBe(false);
        expect(c.needs.some((n) => offeringTerms.includes(n))).toBe(false);
        if (role.reason === DecoyReason.FAR_AWAY) {
          expect(c.country).toBe(park.country);
          expect(distanceKm(point(c), point(park))).toBeGreaterThan(park.country === 'CN' ? 500 : 200);
        } else expect(c.country === 'CN').toBe(park.country !== 'CN');
        if (role.reason === DecoyReason.WRONG_COUNTRY) expect(c.opportunities.some(isSiteIntent)).toBe(true);
      }
    });
  });
});

describe('plantedScenarios: reciprocal pairs, by construction', () => {
  const groupOf = new Map<string, number>();
  glossaryTermGroups().forEach((group, n) => group.forEach((term) => groupOf.set(fold(term), n)));
  const groupsOf = (o: OpportunityContent) => new Set(o.technologyKeywords.flatMap((k) => (groupOf.has(fold(k)) ? [groupOf.get(fold(k))!] : [])));

  /** One side's offer meets the other's request: a shared glossary group, a shared partnership type, the right country and size. */
  function fits(offerer: GeneratedCompany, requester: GeneratedCompany): boolean {
    return requester.opportunities
      .filter((r) => !OFFER_TYPES.includes(r.type))
      .some((request) =>
        offerer.opportunities
          .filter((o) => OFFER_TYPES.includes(o.type))
          .some((offer) => {
            const shared = [...groupsOf(offer)].some((g) => groupsOf(request).has(g));
            const partnership = offer.partnershipTypes.some((p) => request.partnershipTypes.includes(p));
            const country = request.targetCountries.length === 0 || request.targetCountries.includes(offerer.country);
            const size = request.partnerSizes.length === 0 || request.partnerSizes.includes(sizeBandOf(offerer.employees)!);
            return shared && partnership && country && size;
          }),
      );
  }

  it('pairs a Chinese company with a German or European one, value-chain adjacent', () => {
    for (const { a, b } of pairAnswers) {
      const [ca, cb] = [companies[a]!, companies[b]!];
      expect([ca.country, cb.country].filter((c) => c === 'CN')).toHaveLength(1);
      const [da, db] = [divisionsOf(ca), divisionsOf(cb)];
      const adjacent = [...da].some((x) => db.has(x) || [...db].some((y) => suppliersOf(y).some((l) => l.supplier === x) || customersOf(y).some((l) => l.customer === x)));
      expect(adjacent).toBe(true);
    }
  });

  it('makes both directions fit: each offers what the other requests, across languages', () => {
    const words = (c: GeneratedCompany) => new Set(c.opportunities.flatMap((o) => o.technologyKeywords.map(fold)));
    const onlyIn = (x: Set<string>, y: Set<string>) => [...x].some((k) => !y.has(k));
    let bothWays = 0;
    for (const { a, b } of pairAnswers) {
      const [ca, cb] = [companies[a]!, companies[b]!];
      expect(fits(ca, cb)).toBe(true);
      expect(fits(cb, ca)).toBe(true);
      // The Chinese side writes Chinese, the other German or English: only the glossary connects them, at least one way.
      const [wa, wb] = [words(ca), words(cb)];
      expect(onlyIn(wa, wb) || onlyIn(wb, wa)).toBe(true);
      if (onlyIn(wa, wb) && onlyIn(wb, wa)) bothWays++;
    }
    expect(bothWays / pairAnswers.length).toBeGreaterThan(0.8);
  });

  it("builds each pair on glossary concepts no other planted company and no generated company mentions", () => {
    const conceptTerms = new Map(freeConcepts().map((c) => [c.id, c.folded]));
    const termsOfPair = (i: number) => {
      const words = keywordsOf(companies[i]!).map(fold);
      return [...conceptTerms.values()].filter((terms) => terms.some((t) => words.includes(t)));
    };
    const generated = [...generateCompanies({ seed: SEED, count: 3000 })].flatMap((c) => keywordsOf(c).map(fold));
    pairAnswers.forEach(({ a, b }) => {
      const terms = [...termsOfPair(a), ...termsOfPair(b)].flat();
      expect(terms.length).toBeGreaterThan(0);
      const outside = companies.flatMap((c, i) => (i === a || i === b ? [] : keywordsOf(c).map(fold)));
      for (const term of terms) {
        expect(outside.some((k) => k.includes(term))).toBe(false);
        expect(generated.some((k) => k.includes(term))).toBe(false);
      }
    });
  });
});
