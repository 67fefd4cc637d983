import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { buildConnection, ConnectionShape, decodeCursor, BadUserInputException } from '@hc/core';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { AuditEventEntity, FieldChange } from './audit-event.entity';

export interface AuditEntry {
  subjectKind: string;
  subjectId: string;
  action: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  changes?: FieldChange[];
  reason?: string | null;
}

/** JSON with object keys sorted, so values read back from jsonb (which reorders keys) compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** The fields whose values differ between two plain records; equal values (deeply, whatever the key order) are left out. */
export function diffFields(beforeRecord: object, afterRecord: object, fields: readonly string[]): FieldChange[] {
  const before = beforeRecord as Record<string, unknown>;
  const after = afterRecord as Record<string, unknown>;
  return fields
    .filter((field) => canonical(before[field]) !== canonical(after[field]))
    .map((field) => ({ field, from: before[field] ?? null, to: after[field] ?? null }));
}

/** Append-only record of every lifecycle transition and content change, written in the same transaction as the change. */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, actor: Actor | null, entry: AuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO audit_events (actor_id, actor_role, subject_kind, subject_id, action, from_status, to_status, changes, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9)`,
      [
        actor?.userId ?? null,
        actor?.role ?? null,
        entry.subjectKind,
        entry.subjectId,
        entry.action,
        entry.fromStatus ?? null,
        entry.toStatus ?? null,
        JSON.stringify(entry.changes ?? []),
        entry.reason ?? null,
      ],
    );
  }

  /** Newest first. */
  async list(subjectKind: string, subjectId: string, args: { first: number; after?: string | null }): Promise<ConnectionShape<AuditEventEntity>> {
    const qb = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('a')
      .where('a.subject_kind = :subjectKind AND a.subject_id = :subjectId', { subjectKind, subjectId });
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const [id] = decodeCursor(args.after);
      if (typeof id !== 'string' || !/^\d+$/.test(id)) throw new BadUserInputException([{ field: 'after', message: 'is not a cursor returned by this API' }]);
      qb.andWhere('a.id < :id', { id });
    }
    const rows = await qb.orderBy('a.id', 'DESC').take(args.first + 1).getMany();
    return buildConnection(rows, args.first, Boolean(args.after), totalCount, (r) => [String(r.id)], (r) => r);
  }
}
