import { FilterNode, NUMERIC_FIELDS, TERM_FIELDS } from '../port/search-request';

/**
 * Thrown when a filter tree can never match (an empty `in`, a range with gte > lte, or an
 * AND containing such a node). Meilisearch has no literal `false`, so the adapter answers
 * these queries itself with an empty result instead of sending a contrived expression.
 */
export class UnsatisfiableFilterError extends Error {
  constructor() {
    super('The filter can never match a document');
    this.name = 'UnsatisfiableFilterError';
  }
}

/** Result of translating a filter tree after constant folding. */
export type CompiledMeiliFilter =
  | { kind: 'matchAll' }
  | { kind: 'matchNone' }
  | { kind: 'expression'; expression: string };

/** Deeper trees are rejected: the UI never builds them and recursion must stay bounded. */
export const MAX_FILTER_DEPTH = 32;

const TERM_FIELD_SET: ReadonlySet<string> = new Set<string>(TERM_FIELDS);
const NUMERIC_FIELD_SET: ReadonlySet<string> = new Set<string>(NUMERIC_FIELDS);

// Plain decimal notation only: `1e21` or `1e-7` are not worth betting on the filter grammar.
const DECIMAL = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 });

/** true = matches every document, false = matches none, string = a Meilisearch expression. */
type Folded = boolean | string;

/**
 * Translates the engine-neutral filter tree into a Meilisearch filter expression.
 * Field names are checked against the port's whitelists and every value is quoted or
 * validated, so nothing from a request is ever spliced into the expression unchecked.
 *
 * Returns '' when the tree places no constraint (e.g. an empty AND): omit the filter then.
 * Throws UnsatisfiableFilterError when the tree can never match.
 */
export function buildMeiliFilter(node: FilterNode): string {
  const compiled = compileMeiliFilter(node);
  if (compiled.kind === 'matchNone') throw new UnsatisfiableFilterError();
  return compiled.kind === 'expression' ? compiled.expression : '';
}

/** Like buildMeiliFilter, but reports "matches all" / "matches none" as values instead. */
export function compileMeiliFilter(node: FilterNode): CompiledMeiliFilter {
  const folded = fold(node, 0);
  if (folded === true) return { kind: 'matchAll' };
  if (folded === false) return { kind: 'matchNone' };
  return { kind: 'expression', expression: folded };
}

/** A Meilisearch string literal: double-quoted, with `\` and `"` escaped (the parser unescapes both). */
export function quoteMeiliString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A finite number in plain decimal notation; anything else is rejected. */
export function formatMeiliNumber(value: unknown, what: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`${what} must be a finite number, got ${describeValue(value)}`);
  }
  return DECIMAL.format(value);
}

function fold(node: FilterNode, depth: number): Folded {
  if (depth > MAX_FILTER_DEPTH) throw new Error(`Filter is nested deeper than ${MAX_FILTER_DEPTH} levels`);
  if (typeof node !== 'object' || node === null) throw new Error(`Filter node must be an object, got ${describeValue(node)}`);
  // `kind` is read through a widened view so unknown kinds from untyped input still reach the error below.
  const kind: unknown = (node as { kind?: unknown }).kind;
  switch (node.kind) {
    case 'and':
      return foldAnd(children(node.nodes, 'and').map((child) => fold(child, depth + 1)));
    case 'or':
      return foldOr(children(node.nodes, 'or').map((child) => fold(child, depth + 1)));
    case 'not': {
      const inner = fold(node.node, depth + 1);
      return typeof inner === 'boolean' ? !inner : `NOT (${inner})`;
    }
    case 'in':
      return foldIn(node.field, node.values);
    case 'range':
      return foldRange(node.field, node.gte, node.lte);
    case 'geoRadius':
      return foldGeoRadius(node.lat, node.lng, node.radiusKm);
    case 'geoBox':
      return foldGeoBox(node.north, node.south, node.east, node.west);
    default:
      throw new Error(`Unknown filter node kind ${describeValue(kind)}`);
  }
}

function children(nodes: unknown, kind: string): FilterNode[] {
  if (!Array.isArray(nodes)) throw new Error(`Filter node "${kind}" needs an array of nodes`);
  return nodes as FilterNode[];
}

