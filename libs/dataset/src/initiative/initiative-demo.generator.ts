import type { Localized } from '@hc/core';
import {
  DemoAgreementRecord,
  DemoExpertAssignmentRecord,
  DemoExpertRecord,
  DemoMembershipRecord,
  DemoSharedResourceRecord,
  ExpertSubjectKind,
  InitiativeDemoData,
  InitiativeDemoProfile,
  ProfileKind,
} from '@hc/initiative';
import type { ProfileRef } from '@hc/initiative';
import { isicEntry } from '@hc/taxonomy';
import { jitter } from '../generator/jitter.util';
import { chinesePrefectures, europeanCities, germanPlaces } from '../geography/geography.data';
import { intBetween, pick, pickDistinct, Random, randomFor } from '../random/prng.util';
import { joinList } from '../vocabulary/phrases.vocabulary';
import { AGREEMENT_TEMPLATES, CityNames, EXPERT_TEMPLATES, FORUM_DAY, MOTIVATIONS, RESOURCE_TEMPLATES, ResourceTemplate } from './initiative-demo.vocabulary';

export interface InitiativeDemoOptions {
  /** Same seed and same profiles (in the same order), same records. */
  seed: number;
  /** The stored demo parks and companies; pass them in a stable order (e.g. by name), not in insertion order. */
  parks: readonly InitiativeDemoProfile[];
  companies: readonly InitiativeDemoProfile[];
  /** About how many shared resources to generate; 30 by default. */
  sharedResources?: number;
}

/** Stream ids that separate the initiative's draws from companies (1) and parks (2) under the same seed. */
const STREAM = { memberships: 11, resources: 12, agreements: 13, ids: 14 } as const;

const RESOURCE_JITTER_KM = 3;

interface Candidate extends InitiativeDemoProfile {
  kind: ProfileKind;
  /** CN, or EU for Germany and the rest of Europe. */
  origin: 'CN' | 'EU';
}

/**
 * The initiative's demo data for stored demo profiles: accepted memberships of the profiles flagged as members,
 * about 30 shared resources of member parks and companies near their sites, 12 agreements signed at the forum
 * in Shunyi (2024-05-28) in the launch sectors with a mix of statuses, 8 experts and their assignments.
 * Deterministic: the output depends on the seed and the profiles only, never on the clock.
 * Only published profiles take part (a profile without `status` counts as published).
 */
export function generateInitiativeDemo(options: InitiativeDemoOptions): InitiativeDemoData {
  const { seed } = options;
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const ids = idSource(seed);
  const visible = (p: InitiativeDemoProfile) => p.status === undefined || p.status === 'published';
  const candidates: Candidate[] = [
    ...options.parks.filter(visible).map((p) => candidate(p, ProfileKind.PARK)),
    ...options.companies.filter(visible).map((p) => candidate(p, ProfileKind.COMPANY)),
  ];
  const members = candidates.filter((c) => c.initiativeMember);
  const memberships = members.map((m, i) => membership(seed, i, m, ids()));
  const sharedResources = resources(seed, members, options.sharedResources ?? 30, ids);
  const agreements = agreementsOf(seed, candidates, ids);
  const experts: DemoExpertRecord[] = EXPERT_TEMPLATES.map((e) => ({
    id: ids(),
    content: { ...e, bio: { ...e.bio }, sectors: [...e.sectors], languages: [...e.languages], regions: [...e.regions] },
  }));
  return { memberships, sharedResources, agreements, experts, expertAssignments: assignments(agreements, experts, candidates) };
}

function candidate(p: InitiativeDemoProfile, kind: ProfileKind): Candidate {
  return { ...p, kind, origin: p.country === 'CN' ? 'CN' : 'EU' };
}

const refOf = (c: Candidate): ProfileRef => ({ kind: c.kind, id: c.id });

