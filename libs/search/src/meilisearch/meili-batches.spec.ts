import { batchDocuments, latestVersions, MEILI_BATCH_LIMITS } from './meili-batches';

describe('batchDocuments', () => {
  it('stays well below the default 100 MB payload limit', () => {
    expect(MEILI_BATCH_LIMITS.maxBytes).toBeLessThanOrEqual(20 * 1024 * 1024);
    expect(MEILI_BATCH_LIMITS.maxDocuments).toBeLessThanOrEqual(10_000);
  });

  it('splits by document count', () => {
    const docs = Array.from({ length: 7 }, (_, i) => ({ i }));
    expect(batchDocuments(docs, { maxBytes: 1_000, maxDocuments: 3 }).map((b) => b.length)).toEqual([3, 3, 1]);
  });

  it('splits by serialized size so that no batch body exceeds the limit', () => {
    const docs = Array.from({ length: 10 }, (_, i) => ({ id: `d${i}`, text: 'x'.repeat(30 + i) }));
    const maxBytes = 120;
    const batches = batchDocuments(docs, { maxBytes, maxDocuments: 100 });
    expect(batches.flat()).toEqual(docs);
    for (const batch of batches) expect(Buffer.byteLength(JSON.stringify(batch))).toBeLessThanOrEqual(maxBytes);
    expect(batches.length).toBeGreaterThan(1);
  });

  it('counts multi-byte characters in bytes', () => {
    const docs = [{ t: '新能源汽车' }, { t: '新能源汽车' }];
    const oneDoc = Buffer.byteLength(JSON.stringify(docs[0]));
    expect(batchDocuments(docs, { maxBytes: oneDoc * 2, maxDocuments: 10 })).toHaveLength(2);
    expect(batchDocuments(docs, { maxBytes: oneDoc * 2 + 3, maxDocuments: 10 })).toHaveLength(1);
  });

  it('rejects a single document above the limit and handles empty input', () => {
    expect(() => batchDocuments([{ t: 'x'.repeat(100) }], { maxBytes: 50, maxDocuments: 10 })).toThrow(/position 0/);
    expect(batchDocuments([])).toEqual([]);
  });
});

describe('latestVersions', () => {
  it('keeps the highest version per id', () => {
    const result = latestVersions([
      { id: 'a', version: 2, tag: 'a2' },
      { id: 'b', version: 1, tag: 'b1' },
      { id: 'a', version: 1, tag: 'a1' },
      { id: 'a', version: 3, tag: 'a3' },
    ]);
    expect(result.map((r) => r.tag).sort()).toEqual(['a3', 'b1']);
  });
});