// Every child is folded before combining so an invalid node is rejected even next to a constant.
function foldAnd(parts: Folded[]): Folded {
  if (parts.includes(false)) return false;
  const expressions = parts.filter((p): p is string => typeof p === 'string');
  if (expressions.length === 0) return true;
  return expressions.length === 1 ? expressions[0] : `(${expressions.join(' AND ')})`;
}

function foldOr(parts: Folded[]): Folded {
  if (parts.includes(true)) return true;
  const expressions = parts.filter((p): p is string => typeof p === 'string');
  if (expressions.length === 0) return false;
  return expressions.length === 1 ? expressions[0] : `(${expressions.join(' OR ')})`;
}

function foldIn(field: unknown, values: unknown): Folded {
  const name = termField(field);
  if (!Array.isArray(values)) throw new Error(`Filter on ${name} needs an array of values`);
  const literals = [...new Set(values.map((value: unknown) => termLiteral(value, name)))];
  if (literals.length === 0) return false;
  return literals.length === 1 ? `${name} = ${literals[0]}` : `${name} IN [${literals.join(', ')}]`;
}

function foldRange(field: unknown, gte: unknown, lte: unknown): Folded {
  const name = numericField(field);
  const low = gte === undefined ? undefined : formatMeiliNumber(gte, `${name} gte`);
  const high = lte === undefined ? undefined : formatMeiliNumber(lte, `${name} lte`);
  if (typeof gte === 'number' && typeof lte === 'number' && gte > lte) return false;
  // As in the embedded engine, a range only matches documents that have a value.
  if (low === undefined && high === undefined) return `${name} IS NOT NULL`;
  if (high === undefined) return `${name} >= ${low}`;
  if (low === undefined) return `${name} <= ${high}`;
  return `(${name} >= ${low} AND ${name} <= ${high})`;
}

function foldGeoRadius(lat: unknown, lng: unknown, radiusKm: unknown): Folded {
  const latitude = formatMeiliNumber(lat, 'geoRadius lat');
  const longitude = formatMeiliNumber(lng, 'geoRadius lng');
  const radius = formatMeiliNumber(radiusKm, 'geoRadius radiusKm');
  if (Math.abs(lat as number) > 90) throw new Error(`geoRadius lat must be within [-90, 90], got ${latitude}`);
  if (Math.abs(lng as number) > 180) throw new Error(`geoRadius lng must be within [-180, 180], got ${longitude}`);
  if ((radiusKm as number) < 0) throw new Error(`geoRadius radiusKm must not be negative, got ${radius}`);
  return `_geoRadius(${latitude}, ${longitude}, ${formatMeiliNumber((radiusKm as number) * 1000, 'geoRadius meters')})`;
}

function foldGeoBox(north: unknown, south: unknown, east: unknown, west: unknown): Folded {
  const n = formatMeiliNumber(north, 'geoBox north');
  const s = formatMeiliNumber(south, 'geoBox south');
  const e = formatMeiliNumber(east, 'geoBox east');
  const w = formatMeiliNumber(west, 'geoBox west');
  for (const [name, v] of [['north', north], ['south', south]] as const) {
    if (Math.abs(v as number) > 90) throw new Error(`geoBox ${name} must be within [-90, 90]`);
  }
  for (const [name, v] of [['east', east], ['west', west]] as const) {
    if (Math.abs(v as number) > 180) throw new Error(`geoBox ${name} must be within [-180, 180]`);
  }
  if ((south as number) > (north as number)) return false;
  // Meilisearch takes the top-right corner first, then the bottom-left one.
  return `_geoBoundingBox([${n}, ${e}], [${s}, ${w}])`;
}

function termField(field: unknown): string {
  if (typeof field !== 'string' || !TERM_FIELD_SET.has(field)) throw new Error(`Field ${describeValue(field)} cannot be filtered by value`);
  return field;
}

function numericField(field: unknown): string {
  if (typeof field !== 'string' || !NUMERIC_FIELD_SET.has(field)) throw new Error(`Field ${describeValue(field)} has no range filter`);
  return field;
}

function termLiteral(value: unknown, field: string): string {
  if (typeof value === 'string') return quoteMeiliString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  throw new Error(`Filter value for ${field} must be a string or boolean, got ${describeValue(value)}`);
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return typeof value;
}
