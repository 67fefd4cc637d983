import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads a JSON file from libs/taxonomy/data. The build copies data/ next to src/ in dist,
 * so the same relative path works from source (Jest) and from compiled code.
 */
export function readTaxonomyDataFile<T>(file: string): T {
  return JSON.parse(readFileSync(join(__dirname, '../data', file), 'utf8')) as T;
}

/** Runs `load` on first use only, so importing the lib does no file I/O. */
export function loadOnce<T>(load: () => T): () => T {
  let cached: { value: T } | undefined;
  return () => (cached ??= { value: load() }).value;
}