/** Deterministic UUIDs (version 4 layout) from the seed, one after the other. */
function idSource(seed: number): () => string {
  let n = 0;
  return () => {
    const random = randomFor(seed, STREAM.ids, n++);
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
}

function sectorNames(sectors: readonly string[], language: 'zh' | 'de' | 'en'): string {
  const labels = sectors.slice(0, 2).flatMap((code) => {
    const label = isicEntry(code)?.label[language];
    return label ? [label] : [];
  });
  return labels.length ? joinList(labels, language) : language === 'zh' ? '先进制造' : language === 'de' ? 'Industrie' : 'industry';
}

function membership(seed: number, index: number, member: Candidate, id: string): DemoMembershipRecord {
  const random = randomFor(seed, STREAM.memberships, index);
  // Applications came in over the spring; the secretariat accepted them at the forum.
  const appliedAt = new Date(Date.UTC(2024, 2, 1) + intBetween(random, 0, 75) * 86_400_000 + intBetween(random, 1, 10) * 3_600_000);
  const home = member.country === 'CN' ? 'CN' : member.country === 'DE' ? 'DE' : 'EU';
  const language = home === 'CN' ? 'zh' : home === 'DE' ? 'de' : 'en';
  const name = (language === 'zh' ? member.nameZh : language === 'de' ? member.nameDe : member.nameEn) ?? member.nameEn ?? member.nameDe ?? member.nameZh ?? '';
  return {
    id,
    member: refOf(member),
    motivation: MOTIVATIONS[home](name, sectorNames(member.sectors, language)),
    appliedAt: appliedAt.toISOString(),
    decidedAt: `${FORUM_DAY}T02:00:00.000Z`,
  };
}

/** County-level cities of named parks that the prefecture list does not hold. */
const COUNTY_CITIES: readonly (readonly [string, CityNames])[] = [
  ['CN:Taicang', { zh: '太仓', de: 'Taicang', en: 'Taicang' }],
  ['CN:Pujiang', { zh: '浦江', de: 'Pujiang', en: 'Pujiang' }],
  ['CN:Pinghu', { zh: '平湖', de: 'Pinghu', en: 'Pinghu' }],
  ['CN:Kunshan', { zh: '昆山', de: 'Kunshan', en: 'Kunshan' }],
];

let cityIndex: Map<string, CityNames> | undefined;

/** City names in the three languages, from the dataset's geography; the Latin name where none is known. */
function cityNames(owner: Candidate): CityNames {
  cityIndex ??= new Map<string, CityNames>([
    ...chinesePrefectures().map((p) => [`CN:${p.en}`, { zh: p.short, de: p.en, en: p.en }] as const),
    ...germanPlaces().map((p) => [`DE:${p.name}`, { zh: p.zh ?? p.name, de: p.name, en: p.name }] as const),
    ...europeanCities().map((c) => [`${c.country}:${c.name}`, { zh: c.zh, de: c.de, en: c.en }] as const),
    ...COUNTY_CITIES,
  ]);
  return cityIndex.get(`${owner.country}:${owner.city}`) ?? { zh: owner.city, de: owner.city, en: owner.city };
}

function fits(template: ResourceTemplate, owner: Candidate): boolean {
  if (template.owner && template.owner !== owner.kind) return false;
  if (template.origin && template.origin !== owner.origin) return false;
  return template.sectors.length === 0 || template.sectors.some((s) => owner.sectors.includes(s));
}

/** Every member park shares something first; member companies with a fitting template fill up to `wanted`. */
function resources(seed: number, members: readonly Candidate[], wanted: number, ids: () => string): DemoSharedResourceRecord[] {
  const random = randomFor(seed, STREAM.resources, 0);
  const parks = members.filter((m) => m.kind === ProfileKind.PARK);
  const companies = pickDistinct(
    random,
    members.filter((m) => m.kind === ProfileKind.COMPANY && RESOURCE_TEMPLATES.some((t) => t.sectors.length > 0 && fits(t, m))),
    Math.max(0, wanted - parks.length),
  );
  const owners = [...parks, ...companies].slice(0, wanted);
  return owners.map((owner, i) => {
    const r = randomFor(seed, STREAM.resources, i + 1);
    const specific = RESOURCE_TEMPLATES.filter((t) => t.sectors.length > 0 && fits(t, owner));
    const template = pick(r, specific.length && (owner.kind === ProfileKind.COMPANY || r() < 0.5) ? specific : RESOURCE_TEMPLATES.filter((t) => fits(t, owner)));
    const [latitude, longitude] = jitter(r, owner.latitude, owner.longitude, RESOURCE_JITTER_KM);
    const name = template.name(cityNames(owner));
    return {
      id: ids(),
      owner: refOf(owner),
      content: {
        type: template.type,
        name: { ...name },
        description: { ...template.description },
        country: owner.country,
        region: owner.region,
        city: owner.city,
        location: { latitude, longitude },
        capacity: template.capacity,
        conditions: template.conditions,
      },
    };
  });
}

/** Parties of each forum agreement: a Chinese and a European company of the sectors, and a park for some. */
function agreementsOf(seed: number, candidates: readonly Candidate[], ids: () => string): DemoAgreementRecord[] {
  if (candidates.length < 2) return [];
  return AGREEMENT_TEMPLATES.map((template, i) => {
    const random = randomFor(seed, STREAM.agreements, i);
    const inSector = (c: Candidate) => template.sectors.some((s) => c.sectors.includes(s));
    const companies = candidates.filter((c) => c.kind === ProfileKind.COMPANY);
    const parks = candidates.filter((c) => c.kind === ProfileKind.PARK);
    const chosen: Candidate[] = [];
    const add = (pool: readonly Candidate[], random: Random) => {
      const open = pool.filter((c) => !chosen.includes(c));
      if (open.length) chosen.push(pick(random, open));
    };
    for (const origin of ['CN', 'EU'] as const) {
      const sameOrigin = companies.filter((c) => c.origin === origin);
      add(sameOrigin.some(inSector) ? sameOrigin.filter(inSector) : sameOrigin, random);
    }
    if (template.withPark) add(parks.some(inSector) ? parks.filter(inSector) : parks, random);
    // Few profiles of one kind or origin: fill up from anyone.
    while (chosen.length < 2) add(candidates, random);
    return {
      id: ids(),
      status: template.status,
      content: {
        title: { ...template.title } as Localized,
        sectors: [...template.sectors],
        type: template.type,
        signedOn: FORUM_DAY,
        parties: chosen.map(refOf),
        notes: template.notes,
        suggestionId: null,
      },
    };
  });
}

/** Each agreement gets an active expert of its sectors; the experts also accompany a park of their field each. */
function assignments(agreements: readonly DemoAgreementRecord[], experts: readonly DemoExpertRecord[], candidates: readonly Candidate[]): DemoExpertAssignmentRecord[] {
  const active = experts.filter((e) => e.content.termEndsOn > '2025-12-31');
  const result: DemoExpertAssignmentRecord[] = [];
  agreements.forEach((a, i) => {
    const fitting = active.filter((e) => e.content.sectors.some((s) => a.content.sectors.includes(s)));
    const expert = (fitting.length ? fitting : active)[i % (fitting.length || active.length)];
    if (expert) result.push({ expertId: expert.id, subjectKind: ExpertSubjectKind.AGREEMENT, subjectId: a.id });
  });
  const parks = candidates.filter((c) => c.kind === ProfileKind.PARK);
  for (const expert of active) {
    const park = parks.find((p) => p.initiativeMember && expert.content.sectors.some((s) => p.sectors.includes(s)));
    if (park) result.push({ expertId: expert.id, subjectKind: ExpertSubjectKind.PARK, subjectId: park.id });
  }
  return result;
}
