import SearchableMap from 'minisearch/SearchableMap';
import { COMPANY_INDEX } from '../port/index-settings';
import { CompanySearchDocument } from '../port/search-document';
import { NumericField, TermField } from '../port/search-request';
import { forEachToken } from './text-analysis';

const K1 = 1.2;
const B = 0.75;
const FIELDS = COMPANY_INDEX.searchable;
/** Bit of each searchable field in a posting's field mask; names are the low bits. */
export const NAME_FIELDS_MASK = FIELDS.reduce((mask, f, i) => (f.field.startsWith('name_') ? mask | (1 << i) : mask), 0);

/** A growable typed array. */
class Growable<T extends Int32Array | Float32Array | Float64Array | Uint8Array | Uint32Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (size: number) => T,
  ) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = this.make(Math.max(16, this.data.length * 2));
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  set(index: number, value: number): void {
    while (index >= this.data.length) {
      const next = this.make(Math.max(16, this.data.length * 2));
      next.set(this.data);
      this.data = next;
    }
    this.data[index] = value;
    if (index >= this.length) this.length = index + 1;
  }
}

/** One term's postings: document slots, precomputed BM25F weights, and the fields it occurs in. */
export class Postings {
  readonly slots: Growable<Int32Array>;
  readonly weights: Growable<Float32Array>;
  readonly fields: Growable<Uint8Array>;

  /** Empty, or sealed over slices of the bulk arrays (a later append copies the slice first). */
  constructor(slots = new Int32Array(4), weights = new Float32Array(4), fields = new Uint8Array(4), length = 0) {
    this.slots = new Growable(slots, (n) => new Int32Array(n));
    this.weights = new Growable(weights, (n) => new Float32Array(n));
    this.fields = new Growable(fields, (n) => new Uint8Array(n));
    this.slots.length = this.weights.length = this.fields.length = length;
  }
}

/** Postings of a bulk load, appended flat and grouped by term once at the end (fewer, larger arrays). */
class BulkPostings {
  readonly terms = new Growable(new Int32Array(1 << 16), (n) => new Int32Array(n));
  readonly slots = new Growable(new Int32Array(1 << 16), (n) => new Int32Array(n));
  readonly weights = new Growable(new Float32Array(1 << 16), (n) => new Float32Array(n));
  readonly fields = new Growable(new Uint8Array(1 << 16), (n) => new Uint8Array(n));
}

/** A single-valued string column stored as dictionary codes. */
class CodeColumn {
  readonly values: string[] = [];
  readonly codeOf = new Map<string, number>();
  readonly codes = new Growable(new Uint32Array(1024), (n) => new Uint32Array(n));
  /** Code 0 means "no value". */
  constructor() {
    this.values.push('');
  }
  code(value: string | null): number {
    if (value === null) return 0;
    let code = this.codeOf.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codeOf.set(value, code);
    }
    return code;
  }
}

/** A multi-valued string column stored as one bitmask per document (values get bit positions). */
class SetColumn {
  readonly values: string[] = [];
  readonly bitOf = new Map<string, number>();
  words = 1;
  masks = new Growable(new Uint32Array(1024), (n) => new Uint32Array(n));

  bit(value: string): number {
    let bit = this.bitOf.get(value);
    if (bit === undefined) {
      bit = this.values.length;
      this.values.push(value);
      this.bitOf.set(value, bit);
    }
    return bit;
  }

  setAll(slot: number, values: readonly string[]): void {
    const bits = values.map((v) => this.bit(v));
    const needed = Math.max(1, Math.ceil(this.values.length / 32));
    if (needed > this.words) this.widen(needed, slot);
    for (let w = 0; w < this.words; w++) this.masks.set(slot * this.words + w, 0);
    for (const bit of bits) {
      const index = slot * this.words + (bit >>> 5);
      this.masks.set(index, this.masks.data[index] | (1 << (bit & 31)));
    }
  }

