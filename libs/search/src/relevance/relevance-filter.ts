import { distanceKm } from '@hc/core';
import { CompanySearchDocument } from '../port/search-document';
import { FilterNode, TermValue } from '../port/search-request';

/**
 * Reference semantics of the engine-neutral filter tree, used to check that every judged document
 * passes its query's filter. Deliberately independent of the engines' own filter code.
 */
export function passesFilter(doc: CompanySearchDocument, node: FilterNode | undefined): boolean {
  if (!node) return true;
  switch (node.kind) {
    case 'and':
      return node.nodes.every((n) => passesFilter(doc, n));
    case 'or':
      return node.nodes.some((n) => passesFilter(doc, n));
    case 'not':
      return !passesFilter(doc, node.node);
    case 'in': {
      const value = doc[node.field] as TermValue | TermValue[] | null;
      const values: TermValue[] = value === null ? [] : Array.isArray(value) ? value : [value];
      return values.some((v) => node.values.includes(v));
    }
    case 'range': {
      const value = doc[node.field];
      return value !== null && value >= (node.gte ?? -Infinity) && value <= (node.lte ?? Infinity);
    }
    case 'geoRadius':
      return distanceKm({ latitude: node.lat, longitude: node.lng }, { latitude: doc._geo.lat, longitude: doc._geo.lng }) <= node.radiusKm;
    case 'geoBox': {
      const { lat, lng } = doc._geo;
      if (lat < node.south || lat > node.north) return false;
      // west > east: the box crosses the antimeridian.
      return node.west <= node.east ? lng >= node.west && lng <= node.east : lng >= node.west || lng <= node.east;
    }
  }
}
