import { FilterNode, NUMERIC_FIELDS, TERM_FIELDS } from '../port/search-request';
import { ColumnarIndex } from './columnar-index';

export type SlotPredicate = (slot: number) => boolean;

const termFields = new Set<string>(TERM_FIELDS);
const numericFields = new Set<string>(NUMERIC_FIELDS);
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance from a point to a slot's coordinates, reading the typed-array columns. */
export function slotDistanceKm(index: ColumnarIndex, slot: number, lat: number, lng: number): number {
  const lat2 = index.lat.data[slot];
  const dLat = (lat2 - lat) * RAD;
  const dLng = (index.lng.data[slot] - lng) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Compiles the filter tree into a predicate over column slots: codes and bitmasks, no objects. */
export function compileColumnFilter(node: FilterNode | undefined, index: ColumnarIndex): SlotPredicate {
  if (!node) return () => true;
  switch (node.kind) {
    case 'and': {
      const parts = node.nodes.map((n) => compileColumnFilter(n, index));
      return (slot) => parts.every((p) => p(slot));
    }
    case 'or': {
      const parts = node.nodes.map((n) => compileColumnFilter(n, index));
      return (slot) => parts.some((p) => p(slot));
    }
    case 'not': {
      const inner = compileColumnFilter(node.node, index);
      return (slot) => !inner(slot);
    }
    case 'in': {
      if (!termFields.has(node.field)) throw new Error(`Field ${String(node.field)} cannot be filtered`);
      const values = node.values.map(String);
      if (node.field in index.single) {
        const column = index.single[node.field as keyof ColumnarIndex['single']];
        const codes = new Set(values.map((v) => column.codeOf.get(v)).filter((c): c is number => c !== undefined));
        const data = () => column.codes.data;
        return (slot) => codes.has(data()[slot]);
      }
      if (node.field in index.lists) {
        const column = index.lists[node.field as keyof ColumnarIndex['lists']];
        const codes = new Set(values.map((v) => column.codeOf.get(v)).filter((c): c is number => c !== undefined));
        return (slot) => column.lists[slot].some((code) => codes.has(code));
      }
      const column = index.multi[node.field as keyof ColumnarIndex['multi']];
      const bits = values.map((v) => column.bitOf.get(v)).filter((b): b is number => b !== undefined);
      return (slot) => bits.some((bit) => column.has(slot, bit));
    }
    case 'range': {
      if (!numericFields.has(node.field)) throw new Error(`Field ${String(node.field)} has no range filter`);
      const { gte = -Infinity, lte = Infinity } = node;
      const column = index.numbers[node.field];
      // NaN (no value) fails both comparisons, so companies without the value never match a range.
      return (slot) => {
        const v = column.data[slot];
        return v >= gte && v <= lte;
      };
    }
    case 'geoRadius': {
      const { lat, lng, radiusKm } = node;
      // Cheap bounding-box test first; the exact distance only for points inside the box.
      const dLat = radiusKm / 111.2;
      const dLng = radiusKm / (111.2 * Math.max(0.01, Math.cos(lat * RAD)));
      return (slot) => {
        const la = index.lat.data[slot];
        if (la < lat - dLat || la > lat + dLat) return false;
        const ln = index.lng.data[slot];
        if (dLng < 180 && Math.abs(((ln - lng + 540) % 360) - 180) > dLng) return false;
        return slotDistanceKm(index, slot, lat, lng) <= radiusKm;
      };
    }
    case 'geoBox': {
      const { north, south, east, west } = node;
      if (south > north) return () => false;
      return (slot) => {
        const la = index.lat.data[slot];
        if (la < south || la > north) return false;
        const ln = index.lng.data[slot];
        return west <= east ? ln >= west && ln <= east : ln >= west || ln <= east;
      };
    }
  }
}