  has(slot: number, bit: number): boolean {
    return (this.masks.data[slot * this.words + (bit >>> 5)] & (1 << (bit & 31))) !== 0;
  }

  private widen(words: number, slots: number): void {
    const next = new Growable(new Uint32Array(Math.max(1024, slots * words * 2)), (n) => new Uint32Array(n));
    for (let s = 0; s < slots; s++) for (let w = 0; w < this.words; w++) next.set(s * words + w, this.masks.data[s * this.words + w]);
    this.masks = next;
    this.words = words;
  }
}

/** A multi-valued column with many distinct values (free keywords): a code list per document. */
class ListColumn {
  readonly values: string[] = [];
  readonly codeOf = new Map<string, number>();
  readonly lists: Uint32Array[] = [];
  set(slot: number, values: readonly string[]): void {
    this.lists[slot] = Uint32Array.from(
      new Set(
        values.map((v) => {
          let code = this.codeOf.get(v);
          if (code === undefined) {
            code = this.values.length;
            this.values.push(v);
            this.codeOf.set(v, code);
          }
          return code;
        }),
      ),
    );
  }
}

/**
 * The embedded engine's storage: postings per term (the term dictionary is MiniSearch's radix
 * tree, which also answers prefix and typo lookups) and one typed-array column per filterable
 * field, so filters, facets, geo and sorting touch numbers, not objects.
 */
export class ColumnarIndex {
  /** term -> postings id; the authoritative, fast map used while indexing. */
  readonly termIds = new Map<string, number>();
  private readonly radix = new SearchableMap<number>();
  private radixTerms = 0;
  private readonly terms: string[] = [];
  readonly postings: Postings[] = [];
  readonly ids: string[] = [];
  readonly documents: CompanySearchDocument[] = [];
  readonly slotOf = new Map<string, number>();
  readonly alive = new Growable(new Uint8Array(1024), (n) => new Uint8Array(n));
  readonly versions = new Growable(new Int32Array(1024), (n) => new Int32Array(n));
  /** Versions of deleted documents, so a late, older upsert cannot resurrect them. */
  readonly deletedVersions = new Map<string, number>();
  readonly lat = new Growable(new Float64Array(1024), (n) => new Float64Array(n));
  readonly lng = new Growable(new Float64Array(1024), (n) => new Float64Array(n));
  readonly numbers: Record<NumericField, Growable<Float64Array>> = {
    employees: new Growable(new Float64Array(1024), (n) => new Float64Array(n)),
    founded_year: new Growable(new Float64Array(1024), (n) => new Float64Array(n)),
  };
  readonly single: Record<'country' | 'region' | 'city' | 'size_band', CodeColumn> = {
    country: new CodeColumn(),
    region: new CodeColumn(),
    city: new CodeColumn(),
    size_band: new CodeColumn(),
  };
  readonly multi: Record<
    'sector_divisions' | 'sector_sections' | 'badges' | 'opportunity_types' | 'partnership_types' | 'target_countries' | 'initiative_member',
    SetColumn
  > = {
    sector_divisions: new SetColumn(),
    sector_sections: new SetColumn(),
    badges: new SetColumn(),
    opportunity_types: new SetColumn(),
    partnership_types: new SetColumn(),
    target_countries: new SetColumn(),
    initiative_member: new SetColumn(),
  };
  readonly lists: Record<'offers' | 'needs', ListColumn> = { offers: new ListColumn(), needs: new ListColumn() };
  private readonly fieldLengthSum = new Float64Array(FIELDS.length);
  liveCount = 0;
  deadCount = 0;
  private bulk: BulkPostings | null = null;

  /** Between beginBulk and endBulk, postings go to flat arrays; endBulk groups them by term. */
  beginBulk(): void {
    this.bulk ??= new BulkPostings();
  }

