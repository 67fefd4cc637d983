import { DataSource } from 'typeorm';

/**
 * SQL for the moment before which every transaction in this database has ended: now, or the start of the
 * oldest transaction still running, when earlier. A row stamped with its transaction's start (`now()`,
 * as `updated_at` and `outbox_events.created_at` are) below it is committed, or never will be, so readers
 * that follow rows by time up to it skip nothing that commits later.
 */
export const COMMIT_HORIZON_SQL = `least(now(), (SELECT min(xact_start) FROM pg_stat_activity
                                   WHERE datname = current_database() AND pid <> pg_backend_pid()
                                     AND backend_type = 'client backend' AND xact_start IS NOT NULL))`;

/** The commit horizon now, as PostgreSQL's text of a timestamptz. */
export async function commitHorizon(dataSource: DataSource): Promise<string> {
  const [{ horizon }] = await dataSource.query<{ horizon: string }[]>(`SELECT ${COMMIT_HORIZON_SQL}::text AS horizon`);
  return horizon;
}
