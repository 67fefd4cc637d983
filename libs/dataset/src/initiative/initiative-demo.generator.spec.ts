import { derivedIsicCodes } from '@hc/companies';
import {
  AgreementStatus,
  agreementColumns,
  AppointExpertInput,
  ExpertSubjectKind,
  InitiativeDemoProfile,
  ProfileKind,
  PublishSharedResourceInput,
  RecordAgreementInput,
  toExpertContent,
  toSharedResourceContent,
} from '@hc/initiative';
import { distanceKm } from '@hc/core';
import { isicDivisionOf } from '@hc/taxonomy';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { generateCompanies } from '../generator/company.generator';
import { demoParks } from '../parks/park.generator';
import { generateInitiativeDemo } from './initiative-demo.generator';

const SEED = 20240528;

/** Fake stored ids: the generator only passes them through. */
const idOf = (prefix: number, i: number) => `${String(prefix).padStart(8, '0')}-0000-4000-8000-${String(i).padStart(12, '0')}`;

const parks: InitiativeDemoProfile[] = demoParks({ seed: SEED, count: 25 }).map((p, i) => ({ ...p, id: idOf(1, i), sectors: p.focusSectors }));
const companies: InitiativeDemoProfile[] = [...generateCompanies({ seed: SEED, count: 400 })].map((c, i) => ({
  ...c,
  id: idOf(2, i),
  sectors: [...new Set(derivedIsicCodes(c.activityCodes).map((d) => isicDivisionOf(d.code)))],
}));

function problemsOf<T extends object>(type: new () => T, plain: object): string[] {
  return validateSync(plainToInstance(type, plain), { whitelist: true, forbidNonWhitelisted: true }).map((e) => JSON.stringify(e.constraints ?? e.children));
}