  endBulk(): void {
    const bulk = this.bulk;
    if (!bulk) return;
    this.bulk = null;
    const termCount = this.postings.length;
    const counts = new Int32Array(termCount + 1);
    for (let k = 0; k < bulk.terms.length; k++) counts[bulk.terms.data[k] + 1] += 1;
    for (let t = 0; t < termCount; t++) counts[t + 1] += counts[t];
    const offsets = counts.slice();
    const slots = new Int32Array(bulk.slots.length);
    const weights = new Float32Array(bulk.slots.length);
    const fields = new Uint8Array(bulk.slots.length);
    for (let k = 0; k < bulk.terms.length; k++) {
      const at = offsets[bulk.terms.data[k]]++;
      slots[at] = bulk.slots.data[k];
      weights[at] = bulk.weights.data[k];
      fields[at] = bulk.fields.data[k];
    }
    for (let t = 0; t < termCount; t++) {
      const from = counts[t];
      const to = counts[t + 1];
      const old = this.postings[t];
      if (to === from) continue;
      if (old.slots.length > 0) throw new Error('endBulk: a term got postings outside the bulk load');
      this.postings[t] = new Postings(slots.subarray(from, to), weights.subarray(from, to), fields.subarray(from, to), to - from);
    }
  }

  /**
   * The term dictionary as a radix tree, for prefix and typo lookups. Filled lazily with the
   * terms added since the last lookup, so bulk indexing pays only for a hash map.
   */
  get dictionary(): SearchableMap<number> {
    for (; this.radixTerms < this.terms.length; this.radixTerms++) this.radix.set(this.terms[this.radixTerms], this.radixTerms);
    return this.radix;
  }

  get slotCount(): number {
    return this.ids.length;
  }

  /** Adds or replaces a document unless the index already holds a newer version. Returns whether it changed. */
  upsert(doc: CompanySearchDocument): boolean {
    const existing = this.slotOf.get(doc.id);
    if (existing !== undefined && this.versions.data[existing] > doc.version) return false;
    if ((this.deletedVersions.get(doc.id) ?? 0) >= doc.version) return false;
    if (existing !== undefined) this.kill(existing);
    this.append(doc);
    return true;
  }

  delete(id: string, version: number): boolean {
    const existing = this.slotOf.get(id);
    if (existing !== undefined && this.versions.data[existing] > version) return false;
    if (existing !== undefined) {
      this.kill(existing);
      this.slotOf.delete(id);
    }
    this.deletedVersions.set(id, Math.max(version, this.deletedVersions.get(id) ?? 0));
    return existing !== undefined;
  }

  /** Replaced and deleted documents leave dead slots behind; rebuild when they pile up. */
  needsCompaction(): boolean {
    return this.deadCount > 1000 && this.deadCount > this.liveCount / 4;
  }

  termValue(field: TermField, slot: number): string[] {
    if (field in this.single) {
      const col = this.single[field as keyof ColumnarIndex['single']];
      const code = col.codes.data[slot];
      return code ? [col.values[code]] : [];
    }
    if (field in this.lists) {
      const col = this.lists[field as keyof ColumnarIndex['lists']];
      return [...col.lists[slot]].map((code) => col.values[code]);
    }
    const col = this.multi[field as keyof ColumnarIndex['multi']];
    return col.values.filter((_, bit) => col.has(slot, bit));
  }

  private kill(slot: number): void {
    if (!this.alive.data[slot]) return;
    this.alive.data[slot] = 0;
    this.liveCount -= 1;
    this.deadCount += 1;
  }

