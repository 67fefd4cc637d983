import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { buildConnection, ConnectionShape, decodeCreatedAtCursor, ForbiddenException, NotFoundException } from '@hc/core';
import { Actor, GrantsService } from '@hc/identity';
import { DataSource, EntityManager } from 'typeorm';
import { NotificationsArgs } from './dto/feedback.args';
import { NotificationEntity, NotificationPayload } from './entities/notification.entity';
import { MatchSubject, NotificationKind } from './feedback.model';

/**
 * Notifications of the matching funnel.
 *
 * Model: one row per recipient user (`notifications`), written with one multi-row INSERT in the transaction of
 * the change it reports, so a refused or rolled-back change notifies nobody. The payload (jsonb) holds the ids
 * (interest, subject, candidate, agreement) and the sentence in zh/de/en, fixed when it was written. Recipients
 * are the owners (profile_grants) of the side to be told; the user who acted is never notified of their own act.
 * Each user reads and marks only their own; marking someone else's is FORBIDDEN. Lists are newest first (an
 * inbox), keyset-paginated on (created_at, id) like every other list.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly grants: GrantsService,
  ) {}

  /** The owners of these parks and companies, without `except` (the actor), each once. */
  async ownersOf(sides: readonly MatchSubject[], except: string | null): Promise<string[]> {
    const owners = new Set<string>();
    for (const side of sides) for (const userId of await this.grants.ownersOf(side.kind, side.id)) owners.add(userId);
    if (except) owners.delete(except);
    return [...owners].sort();
  }

  /** One notification per recipient, in the caller's transaction. */
  async notify(manager: EntityManager, recipients: readonly string[], kind: NotificationKind, payload: NotificationPayload): Promise<void> {
    if (recipients.length === 0) return;
    await manager.query(
      `INSERT INTO notifications (recipient_id, kind, payload)
       SELECT r, $2, $3::jsonb FROM unnest($1::uuid[]) AS r`,
      [recipients, kind, JSON.stringify(payload)],
    );
  }

  /** The signed-in user's notifications, newest first. */
  async list(actor: Actor, args: NotificationsArgs): Promise<ConnectionShape<NotificationEntity>> {
    const qb = this.dataSource.getRepository(NotificationEntity).createQueryBuilder('n').where('n.recipient_id = :me', { me: actor.userId });
    if (args.unreadOnly) qb.andWhere('n.read_at IS NULL');
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const { createdAt, id } = decodeCreatedAtCursor(args.after);
      qb.andWhere('(n.created_at, n.id) < (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    const rows = await qb.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').take(args.first + 1).getMany();
    return buildConnection(rows, args.first, Boolean(args.after), totalCount, (r) => [r.createdAt.toISOString(), r.id], (r) => r);
  }

  /** Marks the signed-in user's notifications read; returns how many were unread. Unknown ids are NOT_FOUND, other users' FORBIDDEN. */
  async markRead(actor: Actor, ids: readonly string[]): Promise<number> {
    const wanted = [...new Set(ids)];
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<{ id: string; recipient_id: string }[]>(`SELECT id, recipient_id FROM notifications WHERE id = ANY($1::uuid[]) FOR UPDATE`, [wanted]);
      const found = new Map(rows.map((r) => [r.id, r.recipient_id]));
      const missing = wanted.find((id) => !found.has(id));
      if (missing) throw new NotFoundException('Notification', missing);
      const foreign = wanted.find((id) => found.get(id) !== actor.userId);
      if (foreign) throw new ForbiddenException(`notification ${foreign} is not yours; you can only mark your own notifications read`);
      const [, affected] = (await manager.query(`UPDATE notifications SET read_at = now() WHERE id = ANY($1::uuid[]) AND read_at IS NULL`, [wanted])) as [unknown, number];
      return affected;
    });
  }
}
