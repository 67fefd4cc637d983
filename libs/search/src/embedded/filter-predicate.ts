import { distanceKm } from '@hc/core';
import { CompanySearchDocument } from '../port/search-document';
import { FilterNode, NUMERIC_FIELDS, TERM_FIELDS, TermValue } from '../port/search-request';

export type DocumentPredicate = (doc: CompanySearchDocument) => boolean;

const termFields = new Set<string>(TERM_FIELDS);
const numericFields = new Set<string>(NUMERIC_FIELDS);

function termValues(doc: CompanySearchDocument, field: (typeof TERM_FIELDS)[number]): TermValue[] {
  const value = doc[field];
  if (value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Compiles the engine-neutral filter tree into a predicate over documents. */
export function compileFilter(node: FilterNode | undefined): DocumentPredicate {
  if (!node) return () => true;
  switch (node.kind) {
    case 'and': {
      const parts = node.nodes.map(compileFilter);
      return (doc) => parts.every((p) => p(doc));
    }
    case 'or': {
      const parts = node.nodes.map(compileFilter);
      return (doc) => parts.some((p) => p(doc));
    }
    case 'not': {
      const inner = compileFilter(node.node);
      return (doc) => !inner(doc);
    }
    case 'in': {
      if (!termFields.has(node.field)) throw new Error(`Field ${String(node.field)} cannot be filtered`);
      const wanted = new Set<TermValue>(node.values);
      return (doc) => termValues(doc, node.field).some((v) => wanted.has(v));
    }
    case 'range': {
      if (!numericFields.has(node.field)) throw new Error(`Field ${String(node.field)} has no range filter`);
      const { gte = -Infinity, lte = Infinity } = node;
      return (doc) => {
        const v = doc[node.field];
        return v !== null && v >= gte && v <= lte;
      };
    }
    case 'geoRadius': {
      const origin = { latitude: node.lat, longitude: node.lng };
      return (doc) => distanceKm(origin, { latitude: doc._geo.lat, longitude: doc._geo.lng }) <= node.radiusKm;
    }
  }
}
