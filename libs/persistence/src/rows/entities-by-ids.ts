import { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { preparedQuery } from './prepared-query';

interface Reader {
  sql: string;
  metadata: EntityMetadata;
  /** [column name in the result, property name on the entity] */
  columns: [string, string][];
}

const readers = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, Reader>>();

/** One SELECT per entity, built once from TypeORM's metadata: every column under its property name. */
function readerFor(dataSource: DataSource, target: EntityTarget<ObjectLiteral>): Reader {
  let byTarget = readers.get(dataSource);
  if (!byTarget) readers.set(dataSource, (byTarget = new Map()));
  const found = byTarget.get(target);
  if (found) return found;
  const metadata = dataSource.getMetadata(target);
  const [primary, ...more] = metadata.primaryColumns;
  if (!primary || more.length || primary.type !== 'uuid') throw new Error(`${metadata.name}: entitiesByIds reads entities with one uuid primary key`);
  const columns = metadata.columns.map((c): [string, string] => {
    if (c.transformer || c.embeddedMetadata || c.relationMetadata) throw new Error(`${metadata.name}.${c.propertyName}: entitiesByIds maps plain columns only`);
    return [c.databaseName, c.propertyName];
  });
  const select = metadata.columns.map((c) => {
    const name = `"${c.databaseName}"`;
    // TypeORM hydrates a `date` as its 'YYYY-MM-DD' text; pg would parse it into a Date at local midnight.
    return c.type === 'date' ? `${name}::text AS ${name}` : name;
  });
  const sql = `SELECT ${select.join(', ')} FROM ${metadata.tablePath.split('.').map((p) => `"${p}"`).join('.')} WHERE "${primary.databaseName}" = ANY($1::uuid[])`;
  const reader = { sql, metadata, columns };
  byTarget.set(target, reader);
  return reader;
}

/**
 * The entities with these ids, in the order of `ids` (missing ones left out), as TypeORM's `findBy`
 * hydrates them, but with one prepared statement built once per entity and a plain column copy instead of its query building
 * and transformer: pages of search results and suggestions read their rows on the hot path. Entities
 * with column transformers, embedded columns or relations are refused when first read.
 */
export async function entitiesByIds<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>, ids: readonly string[]): Promise<T[]> {
  if (ids.length === 0) return [];
  const { sql, metadata, columns } = readerFor(dataSource, target);
  const rows = await preparedQuery<Record<string, unknown>>(dataSource, sql, [ids]);
  const byId = new Map<string, T>();
  for (const row of rows) {
    const entity = metadata.create() as Record<string, unknown>;
    for (const [column, property] of columns) entity[property] = row[column];
    byId.set(entity[metadata.primaryColumns[0]?.propertyName as string] as string, entity as T);
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}