  private append(doc: CompanySearchDocument): void {
    const slot = this.ids.length;
    this.ids.push(doc.id);
    this.documents.push(doc);
    this.slotOf.set(doc.id, slot);
    this.alive.set(slot, 1);
    this.versions.set(slot, doc.version);
    this.lat.set(slot, doc._geo.lat);
    this.lng.set(slot, doc._geo.lng);
    this.numbers.employees.set(slot, doc.employees ?? Number.NaN);
    this.numbers.founded_year.set(slot, doc.founded_year ?? Number.NaN);
    this.single.country.codes.set(slot, this.single.country.code(doc.country));
    this.single.region.codes.set(slot, this.single.region.code(doc.region));
    this.single.city.codes.set(slot, this.single.city.code(doc.city));
    this.single.size_band.codes.set(slot, this.single.size_band.code(doc.size_band));
    this.multi.sector_divisions.setAll(slot, doc.sector_divisions);
    this.multi.sector_sections.setAll(slot, doc.sector_sections);
    this.multi.badges.setAll(slot, doc.badges);
    this.multi.opportunity_types.setAll(slot, doc.opportunity_types);
    this.multi.partnership_types.setAll(slot, doc.partnership_types);
    this.multi.target_countries.setAll(slot, doc.target_countries);
    this.multi.initiative_member.setAll(slot, [String(doc.initiative_member)]);
    this.lists.offers.set(slot, doc.offers);
    this.lists.needs.set(slot, doc.needs);
    this.liveCount += 1;
    this.indexText(slot, doc);
  }

  // Per-document scratch, reused: the document's term ids (rows), a rows x fields matrix of term
  // frequencies, and per term id the last slot that used it and its row there.
  private docTermIds = new Int32Array(512);
  private docTf = new Float32Array(FIELDS.length * 512);
  private termLastSlot = new Int32Array(1024).fill(-1);
  private termRow = new Int32Array(1024);

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.postings.length;
      this.postings.push(new Postings());
      this.termIds.set(term, id);
      this.terms.push(term);
      if (id >= this.termLastSlot.length) {
        const last = new Int32Array(this.termLastSlot.length * 2).fill(-1);
        last.set(this.termLastSlot);
        this.termLastSlot = last;
        const rows = new Int32Array(this.termRow.length * 2);
        rows.set(this.termRow);
        this.termRow = rows;
      }
    }
    return id;
  }

  private indexText(slot: number, doc: CompanySearchDocument): void {
    const F = FIELDS.length;
    const lengths = new Float64Array(F);
    let rows = 0;
    for (let i = 0; i < F; i++) {
      const raw = doc[FIELDS[i].field];
      const text = Array.isArray(raw) ? raw.join('\n') : raw;
      if (!text) continue;
      let length = 0;
      forEachToken(text, (token) => {
        length += 1;
        const id = this.termId(token);
        let row: number;
        if (this.termLastSlot[id] === slot) row = this.termRow[id];
        else {
          row = rows++;
          this.termLastSlot[id] = slot;
          this.termRow[id] = row;
          if (row >= this.docTermIds.length) {
            const ids = new Int32Array(this.docTermIds.length * 2);
            ids.set(this.docTermIds);
            this.docTermIds = ids;
            const tf = new Float32Array(this.docTf.length * 2);
            tf.set(this.docTf);
            this.docTf = tf;
          }
          this.docTermIds[row] = id;
          this.docTf.fill(0, row * F, row * F + F);
        }
        this.docTf[row * F + i] += 1;
      });
      lengths[i] = length;
      this.fieldLengthSum[i] += length;
    }
    const docs = Math.max(1, this.liveCount);
    const avg = FIELDS.map((_, i) => Math.max(1, this.fieldLengthSum[i] / docs));
    for (let row = 0; row < rows; row++) {
      const id = this.docTermIds[row];
      let weight = 0;
      let mask = 0;
      for (let i = 0; i < F; i++) {
        const tf = this.docTf[row * F + i];
        if (tf === 0) continue;
        mask |= 1 << i;
        weight += (FIELDS[i].boost * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * lengths[i]) / avg[i]));
      }
      if (this.bulk) {
        this.bulk.terms.push(id);
        this.bulk.slots.push(slot);
        this.bulk.weights.push(weight);
        this.bulk.fields.push(mask);
        continue;
      }
      const p = this.postings[id];
      p.slots.push(slot);
      p.weights.push(weight);
      p.fields.push(mask);
    }
  }
}
