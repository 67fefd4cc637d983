import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, AppLogger, CoreModule } from '@hc/core';
import { CompaniesModule } from '@hc/companies';
import { CompanyImportModule } from '@hc/company-import';
import { AccessGuard, IdentityModule } from '@hc/identity';
import { InitiativeModule } from '@hc/initiative';
import { MatchingModule } from '@hc/matching';
import { FeedbackModule } from '@hc/matching-feedback';
import { OpportunitiesModule } from '@hc/opportunities';
import { ParksModule } from '@hc/parks';
import { createDataSourceOptions } from '@hc/persistence';
import { DemoSeeder, ENTITIES, ProfileAccessResolver } from '@hc/platform';
import { SearchModule } from '@hc/search';
import { TaxonomyModule } from '@hc/taxonomy';
import { GraphiqlController } from './graphiql/graphiql.controller';
import { formatError } from './graphql/format-error';
import { GraphQLExceptionFilter } from './graphql/graphql-exception.filter';
import { StrictValidationPipe } from './graphql/validation.pipe';
import { HealthController } from './health/health.controller';

export interface AppModuleOptions {
  config: AppConfig;
  logger: AppLogger;
  databaseUrl: string;
}

@Module({})
export class AppModule {
  static forRoot({ config, logger, databaseUrl }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, logger),
        TypeOrmModule.forRoot({ ...createDataSourceOptions(databaseUrl, ENTITIES), migrationsRun: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          // Built in memory at boot; the committed schema.gql is printed by `npm run schema` and checked by a test.
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: true,
          includeStacktraceInErrorResponses: false,
          formatError,
        }),
        TerminusModule,
        IdentityModule,
        CompaniesModule,
        OpportunitiesModule,
        CompanyImportModule,
        ParksModule,
        SearchModule.forRoot(),
        MatchingModule,
        FeedbackModule,
        InitiativeModule,
        TaxonomyModule,
      ],
      controllers: [HealthController, ...(config.GRAPHIQL ? [GraphiqlController] : [])],
      providers: [
        DemoSeeder,
        ProfileAccessResolver,
        // Every operation is closed unless it carries @Public(), @Roles() or @Authenticated().
        { provide: APP_GUARD, useExisting: AccessGuard },
        { provide: APP_PIPE, useClass: StrictValidationPipe },
        { provide: APP_FILTER, useValue: new GraphQLExceptionFilter(logger) },
      ],
    };
  }
}
