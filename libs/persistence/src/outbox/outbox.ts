import { DataSource, EntityManager } from 'typeorm';

export const OUTBOX_CHANNEL = 'hc_outbox';
/** Rows one `OutboxStore.prune` call deletes at most. */
export const OUTBOX_PRUNE_CHUNK = 10_000;

export interface OutboxEvent {
  aggregateType: string;
  aggregateId: string;
  aggregateVersion: number;
}

export interface ClaimedOutboxEvent extends OutboxEvent {
  id: string;
  attempts: number;
}

/**
 * Records events inside the caller's transaction. The NOTIFY is delivered only if the
 * transaction commits, so consumers wake up exactly when there is something to read.
 */
export async function enqueueOutbox(manager: EntityManager, events: OutboxEvent[]): Promise<void> {
  if (events.length === 0) return;
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('enqueueOutbox must run inside the transaction that writes the entity');
  }
  // Three array parameters whatever the count: bulk imports enqueue 100,000 events in one statement.
  await manager.query(
    `INSERT INTO outbox_events (aggregate_type, aggregate_id, aggregate_version)
     SELECT * FROM unnest($1::text[], $2::uuid[], $3::int[])`,
    [events.map((e) => e.aggregateType), events.map((e) => e.aggregateId), events.map((e) => e.aggregateVersion)],
  );
  await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
}

export interface OutboxBacklog {
  pending: number;
  oldestPendingAgeSeconds: number | null;
  failing: number;
}

/** Reads and settles outbox rows. Competing consumers are safe: claims use FOR UPDATE SKIP LOCKED. */
export class OutboxStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims up to `limit` due events and runs `handle` while holding their row locks.
   * When `handle` resolves the rows are marked processed; when it throws they are
   * rescheduled with exponential backoff and the error is recorded. Returns how many were claimed.
   */
  async drainOnce(
    limit: number,
    maxBackoffMs: number,
    handle: (events: ClaimedOutboxEvent[]) => Promise<void>,
  ): Promise<{ claimed: number; failed: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string; aggregate_type: string; aggregate_id: string; aggregate_version: number; attempts: number }[] =
        await manager.query(
          `SELECT id, aggregate_type, aggregate_id, aggregate_version, attempts
             FROM outbox_events
            WHERE processed_at IS NULL AND next_attempt_at <= now()
            ORDER BY id
            LIMIT $1
            FOR UPDATE SKIP LOCKED`,
          [limit],
        );
      if (rows.length === 0) return { claimed: 0, failed: false };
      const events = rows.map((r) => ({
        id: String(r.id),
        aggregateType: r.aggregate_type,
        aggregateId: r.aggregate_id,
        aggregateVersion: r.aggregate_version,
        attempts: r.attempts,
      }));
      const ids = events.map((e) => e.id);
      try {
        await handle(events);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await manager.query(
          `UPDATE outbox_events
              SET attempts = attempts + 1,
                  last_error = $2,
                  next_attempt_at = now() + make_interval(secs => LEAST($3::float8, 0.25 * power(2, attempts)) )
            WHERE id = ANY($1::bigint[])`,
          [ids, message.slice(0, 2000), maxBackoffMs / 1000],
        );
        return { claimed: rows.length, failed: true };
      }
      await manager.query(`UPDATE outbox_events SET processed_at = now(), last_error = NULL WHERE id = ANY($1::bigint[])`, [ids]);
      return { claimed: rows.length, failed: false };
    });
  }

  async backlog(): Promise<OutboxBacklog> {
    const [row]: { pending: string; failing: string; oldest: number | null }[] = await this.dataSource.query(
      `SELECT count(*) AS pending,
              count(*) FILTER (WHERE attempts > 0) AS failing,
              EXTRACT(EPOCH FROM now() - min(created_at))::float8 AS oldest
         FROM outbox_events WHERE processed_at IS NULL`,
    );
    return { pending: Number(row.pending), failing: Number(row.failing), oldestPendingAgeSeconds: row.oldest };
  }

  /** Deletes settled rows older than the retention: one chunk of at most OUTBOX_PRUNE_CHUNK rows per call. */
  async prune(retentionHours: number): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM outbox_events WHERE id IN (
         SELECT id FROM outbox_events
          WHERE processed_at IS NOT NULL AND processed_at < now() - make_interval(hours => $1)
          LIMIT ${OUTBOX_PRUNE_CHUNK})`,
      [retentionHours],
    );
    return result[1] ?? 0;
  }
}