describe('generateInitiativeDemo', () => {
  const demo = generateInitiativeDemo({ seed: SEED, parks, companies });
  const profiles = new Map([...parks.map((p) => [`park:${p.id}`, p] as const), ...companies.map((c) => [`company:${c.id}`, c] as const)]);

  it('is deterministic: same seed and profiles, same records; another seed draws differently', () => {
    expect(generateInitiativeDemo({ seed: SEED, parks, companies })).toEqual(demo);
    const other = generateInitiativeDemo({ seed: SEED + 1, parks, companies });
    expect(other.sharedResources.map((r) => r.owner.id)).not.toEqual(demo.sharedResources.map((r) => r.owner.id));
    expect(other.memberships.map((m) => m.member)).toEqual(demo.memberships.map((m) => m.member));
  });

  it('gives every member park and company, and only those, an accepted membership decided at the forum', () => {
    const members = [...parks, ...companies].filter((p) => p.initiativeMember);
    expect(members.length).toBeGreaterThan(50);
    expect(demo.memberships.map((m) => m.member.id).sort()).toEqual(members.map((m) => m.id).sort());
    for (const m of demo.memberships) {
      expect(m.motivation.length).toBeGreaterThan(10);
      expect(m.motivation.length).toBeLessThanOrEqual(2000);
      expect(m.appliedAt < m.decidedAt).toBe(true);
      expect(m.decidedAt.startsWith('2024-05-28')).toBe(true);
    }
    const shunyi = demo.memberships.find((m) => m.member.id === parks[0]!.id)!;
    expect(shunyi.motivation).toContain('中德经济技术合作示范区');
  });

  it('leaves out profiles that are not published', () => {
    const drafts = parks.map((p) => ({ ...p, status: 'draft' }));
    const onlyCompanies = generateInitiativeDemo({ seed: SEED, parks: drafts, companies });
    expect(onlyCompanies.memberships.every((m) => m.member.kind === ProfileKind.COMPANY)).toBe(true);
    expect(onlyCompanies.agreements.flatMap((a) => a.content.parties).every((p) => p.kind === ProfileKind.COMPANY)).toBe(true);
    expect(generateInitiativeDemo({ seed: SEED, parks: [], companies: [] }).agreements).toEqual([]);
  });

  it('makes about 30 shared resources of members, near their sites, valid against the publishing rules', () => {
    expect(demo.sharedResources).toHaveLength(30);
    const memberIds = new Set(demo.memberships.map((m) => m.member.id));
    for (const r of demo.sharedResources) {
      expect(memberIds.has(r.owner.id)).toBe(true);
      const owner = profiles.get(`${r.owner.kind}:${r.owner.id}`)!;
      expect(distanceKm(owner, r.content.location)).toBeLessThanOrEqual(3.01);
      expect(r.content.country).toBe(owner.country);
      const input = { ...r.content, ownerKind: r.owner.kind, ownerId: r.owner.id };
      expect(problemsOf(PublishSharedResourceInput, input)).toEqual([]);
      expect(() => toSharedResourceContent(input as PublishSharedResourceInput)).not.toThrow();
      for (const text of [r.content.name.zh, r.content.name.de, r.content.name.en]) expect(text?.trim()).toBeTruthy();
      // Chinese names of Chinese sites use the Chinese city name.
      if (owner.country === 'CN') expect(r.content.name.zh).not.toMatch(/[A-Za-z]/);
    }
    expect(new Set(demo.sharedResources.map((r) => r.content.type)).size).toBeGreaterThanOrEqual(4);
    expect(demo.sharedResources.some((r) => r.owner.kind === ProfileKind.PARK)).toBe(true);
    expect(demo.sharedResources.some((r) => r.owner.kind === ProfileKind.COMPANY)).toBe(true);
  });

  it('signs 12 agreements at the forum in the launch sectors, between 2 or 3 distinct existing profiles, with a mix of statuses', () => {
    expect(demo.agreements).toHaveLength(12);
    const launch = ['29', '27', '62', '63', '85'];
    for (const a of demo.agreements) {
      expect(a.content.signedOn).toBe('2024-05-28');
      expect(a.content.sectors.every((s) => launch.includes(s))).toBe(true);
      expect(a.content.parties.length).toBeGreaterThanOrEqual(2);
      expect(new Set(a.content.parties.map((p) => `${p.kind}:${p.id}`)).size).toBe(a.content.parties.length);
      for (const p of a.content.parties) expect(profiles.has(`${p.kind}:${p.id}`)).toBe(true);
      // A Chinese and a European party each.
      const countries = a.content.parties.map((p) => profiles.get(`${p.kind}:${p.id}`)!.country);
      expect(countries).toContain('CN');
      expect(countries.some((c) => c !== 'CN')).toBe(true);
      expect(problemsOf(RecordAgreementInput, a.content)).toEqual([]);
      expect(() => agreementColumns(a.content as RecordAgreementInput)).not.toThrow();
    }
    const statuses = new Set(demo.agreements.map((a) => a.status));
    expect(statuses).toEqual(new Set(Object.values(AgreementStatus)));
    expect(demo.agreements.filter((a) => a.content.parties.some((p) => p.kind === ProfileKind.PARK)).length).toBeGreaterThanOrEqual(4);
  });

  it('appoints 8 valid experts, one whose term has ended, and assigns active ones to every agreement', () => {
    expect(demo.experts).toHaveLength(8);
    for (const e of demo.experts) {
      expect(problemsOf(AppointExpertInput, e.content)).toEqual([]);
      expect(() => toExpertContent(e.content as AppointExpertInput)).not.toThrow();
    }
    expect(demo.experts.filter((e) => e.content.termEndsOn < '2026-01-01')).toHaveLength(1);
    const agreementIds = demo.expertAssignments.filter((x) => x.subjectKind === ExpertSubjectKind.AGREEMENT).map((x) => x.subjectId);
    expect(new Set(agreementIds)).toEqual(new Set(demo.agreements.map((a) => a.id)));
    const parkIds = new Set(parks.map((p) => p.id));
    for (const x of demo.expertAssignments.filter((a) => a.subjectKind === ExpertSubjectKind.PARK)) expect(parkIds.has(x.subjectId)).toBe(true);
    const keys = demo.expertAssignments.map((x) => `${x.expertId}:${x.subjectId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('hands out distinct UUIDs', () => {
    const ids = [...demo.memberships, ...demo.sharedResources, ...demo.agreements, ...demo.experts].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
