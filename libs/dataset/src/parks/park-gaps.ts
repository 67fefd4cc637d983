import { suppliersOf } from '@hc/taxonomy';

/**
 * What a park with these focus sectors typically lacks: the strongest supplier divisions of its focus
 * (value chain) that it does not focus on itself, e.g. batteries (27) next to vehicle makers (29).
 */
export function supplierGaps(focus: readonly string[], max: number): string[] {
  const links = focus.flatMap((division) => suppliersOf(division)).filter((l) => !focus.includes(l.supplier));
  links.sort((a, b) => b.strength - a.strength || a.supplier.localeCompare(b.supplier));
  return [...new Set(links.map((l) => l.supplier))].slice(0, max);
}
