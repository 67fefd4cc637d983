import { ACCESS_METADATA, AccessRule } from '@hc/core';
import { RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { RESOLVERS } from './schema-printer';

type Operation = { name: string; type: string; rule: AccessRule | undefined };

/** Every root operation (Query, Mutation, Subscription) of every resolver the api serves, with its access rule. */
function operations(): Operation[] {
  return RESOLVERS.flatMap((resolver) => {
    const proto = resolver.prototype as unknown as Record<string, unknown>;
    return Object.getOwnPropertyNames(proto).flatMap((key) => {
      const method = proto[key];
      if (typeof method !== 'function') return [];
      const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) as string | undefined;
      if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') return [];
      const rule = (Reflect.getMetadata(ACCESS_METADATA, method) ?? Reflect.getMetadata(ACCESS_METADATA, resolver)) as AccessRule | undefined;
      return [{ name: `${resolver.name}.${key}`, type, rule }];
    });
  });
}

describe('access rules', () => {
  it('finds the operations (the check below would pass vacuously otherwise)', () => {
    const names = operations().map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['CompaniesResolver.createCompany', 'CompanySearchResolver.searchCompanies', 'IdentityResolver.signIn']));
    expect(names.length).toBeGreaterThan(30);
  });

  it('gives every query and mutation an explicit rule: @Public(), @Roles(...) or @Authenticated()', () => {
    const missing = operations().filter((o) => !o.rule).map((o) => `${o.type} ${o.name}`);
    expect(missing).toEqual([]);
  });

  it('keeps mutations closed to anonymous callers, except signing up and signing in', () => {
    const publicMutations = operations().filter((o) => o.type === 'Mutation' && o.rule?.kind === 'public').map((o) => o.name);
    expect(publicMutations.sort()).toEqual(['IdentityResolver.signIn', 'IdentityResolver.signUp']);
  });
});
