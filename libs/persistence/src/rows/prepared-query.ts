import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

const names = new Map<string, string>();

/** A statement's name: derived from its text, so one name never stands for two texts. */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) names.set(text, (name = `hc_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`));
  return name;
}

/**
 * Runs a read as a named prepared statement on the DataSource's pool: each connection parses and plans
 * it once, and PostgreSQL may keep a generic plan. For the few reads on every request (a suggestion's
 * park, feedback and page rows), where planning costs more than running. Not for writes: errors are
 * pg's own `DatabaseError`, not TypeORM's `QueryFailedError`, and there is no transaction.
 */
export async function preparedQuery<T = QueryResultRow>(dataSource: DataSource, text: string, values: readonly unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const result = await pool.query<QueryResultRow>({ name: statementName(text), text, values: [...values] });
  return result.rows as T[];
}
