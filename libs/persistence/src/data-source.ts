import { DataSourceOptions, MixedList } from 'typeorm';
import { MIGRATIONS } from './migrations';

/**
 * The one DataSource definition used by the api, the CLI tools and the tests.
 * The schema comes from migrations only; `synchronize` stays off.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function createDataSourceOptions(url: string, entities: MixedList<Function>): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension has to be installed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    // Failed queries surface as errors and are logged by the caller; TypeORM's own logger would write to stdout.
    logging: false,
    extra: { max: 10, application_name: 'hidden-champions' },
  };
}
