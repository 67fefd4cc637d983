import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { CompaniesResolver } from '@hc/companies';
import { CompanyImportResolver } from '@hc/company-import';
import { IdentityResolver } from '@hc/identity';
import { AgreementsResolver, ExpertsResolver, InitiativeStatsResolver, MembershipsResolver, SharedResourcesResolver } from '@hc/initiative';
import { CompanyOpportunitiesResolver, OpportunitiesResolver } from '@hc/opportunities';
import { ParkSuggestionsResolver } from '@hc/matching';
import { FeedbackResolver, InterestsResolver, MatchFunnelResolver, NotificationsResolver } from '@hc/matching-feedback';
import { ParksResolver } from '@hc/parks';
import { ProfileAccessResolver } from '@hc/platform';
import { CompanySearchResolver } from '@hc/search';
import { TaxonomyResolver } from '@hc/taxonomy';
import { lexicographicSortSchema, printSchema } from 'graphql';

/** Every resolver the api serves; the e2e suite checks the running api against the printed schema. */
export const RESOLVERS = [
  IdentityResolver,
  ProfileAccessResolver,
  CompaniesResolver,
  ParksResolver,
  OpportunitiesResolver,
  CompanyOpportunitiesResolver,
  CompanyImportResolver,
  CompanySearchResolver,
  ParkSuggestionsResolver,
  FeedbackResolver,
  InterestsResolver,
  NotificationsResolver,
  MatchFunnelResolver,
  TaxonomyResolver,
  MembershipsResolver,
  SharedResourcesResolver,
  AgreementsResolver,
  ExpertsResolver,
  InitiativeStatsResolver,
];

/** Prints the code-first schema, sorted, without starting a database. */
export async function printAppSchema(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  try {
    await app.init();
    const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}
