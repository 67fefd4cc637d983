import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, AppLogger, CoreModule } from '@hc/core';
import { CompaniesModule } from '@hc/companies';
import { CompanyImportModule } from '@hc/company-import';
import { IdentityModule } from '@hc/identity';
import { InitiativeModule } from '@hc/initiative';
import { MatchingModule } from '@hc/matching';
import { ParksModule } from '@hc/parks';
import { createDataSourceOptions } from '@hc/persistence';
import { SearchModule } from '@hc/search';
import { DemoSeeder, ENTITIES } from '@hc/platform';

export interface CliModuleOptions {
  config: AppConfig;
  logger: AppLogger;
  databaseUrl: string;
}

/**
 * The api's data source, migrated on start like the api's (one list of entities, one set of options).
 * An operator waits at the prompt: one connection attempt, not the module's nine retries 3 s apart.
 */
function database(databaseUrl: string): DynamicModule {
  return TypeOrmModule.forRoot({ ...createDataSourceOptions(databaseUrl, ENTITIES), migrationsRun: true, retryAttempts: 0 });
}

/** Application contexts (no HTTP, no GraphQL) with only the parts of the api a command needs. */
@Module({})
export class CliModule {
  /** Index sync against the configured engine, for `reindex`. */
  static forReindex({ config, logger, databaseUrl }: CliModuleOptions): DynamicModule {
    return {
      module: CliModule,
      imports: [CoreModule.forRoot(config, logger), database(databaseUrl), SearchModule.forRoot()],
    };
  }

  /** Import and export of company files, for `import companies` and `export companies`. */
  static forImport({ config, logger, databaseUrl }: CliModuleOptions): DynamicModule {
    return {
      module: CliModule,
      imports: [CoreModule.forRoot(config, logger), database(databaseUrl), CompanyImportModule],
    };
  }

  /** Accounts, for `create-admin`. */
  static forUsers({ config, logger, databaseUrl }: CliModuleOptions): DynamicModule {
    return {
      module: CliModule,
      imports: [CoreModule.forRoot(config, logger), database(databaseUrl), IdentityModule],
    };
  }

  /** Matching with its job queue, for `match refresh`. */
  static forMatching({ config, logger, databaseUrl }: CliModuleOptions): DynamicModule {
    return {
      module: CliModule,
      imports: [CoreModule.forRoot(config, logger), database(databaseUrl), MatchingModule],
    };
  }

  /** The api's demo seeder with the services it writes through, for `seed-demo`. */
  static forDemo({ config, logger, databaseUrl }: CliModuleOptions): DynamicModule {
    return {
      module: CliModule,
      imports: [CoreModule.forRoot(config, logger), database(databaseUrl), CompaniesModule, ParksModule, CompanyImportModule, InitiativeModule],
      providers: [DemoSeeder],
    };
  }
}
