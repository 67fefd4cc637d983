import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { ACCESS_METADATA, AccessRule, Role, SubjectKind } from '@hc/identity';
import { printSchema } from 'graphql';
import { sharedResourceSearchText } from './shared-resource/shared-resource.entity';
import { expertSearchText } from './expert/expert.entity';
import { toExpertObject } from './expert/expert.mapper';
import { ExpertEntity } from './expert/expert.entity';
import { INITIATIVE_RESOLVERS } from './initiative.module';
import { toSharedResourceObject } from './shared-resource/shared-resource.mapper';
import { SharedResourceEntity } from './shared-resource/shared-resource.entity';
import { SharedResourceStatus, SharedResourceType } from './shared-resource/shared-resource.model';

/** Every root operation of the initiative with its access rule (the global guard refuses operations without one). */
function operations(): Record<string, string> {
  const found: Record<string, string> = {};
  for (const resolver of INITIATIVE_RESOLVERS) {
    const prototype = resolver.prototype as unknown as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const handler = prototype[name];
      if (typeof handler !== 'function') continue;
      const type = Reflect.getMetadata('graphql:resolver_type', handler) as string | undefined;
      if (type !== 'Query' && type !== 'Mutation') continue;
      const rule = Reflect.getMetadata(ACCESS_METADATA, handler) as AccessRule | undefined;
      found[`${type} ${name}`] = !rule ? 'NONE' : rule.kind === 'public' ? 'public' : rule.roles.length === Object.values(Role).length ? 'authenticated' : rule.roles.join(',');
    }
  }
  return found;
}

describe('initiative resolvers', () => {
  it('carry an access rule on every query and mutation', () => {
    const owners = 'admin,park_manager,company_rep';
    const staff = 'reviewer,admin';
    expect(operations()).toEqual({
      'Mutation applyForMembership': owners,
      'Mutation acceptMembership': staff,
      'Mutation declineMembership': staff,
      'Mutation withdrawMembership': owners,
      'Query membershipApplications': 'authenticated',
      'Query initiativeMembers': 'public',
      'Mutation publishSharedResource': owners,
      'Mutation updateSharedResource': owners,
      'Mutation withdrawSharedResource': owners,
      'Query sharedResources': 'public',
      'Mutation recordAgreement': 'admin,reviewer,park_manager,company_rep',
      'Mutation changeAgreementStatus': 'admin,reviewer,park_manager,company_rep',
      'Query agreements': 'authenticated',
      'Query agreement': 'authenticated',
      'Mutation appointExpert': staff,
      'Mutation updateExpert': staff,
      'Mutation assignExpert': staff,
      'Mutation unassignExpert': staff,
      'Query experts': 'public',
      'Query parkExperts': 'public',
      'Query initiativeStats': 'public',
    });
  });

  it('build a GraphQL schema with the initiative operations and types', async () => {
    const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
    try {
      await app.init();
      const schema = await app.get(GraphQLSchemaFactory).create(INITIATIVE_RESOLVERS);
      const signature = (type: 'Query' | 'Mutation', name: string) => {
        const field = (type === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[name]!;
        return `${field.args.map((a) => `${a.name}: ${String(a.type)}`).join(', ')} -> ${String(field.type)}`;
      };
      expect(signature('Mutation', 'declineMembership')).toBe('id: ID!, reason: String! -> Membership!');
      expect(signature('Mutation', 'assignExpert')).toBe('expertId: ID!, subjectKind: ExpertSubjectKind!, subjectId: ID! -> Expert!');
      expect(signature('Mutation', 'changeAgreementStatus')).toBe('id: ID!, status: AgreementStatus!, reason: String -> CooperationAgreement!');
      expect(signature('Query', 'initiativeMembers')).toBe('first: Int!, after: String, memberKind: ProfileKind -> MembershipConnection!');
      expect(signature('Query', 'parkExperts')).toBe('parkId: ID! -> [Expert!]!');
      expect(signature('Query', 'initiativeStats')).toBe(' -> InitiativeStats!');
      const sdl = printSchema(schema);
      expect(sdl).toMatch(/type CooperationAgreement \{[^}]*experts: \[Expert!\]!/);
      expect(sdl).toMatch(/type Expert \{[^}]*email: String\n/);
      expect(sdl).toMatch(/type SharedResource \{[^}]*owner: InitiativeProfileRef!/);
    } finally {
      await app.close();
    }
  });
});

describe('initiative mappers', () => {
  const expert = Object.assign(new ExpertEntity(), {
    id: 'e1',
    fullName: 'Dr. Thomas Becker',
    affiliation: 'Forum',
    bioZh: null,
    bioDe: 'Berater',
    bioEn: null,
    sectors: ['85'],
    languages: ['de'],
    regions: ['DE'],
    appointedOn: '2024-05-28',
    termEndsOn: '2027-05-27',
    email: 't.becker@example.org',
    version: 1,
  });

  it('shows an expert\'s e-mail to staff only, and whether the term includes today', () => {
    expect(toExpertObject(expert, { showContact: false, today: '2025-01-01' })).toMatchObject({ email: null, active: true, sectors: [{ code: '85' }] });
    expect(toExpertObject(expert, { showContact: true, today: '2027-05-28' })).toMatchObject({ email: 't.becker@example.org', active: false });
  });

  it('reports the distance of a shared resource from the point asked for, in km', () => {
    const resource = Object.assign(new SharedResourceEntity(), {
      id: 'r1',
      parkId: 'p1',
      companyId: null,
      type: SharedResourceType.TEST_LAB,
      nameZh: '汽车测试中心',
      nameDe: null,
      nameEn: null,
      descriptionZh: null,
      descriptionDe: null,
      descriptionEn: null,
      country: 'CN',
      region: 'CN-BJ',
      city: 'Beijing',
      latitude: 40.1256,
      longitude: 116.6543,
      capacity: null,
      conditions: null,
      status: SharedResourceStatus.ACTIVE,
      version: 1,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    const view = { resource, ownerName: { zh: '示范区', de: null, en: null } };
    const near = toSharedResourceObject(view, { latitude: 39.9042, longitude: 116.4074 });
    expect(near.distanceKm).toBeGreaterThan(30);
    expect(near.distanceKm).toBeLessThan(36);
    expect(near.owner).toEqual({ kind: SubjectKind.PARK, id: 'p1', name: { zh: '示范区', de: null, en: null } });
    expect(toSharedResourceObject(view).distanceKm).toBeNull();
  });
});

describe('the initiative migration', () => {
  it('indexes exactly the search expressions the queries use', () => {
    const dir = join(__dirname, '../../persistence/src/migrations');
    const file = readdirSync(dir).find((f) => f.endsWith('-Initiative.ts'))!;
    const sql = readFileSync(join(dir, file), 'utf8');
    expect(sql).toContain(`"shared_resources" USING gin ((${sharedResourceSearchText()}) gin_trgm_ops)`);
    expect(sql).toContain(`"experts" USING gin ((${expertSearchText()}) gin_trgm_ops)`);
  });
});
