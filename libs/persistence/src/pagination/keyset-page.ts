import { buildConnection, ConnectionShape, decodeCreatedAtCursor } from '@hc/core';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * One page of a list in creation order, keyset-paginated on `(created_at, id)`: the shared shape of
 * every profile, user and initiative list. `qb` carries the filters; its alias names the table.
 */
export async function pageByCreatedAt<T extends ObjectLiteral & { createdAt: Date; id: string }>(
  qb: SelectQueryBuilder<T>,
  args: { first: number; after?: string | null },
): Promise<ConnectionShape<T>> {
  const alias = qb.alias;
  const totalCount = await qb.clone().getCount();
  if (args.after) {
    const { createdAt, id } = decodeCreatedAtCursor(args.after);
    qb.andWhere(`(${alias}.created_at, ${alias}.id) > (:createdAt::timestamptz, :id::uuid)`, { createdAt, id });
  }
  const rows = await qb.orderBy(`${alias}.created_at`, 'ASC').addOrderBy(`${alias}.id`, 'ASC').take(args.first + 1).getMany();
  return buildConnection(rows, args.first, Boolean(args.after), totalCount, (r) => [r.createdAt.toISOString(), r.id], (r) => r);
}
