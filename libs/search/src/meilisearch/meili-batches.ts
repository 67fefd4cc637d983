export interface MeiliBatchLimits {
  /** Serialized JSON size of one request body. */
  maxBytes: number;
  maxDocuments: number;
}

/**
 * Meilisearch rejects payloads above 100 MB by default (`--http-payload-size-limit`);
 * 20 MB keeps a wide margin and keeps each indexing task short.
 */
export const MEILI_BATCH_LIMITS: Readonly<MeiliBatchLimits> = { maxBytes: 20 * 1024 * 1024, maxDocuments: 10_000 };

/** Splits documents into request-sized batches, preserving order. */
export function batchDocuments<T>(documents: readonly T[], limits: MeiliBatchLimits = MEILI_BATCH_LIMITS): T[][] {
  if (!(limits.maxBytes > 2) || !(limits.maxDocuments >= 1)) throw new RangeError('Batch limits must allow at least one document');
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 2; // the enclosing [ ]
  documents.forEach((document, position) => {
    const size = Buffer.byteLength(JSON.stringify(document), 'utf8');
    if (size + 2 > limits.maxBytes) {
      throw new RangeError(`Document at position ${position} serializes to ${size} bytes, above the ${limits.maxBytes}-byte batch limit`);
    }
    // A following document costs its size plus one comma.
    if (current.length > 0 && (current.length >= limits.maxDocuments || bytes + 1 + size > limits.maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 2;
    }
    bytes += (current.length > 0 ? 1 : 0) + size;
    current.push(document);
  });
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Keeps one entry per id, the one with the highest version (the later one on a tie). */
export function latestVersions<T extends { id: string; version: number }>(items: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of items) {
    const seen = byId.get(item.id);
    if (!seen || item.version >= seen.version) byId.set(item.id, item);
  }
  return [...byId.values()];
}
