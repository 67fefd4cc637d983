import { CompanyRecord, CreateCompanyInput, deriveCompanyColumns, derivedIsicCodes, sizeBandOf, toCompanyRecord } from '@hc/companies';
import { distanceKm } from '@hc/core';
import { OFFER_TYPES, OpportunityContent, OpportunityContentInput, OpportunityType, PartnershipType, toOpportunityContent } from '@hc/opportunities';
import { ParkRecord, SubmitParkProfileInput } from '@hc/parks';
import { customersOf, glossaryTermGroups, isicDivisionOf, suppliersOf } from '@hc/taxonomy';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { GeneratedCompany, generateCompanies } from '../generator/company.generator';
import { CHINESE_BRANDS, EUROPEAN_SURNAMES, GERMAN_SURNAMES } from '../vocabulary/names.vocabulary';
import { halfOf, matchKey, topicConcept, topicConcepts } from './planted.concepts';
import { DecoyReason, FitKind, PLANTED_SEEDS, PlantedScenarios, PlantedSignal, PlantedVocabulary, RIGHT_COMPANIES_PER_PARK } from './planted.model';
import { placesOf } from './planted.places';
import { areasAt, EUROPEAN_AREA_COUNTRIES } from './planted.regions';
import { DEFAULT_DECOYS_PER_PARK, DEFAULT_NOISE_PER_PAIR, DEFAULT_NOISE_PER_PARK, plantedScenarios } from './planted.scenarios';
import { OFFERING_NEEDS, PLANTED_CHINESE_BRANDS, PLANTED_EUROPEAN_SURNAMES, PLANTED_GERMAN_SURNAMES } from './planted.vocabulary';

const PARKS = 40;
const PAIRS = 60;
const sets: Record<PlantedVocabulary, PlantedScenarios> = {
  tuning: plantedScenarios({ seed: PLANTED_SEEDS.tuning, parks: PARKS, pairs: PAIRS, vocabulary: 'tuning' }),
  heldout: plantedScenarios({ seed: PLANTED_SEEDS.heldout, parks: PARKS, pairs: PAIRS, vocabulary: 'heldout' }),
};
const TODAY = '2026-01-01';

const divisionsOf = (c: CompanyRecord) => new Set(derivedIsicCodes(c.activityCodes).map((d) => isicDivisionOf(d.code)));
const point = (x: { latitude: number; longitude: number }) => ({ latitude: x.latitude, longitude: x.longitude });
const fold = (text: string) => text.normalize('NFKC').toLowerCase().trim();
const isSiteIntent = (o: OpportunityContent) =>
  o.type === OpportunityType.BUSINESS_REQUEST && o.partnershipTypes.some((p) => p === PartnershipType.SITE_LOCALISATION || p === PartnershipType.INVESTMENT_JV);
const siteRequestOf = (c: GeneratedCompany) => c.opportunities.find(isSiteIntent);
const localized = (t: { zh: string | null; de: string | null; en: string | null }) => [t.zh, t.de, t.en].filter((x): x is string => x !== null);
/** Every text a matcher reads for a company's topics. */
const textsOf = (c: GeneratedCompany) => [
  ...localized({ zh: c.descriptionZh, de: c.descriptionDe, en: c.descriptionEn }),
  ...c.offers,
  ...c.needs,
  ...c.opportunities.flatMap((o) => [...localized(o.title), ...localized(o.description), ...o.technologyKeywords, ...o.marketKeywords]),
];
const parkTexts = (p: ParkRecord) => localized({ zh: p.descriptionZh, de: p.descriptionDe, en: p.descriptionEn });
const termsOf = (id: string) => {
  const c = topicConcept(id);
  return [...c.terms.zh, ...c.terms.de, ...c.terms.en];
};
/** The match keys of everything a company or park writes, computed once per record (thousands of checks read them). */
const keyed = new WeakMap<object, string>();
function keysOf(record: GeneratedCompany | ParkRecord): string {
  let found = keyed.get(record);
  if (found === undefined) keyed.set(record, (found = ('opportunities' in record ? textsOf(record) : parkTexts(record)).map(matchKey).join('\n')));
  return found;
}
/** True when the record writes `term` (literally or inflected). */
const writes = (record: GeneratedCompany | ParkRecord, term: string) => keysOf(record).includes(matchKey(term));
/** True when the record writes any spelling of concept `id`. */
const namesTopic = (record: GeneratedCompany | ParkRecord, id: string) => termsOf(id).some((term) => writes(record, term));
const offeringsIn = (needs: readonly string[]) =>
  Object.entries(OFFERING_NEEDS)
    .filter(([, term]) => needs.some((n) => n === term.zh || n === term.de || n === term.en))
    .map(([offering]) => offering)
    .sort();
const hasBadge = (c: CompanyRecord) => c.badges.some((b) => ['hidden_champion', 'little_giant', 'single_champion', 'srdi_sme'].includes(b.type));

function messages(errors: ValidationError[], path = ''): string[] {
  return errors.flatMap((e) => [...Object.values(e.constraints ?? {}).map((m) => `${path}${e.property}: ${m}`), ...messages(e.children ?? [], `${path}${e.property}.`)]);
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

/** The glossary concepts a planted set uses as topics: parks', fits', noise's, decoys', pairs' and pair noise's. */
function topicIds(s: PlantedScenarios): Set<string> {
  const ids = new Set<string>(s.parkTopics.flat());
  for (const role of s.roles) {
    if (role.kind === 'park_right' || role.kind === 'park_noise' || role.kind === 'park_decoy') ids.add(role.topic);
    if (role.kind === 'pair_noise') role.topics.forEach((t) => ids.add(t));
  }
  for (const pair of s.pairAnswers) ids.add(pair.topics.aRequests).add(pair.topics.bRequests);
  return ids;
}

/** The park's place as the regions module reads it. */
function parkPlace(park: ParkRecord) {
  const place = placesOf(park.country === 'CN' ? 'CN' : park.country === 'DE' ? 'DE' : 'EU').find((p) => p.country === park.country && p.city === park.city && p.region === park.region);
  if (!place) throw new Error(`no place ${park.city}`);
  return place;
}

describe('plantedScenarios: determinism and shape', () => {
  it('gives the same scenarios for the same options, and others for another seed or vocabulary', () => {
    const options = { seed: PLANTED_SEEDS.tuning, parks: PARKS, pairs: PAIRS, vocabulary: 'tuning' as const };
    // Compared as JSON: a deep toEqual over thousands of records takes seconds.
    expect(JSON.stringify(plantedScenarios(options))).toBe(JSON.stringify(sets.tuning));
    const other = plantedScenarios({ ...options, seed: options.seed + 1 });
    expect(other.companies.map((c) => c.nameEn)).not.toEqual(sets.tuning.companies.map((c) => c.nameEn));
    expect(other.parks.map((p) => p.nameEn)).not.toEqual(sets.tuning.parks.map((p) => p.nameEn));
  });

  it('uses different default seeds for the tuning and the held-out set', () => {
    expect(PLANTED_SEEDS.tuning).not.toBe(PLANTED_SEEDS.heldout);
    expect(sets.tuning.seed).toBe(PLANTED_SEEDS.tuning);
    expect(sets.heldout.vocabulary).toBe('heldout');
  });

  it.each(['tuning', 'heldout'] as const)('plants parks (60 %% in China), fits, noise, decoys, pairs and pair noise in the %s set', (name) => {
    const s = sets[name];
    expect(s.parks).toHaveLength(PARKS);
    expect(s.parks.filter((p) => p.country === 'CN')).toHaveLength(24);
    expect(s.parks.filter((p) => p.country === 'DE').length).toBeGreaterThanOrEqual(12);
    expect(s.parks.filter((p) => p.country !== 'CN' && p.country !== 'DE').length).toBeGreaterThan(0);
    expect(s.parkAnswers.every((a) => a.length === RIGHT_COMPANIES_PER_PARK)).toBe(true);
    expect(s.parkNoise.every((n) => n.length === DEFAULT_NOISE_PER_PARK)).toBe(true);
    expect(s.parkDecoys.every((d) => d.length === DEFAULT_DECOYS_PER_PARK)).toBe(true);
    expect(s.pairAnswers).toHaveLength(PAIRS);
    expect(s.pairNoise.every((n) => n.length === DEFAULT_NOISE_PER_PAIR)).toBe(true);
    expect(s.companies).toHaveLength(PARKS * (RIGHT_COMPANIES_PER_PARK + DEFAULT_NOISE_PER_PARK + DEFAULT_DECOYS_PER_PARK) + PAIRS * (2 + DEFAULT_NOISE_PER_PAIR));
  });

  it('has an answer key over indexes that covers every company exactly once, consistent with the roles', () => {
    for (const s of Object.values(sets)) {
      const keyed = [...s.parkAnswers.flat(), ...s.parkNoise.flat(), ...s.parkDecoys.flat(), ...s.pairAnswers.flatMap((p) => [p.a, p.b]), ...s.pairNoise.flat()];
      expect([...keyed].sort((a, b) => a - b)).toEqual(s.companies.map((_, i) => i));
      s.parkAnswers.forEach((answers, p) => answers.forEach((i) => expect(s.roles[i]).toMatchObject({ kind: 'park_right', park: p })));
      s.parkNoise.forEach((noise, p) => noise.forEach((i) => expect(s.roles[i]).toMatchObject({ kind: 'park_noise', park: p })));
      s.parkDecoys.forEach((decoys, p) => decoys.forEach((i) => expect(s.roles[i]).toMatchObject({ kind: 'park_decoy', park: p })));
      s.pairAnswers.forEach((pair, k) => {
        expect(s.roles[pair.a]).toMatchObject({ kind: 'pair', pair: k, side: 'a', archetype: pair.archetype });
        expect(s.roles[pair.b]).toMatchObject({ kind: 'pair', pair: k, side: 'b', archetype: pair.archetype });
      });
      s.pairNoise.forEach((noise, k) => noise.forEach((i) => expect(s.roles[i]).toMatchObject({ kind: 'pair_noise', pair: k })));
    }
  });

  it('scales with the options, defaults to the tuning vocabulary, and rejects nonsense', () => {
    const small = plantedScenarios({ seed: 7, parks: 3, pairs: 2, noisePerPark: 4, decoysPerPark: 2, noisePerPair: 3 });
    expect(small.vocabulary).toBe('tuning');
    expect(small.parks).toHaveLength(3);
    expect(small.companies).toHaveLength(3 * (RIGHT_COMPANIES_PER_PARK + 4 + 2) + 2 * (2 + 3));
    expect(plantedScenarios({ seed: 7, parks: 0, pairs: 0 }).companies).toEqual([]);
    expect(() => plantedScenarios({ seed: Number.NaN, parks: 1, pairs: 1 })).toThrow(RangeError);
    expect(() => plantedScenarios({ seed: 1, parks: -1, pairs: 1 })).toThrow(RangeError);
    expect(() => plantedScenarios({ seed: 1, parks: 1, pairs: 1.5 })).toThrow(RangeError);
    expect(() => plantedScenarios({ seed: 1, parks: 1, pairs: 1, vocabulary: 'other' as PlantedVocabulary })).toThrow(RangeError);
  });
});

describe('plantedScenarios: two vocabularies', () => {
  it('uses disjoint topic concepts in the tuning and the held-out set, each from its own half of the glossary', () => {
    const tuning = topicIds(sets.tuning);
    const heldout = topicIds(sets.heldout);
    expect([...tuning].filter((id) => heldout.has(id))).toEqual([]);
    expect([...tuning].every((id) => halfOf(id) === 'tuning')).toBe(true);
    expect([...heldout].every((id) => halfOf(id) === 'heldout')).toBe(true);
  });

  it('splits the glossary into halves that both cover many ISIC divisions', () => {
    for (const half of ['tuning', 'heldout'] as const) {
      const divisions = new Set(topicConcepts().filter((c) => c.half === half && c.free && c.splittable && c.division !== null).map((c) => c.division));
      expect(divisions.size).toBeGreaterThanOrEqual(12);
    }
    const parkDivisions = (s: PlantedScenarios) => new Set(s.parks.flatMap((p) => p.focusSectors));
    expect(parkDivisions(sets.tuning).size).toBeGreaterThanOrEqual(10);
    expect(parkDivisions(sets.heldout).size).toBeGreaterThanOrEqual(10);
  });

  it('phrases the two sets differently: park descriptions, company topics and requests', () => {
    const wording = { tuning: ['园区聚焦', 'Schwerpunkte:', 'Focus:', 'Core competence:', 'Kernkompetenz:'], heldout: ['重点引进', 'baut Cluster', 'building clusters', 'Its speciality:', 'Spezialgebiet:'] };
    const texts = (s: PlantedScenarios) => [...s.parks.flatMap(parkTexts), ...s.companies.flatMap((c) => localized({ zh: c.descriptionZh, de: c.descriptionDe, en: c.descriptionEn }))].join('\n');
    const [tuning, heldout] = [texts(sets.tuning), texts(sets.heldout)];
    for (const phrase of wording.tuning) {
      expect(tuning).toContain(phrase);
      expect(heldout).not.toContain(phrase);
    }
    for (const phrase of wording.heldout) {
      expect(heldout).toContain(phrase);
      expect(tuning).not.toContain(phrase);
    }
  });
});

describe.each(['tuning', 'heldout'] as const)('plantedScenarios (%s): parks and their fits', (name) => {
  const s = sets[name];

  it('gives each park 2–3 topics whose divisions are its focus sectors, named in its description', () => {
    s.parks.forEach((park, p) => {
      const topics = s.parkTopics[p] ?? [];
      expect(topics.length).toBeGreaterThanOrEqual(2);
      expect(topics.length).toBeLessThanOrEqual(3);
      expect([...new Set(topics.map((id) => topicConcept(id).division))].sort()).toEqual([...park.focusSectors].sort());
      for (const id of topics) expect(namesTopic(park, id)).toBe(true);
      expect(park.gapSectors.some((g) => park.focusSectors.includes(g))).toBe(false);
      expect(park.offerings.length).toBeGreaterThanOrEqual(4);
    });
    // Topics are the park's own: no two parks share one.
    const all = s.parkTopics.flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('never lets a fit share a literal topic keyword with its park\'s description: only meaning connects them', () => {
    s.parkAnswers.forEach((answers, p) => {
      const park = s.parks[p] as ParkRecord;
      const used = (s.parkTopics[p] ?? []).flatMap(termsOf).filter((term) => writes(park, term));
      expect(used.length).toBeGreaterThan(0);
      for (const i of answers) {
        const fit = s.companies[i] as GeneratedCompany;
        const role = s.roles[i];
        if (role?.kind !== 'park_right') throw new Error('not a fit');
        expect(used.filter((term) => writes(fit, term))).toEqual([]);
        // … and it does name its topic, with another spelling.
        expect(namesTopic(fit, role.topic)).toBe(true);
        expect(s.parkTopics[p]).toContain(role.topic);
      }
    });
  });

  it('puts every fit in a focus or gap sector with a site request for the park\'s country, needing what the park offers', () => {
    s.parkAnswers.forEach((answers, p) => {
      const park = s.parks[p] as ParkRecord;
      const offeringTerms = park.offerings.flatMap((o) => Object.values(OFFERING_NEEDS[o]));
      for (const i of answers) {
        const c = s.companies[i] as GeneratedCompany;
        const role = s.roles[i];
        if (role?.kind !== 'park_right') throw new Error('not a fit');
        const divisions = divisionsOf(c);
        expect([...park.focusSectors, ...park.gapSectors].some((d) => divisions.has(d))).toBe(true);
        if (role.signals.includes(PlantedSignal.FOCUS_SECTOR)) expect(park.focusSectors.some((d) => divisions.has(d))).toBe(true);
        if (role.signals.includes(PlantedSignal.GAP_SECTOR)) expect(park.gapSectors.some((d) => divisions.has(d))).toBe(true);
        expect(siteRequestOf(c)?.targetCountries).toContain(park.country);
        expect(c.needs.filter((n) => offeringTerms.includes(n)).length).toBeGreaterThanOrEqual(2);
        expect(c.status).toBe('published');
        expect(c.initiativeMember).toBe(role.signals.includes(PlantedSignal.INITIATIVE_MEMBER));
        expect(hasBadge(c)).toBe(role.signals.includes(PlantedSignal.BADGE));
        if (role.fit === FitKind.NEAR) expect(distanceKm(point(c), point(park))).toBeLessThanOrEqual(10);
        if (role.fit === FitKind.FAR) expect(distanceKm(point(c), point(park))).toBeGreaterThan(40);
        if (role.domestic) expect(c.country).toBe(park.country);
        else expect(c.country === 'CN').toBe(park.country !== 'CN');
      }
      const foreign = answers.filter((i) => s.roles[i]?.kind === 'park_right' && (s.roles[i] as { fit: FitKind }).fit === FitKind.FOREIGN);
      expect(foreign.length).toBeGreaterThanOrEqual(4);
      expect(answers.length - foreign.length).toBeGreaterThanOrEqual(2);
    });
  });

  it('has every domestic fit name the park\'s region or city cluster in its site request', () => {
    s.parkAnswers.forEach((answers, p) => {
      const park = s.parks[p] as ParkRecord;
      const place = parkPlace(park);
      const names = areasAt(place, point(park)).flatMap((a) => [a.name.zh, a.name.de, a.name.en.replace(/^the /, '')]);
      for (const i of answers) {
        const role = s.roles[i];
        if (role?.kind !== 'park_right' || !role.domestic) continue;
        const request = siteRequestOf(s.companies[i] as GeneratedCompany) as OpportunityContent;
        const text = [...localized(request.title), ...localized(request.description)].join(' ');
        expect(names.some((n) => text.includes(n))).toBe(true);
        expect(role.signals).toContain(PlantedSignal.NAMES_REGION);
      }
    });
  });

  it('leaves some fits of every park without a badge or membership', () => {
    for (const answers of s.parkAnswers) {
      expect(answers.filter((i) => !hasBadge(s.companies[i] as GeneratedCompany) && !(s.companies[i] as GeneratedCompany).initiativeMember).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('makes every noise company share its park\'s focus or gap division and its twin\'s intent, place and needs, on another topic', () => {
    s.parkNoise.forEach((noise, p) => {
      const park = s.parks[p] as ParkRecord;
      for (const i of noise) {
        const c = s.companies[i] as GeneratedCompany;
        const role = s.roles[i];
        if (role?.kind !== 'park_noise') throw new Error('not noise');
        const twin = s.companies[role.twinOf] as GeneratedCompany;
        const twinRole = s.roles[role.twinOf];
        if (twinRole?.kind !== 'park_right') throw new Error('the twin is not a fit');
        expect([...park.focusSectors, ...park.gapSectors].some((d) => divisionsOf(c).has(d))).toBe(true);
        expect([...divisionsOf(twin)].some((d) => divisionsOf(c).has(d))).toBe(true);
        expect(c.country).toBe(twin.country);
        const [mine, theirs] = [siteRequestOf(c), siteRequestOf(twin)];
        expect(mine?.targetCountries).toEqual(theirs?.targetCountries);
        expect(mine?.partnershipTypes[0]).toBe(theirs?.partnershipTypes[0]);
        expect(offeringsIn(c.needs)).toEqual(offeringsIn(twin.needs));
        expect(role.fit).toBe(twinRole.fit);
        if (role.fit === FitKind.NEAR) expect(distanceKm(point(c), point(park))).toBeLessThanOrEqual(10);
        // Another topic: it never names any of the park's topics, in any spelling.
        for (const id of s.parkTopics[p] ?? []) expect(namesTopic(c, id)).toBe(false);
        expect(s.parkTopics[p]).not.toContain(role.topic);
        expect(namesTopic(c, role.topic)).toBe(true);
      }
    });
  });

  it('gives noise more badges and membership than fits, on average', () => {
    const share = (indexes: number[], has: (c: GeneratedCompany) => boolean) => indexes.filter((i) => has(s.companies[i] as GeneratedCompany)).length / indexes.length;
    const fits = s.parkAnswers.flat();
    const noise = s.parkNoise.flat();
    expect(share(noise, hasBadge)).toBeGreaterThan(share(fits, hasBadge) + 0.15);
    expect(share(noise, (c) => c.initiativeMember)).toBeGreaterThan(share(fits, (c) => c.initiativeMember) + 0.15);
  });

  it('plants on-topic decoys that must not be suggested: a draft, a lapsed request, another country, another region', () => {
    const reasons = new Set<DecoyReason>();
    s.parkDecoys.forEach((decoys, p) => {
      const park = s.parks[p] as ParkRecord;
      const place = parkPlace(park);
      const parkAreaNames = areasAt(place, point(park)).flatMap((a) => [a.name.zh, a.name.de, a.name.en]);
      for (const i of decoys) {
        const c = s.companies[i] as GeneratedCompany;
        const role = s.roles[i];
        if (role?.kind !== 'park_decoy') throw new Error('not a decoy');
        reasons.add(role.reason);
        expect(s.parkTopics[p]).toContain(role.topic);
        expect(namesTopic(c, role.topic)).toBe(true);
        expect(c.status === 'draft').toBe(role.reason === DecoyReason.DRAFT);
        expect(s.withdrawAfterImport.includes(i)).toBe(role.reason === DecoyReason.LAPSED_REQUEST);
        if (role.reason === DecoyReason.WRONG_COUNTRY) {
          expect(c.country).not.toBe(park.country);
          expect(c.opportunities.some((o) => o.targetCountries.includes(park.country))).toBe(false);
        }
        if (role.reason === DecoyReason.WRONG_REGION) {
          expect(c.country).toBe(park.country);
          expect(distanceKm(point(c), point(park))).toBeGreaterThan(park.country === 'CN' ? 400 : 60);
          const request = siteRequestOf(c) as OpportunityContent;
          const text = [...localized(request.title), ...localized(request.description)].join(' ');
          expect(parkAreaNames.some((n) => text.includes(n.replace(/^the /, '')))).toBe(false);
        }
      }
    });
    expect(reasons).toEqual(new Set(Object.values(DecoyReason)));
  });

  it('keeps every company that is not a park\'s neighbour well away from all planted parks of its country', () => {
    const neighbours = new Set(s.companies.map((_, i) => i).filter((i) => {
      const role = s.roles[i];
      return (role?.kind === 'park_right' || role?.kind === 'park_noise' || role?.kind === 'park_decoy') && s.companies[i] !== undefined && distanceKm(point(s.companies[i] as GeneratedCompany), point(s.parks[role.park] as ParkRecord)) <= 10;
    }));
    s.companies.forEach((c, i) => {
      if (neighbours.has(i)) return;
      for (const park of s.parks) if (park.country === c.country) expect(distanceKm(point(c), point(park))).toBeGreaterThan(15);
    });
  });

  it('keeps every park topic out of the generated demo companies', () => {
    const generated = [...generateCompanies({ seed: s.seed, count: 3000 })].flatMap(textsOf).map(matchKey).join('\n');
    for (const id of s.parkTopics.flat()) for (const term of termsOf(id)) expect(generated.includes(matchKey(term))).toBe(false);
  });
});

describe.each(['tuning', 'heldout'] as const)('plantedScenarios (%s): reciprocal pairs and their noise', (name) => {
  const s = sets[name];
  const groupOf = new Map<string, number>();
  glossaryTermGroups().forEach((group, n) => group.forEach((term) => groupOf.set(fold(term), n)));
  const groupsOf = (o: OpportunityContent) => new Set(o.technologyKeywords.flatMap((k) => (groupOf.has(fold(k)) ? [groupOf.get(fold(k)) as number] : [])));
  const requests = (c: GeneratedCompany) => c.opportunities.filter((o) => !OFFER_TYPES.includes(o.type));
  const offers = (c: GeneratedCompany) => c.opportunities.filter((o) => OFFER_TYPES.includes(o.type));
  const complementary = (offer: OpportunityContent, request: OpportunityContent) =>
    (request.type === OpportunityType.BUSINESS_REQUEST ? offer.type === OpportunityType.BUSINESS_OFFER : offer.type === OpportunityType.TECHNOLOGY_OFFER) &&
    offer.partnershipTypes.some((p) => request.partnershipTypes.includes(p));
  const reaches = (offerer: GeneratedCompany, request: OpportunityContent) =>
    (request.targetCountries.length === 0 || request.targetCountries.includes(offerer.country)) && (request.partnerSizes.length === 0 || request.partnerSizes.includes(sizeBandOf(offerer.employees) as never));

  /** One side's offer meets the other's request: type, partnership, country, size, and a shared glossary concept. */
  function fits(offerer: GeneratedCompany, requester: GeneratedCompany, byTopic: boolean): boolean {
    return requests(requester).some((request) =>
      offers(offerer).some((offer) => complementary(offer, request) && reaches(offerer, request) && (!byTopic || [...groupsOf(offer)].some((g) => groupsOf(request).has(g)))),
    );
  }

  it('pairs a Chinese with a European company, or two European ones, value-chain adjacent', () => {
    let european = 0;
    for (const pair of s.pairAnswers) {
      const [a, b] = [s.companies[pair.a] as GeneratedCompany, s.companies[pair.b] as GeneratedCompany];
      expect(a.country).not.toBe(b.country);
      const chinese = [a.country, b.country].filter((c) => c === 'CN').length;
      expect(chinese).toBe(pair.european ? 0 : 1);
      if (pair.european) european++;
      const [da, db] = [divisionsOf(a), divisionsOf(b)];
      const adjacent = [...da].some((x) => db.has(x) || [...db].some((y) => suppliersOf(y).some((l) => l.supplier === x) || customersOf(y).some((l) => l.customer === x)));
      expect(adjacent).toBe(true);
    }
    expect(european / s.pairAnswers.length).toBeGreaterThan(0.1);
    expect(european / s.pairAnswers.length).toBeLessThan(0.5);
  });

  it('makes both directions fit by meaning, never by a shared literal topic keyword', () => {
    for (const pair of s.pairAnswers) {
      const [a, b] = [s.companies[pair.a] as GeneratedCompany, s.companies[pair.b] as GeneratedCompany];
      expect(fits(b, a, true)).toBe(true);
      expect(fits(a, b, true)).toBe(true);
      for (const id of [pair.topics.aRequests, pair.topics.bRequests]) {
        const terms = termsOf(id);
        const written = (c: GeneratedCompany) => new Set(terms.filter((t) => writes(c, t)).map(matchKey));
        const [wa, wb] = [written(a), written(b)];
        expect(wa.size).toBeGreaterThan(0);
        expect(wb.size).toBeGreaterThan(0);
        expect([...wa].filter((k) => [...wb].some((l) => k.includes(l) || l.includes(k)))).toEqual([]);
      }
    }
  });

  it('builds each pair on a concept (what A requests) that no other planted company and no demo company names', () => {
    const generated = [...generateCompanies({ seed: s.seed, count: 3000 })].flatMap(textsOf).map(matchKey).join('\n');
    s.pairAnswers.forEach((pair) => {
      const id = pair.topics.aRequests;
      expect(topicConcept(id).free).toBe(true);
      expect(s.companies.filter((c, i) => i !== pair.a && i !== pair.b && namesTopic(c, id))).toEqual([]);
      for (const term of termsOf(id)) expect(generated.includes(matchKey(term))).toBe(false);
    });
  });

  it('gives every pair topics of its own: no other pair, park or noise partner takes them as its topic', () => {
    const pairTopics = s.pairAnswers.flatMap((p) => [p.topics.aRequests, p.topics.bRequests]);
    expect(new Set(pairTopics).size).toBe(pairTopics.length);
    const others = new Set([...s.parkTopics.flat(), ...s.roles.flatMap((r) => (r.kind === 'pair_noise' ? r.topics : r.kind === 'park_noise' ? [r.topic] : []))]);
    expect(pairTopics.filter((id) => others.has(id))).toEqual([]);
  });

  it('plants noise partners that meet a side\'s request by type, partnership, country and size, but on other topics', () => {
    s.pairNoise.forEach((noise, k) => {
      const pair = s.pairAnswers[k];
      if (!pair) throw new Error('no pair');
      for (const i of noise) {
        const role = s.roles[i];
        if (role?.kind !== 'pair_noise') throw new Error('not pair noise');
        const c = s.companies[i] as GeneratedCompany;
        const target = s.companies[role.against === 'a' ? pair.a : pair.b] as GeneratedCompany;
        expect(fits(c, target, false)).toBe(true);
        expect(fits(target, c, false)).toBe(true);
        expect(namesTopic(c, pair.topics.aRequests)).toBe(false);
        expect(role.topics).not.toContain(pair.topics.bRequests);
      }
    });
  });
});

describe('plantedScenarios: every record passes the import rules', () => {
  const rules = { hiddenChampionMaxRevenueEur: 5e9 };

  it.each(['tuning', 'heldout'] as const)('validates every %s company with the API DTOs and the cross-field rules, unchanged by them', (name) => {
    const problems: string[] = [];
    sets[name].companies.forEach((company, i) => {
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

  it('validates every park with the park profile DTO; all are published, regions where the taxonomy knows them', () => {
    const problems: string[] = [];
    for (const park of [...sets.tuning.parks, ...sets.heldout.parks]) {
      const input = plainToInstance(SubmitParkProfileInput, {
        name: { zh: park.nameZh, de: park.nameDe, en: park.nameEn },
        description: Object.fromEntries(Object.entries({ zh: park.descriptionZh, de: park.descriptionDe, en: park.descriptionEn }).filter(([, v]) => v !== null)),
        country: park.country,
        region: park.region,
        city: park.city,
        location: point(park),
        focusSectors: park.focusSectors,
        gapSectors: park.gapSectors,
        offerings: park.offerings,
        website: park.website,
      });
      problems.push(...messages(validateSync(input, { whitelist: true, forbidNonWhitelisted: true })).map((m) => `park ${park.nameEn}: ${m}`));
      expect(park.status).toBe('published');
      if (park.country === 'CN' || park.country === 'DE') expect(park.region?.startsWith(`${park.country}-`)).toBe(true);
      else expect(EUROPEAN_AREA_COUNTRIES).toContain(park.country);
    }
    expect(problems).toEqual([]);
  });

  it('gives every company a name key of its own, never one a generated company can have', () => {
    for (const s of Object.values(sets)) {
      const keys = new Set<string>();
      for (const c of s.companies) {
        const d = deriveCompanyColumns(c, TODAY);
        for (const key of d.nameKeys) {
          const full = `${c.country}|${d.cityKey}|${key}`;
          expect(keys.has(full)).toBe(false);
          keys.add(full);
        }
      }
    }
    const plantedParts = new Set([...PLANTED_GERMAN_SURNAMES, ...PLANTED_CHINESE_BRANDS, ...Object.values(PLANTED_EUROPEAN_SURNAMES).flat()].flatMap((n) => [n.local, n.zh, n.latin]));
    const generatorParts = [...GERMAN_SURNAMES, ...CHINESE_BRANDS, ...Object.values(EUROPEAN_SURNAMES).flat()].flatMap((n) => [n.local, n.zh, n.latin]);
    expect(generatorParts.filter((part) => plantedParts.has(part))).toEqual([]);
  });
});
