import { COMPANY_INDEX } from '../port/index-settings';
import { CompanySearchDocument } from '../port/search-document';
import { Highlight } from '../port/search-request';
import { isHan, latinTerms } from './text-analysis';

const WORD = /[\p{L}\p{N}]+/gu;
const CONTEXT = 60;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Character ranges of `text` that match one of the query's terms (Latin words by their analysis, Han by substring). */
export function matchRanges(text: string, terms: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    if (isHan(m[0].slice(0, 1))) continue;
    const { primary, parts } = latinTerms(m[0]);
    if (terms.has(primary) || parts.some((p) => terms.has(p))) ranges.push([m.index, m.index + m[0].length]);
  }
  for (const term of terms) {
    if (!isHan(term)) continue;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) ranges.push([at, at + term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The matched fields of a document with the matched words marked, cropped around the first match. */
export function highlightDocument(doc: CompanySearchDocument, terms: ReadonlySet<string>): Highlight[] {
  const out: Highlight[] = [];
  for (const { field } of COMPANY_INDEX.searchable) {
    const raw = doc[field];
    const text = Array.isArray(raw) ? raw.join(', ') : raw;
    if (!text) continue;
    const ranges = matchRanges(text, terms);
    if (!ranges.length) continue;
    const from = Math.max(0, ranges[0][0] - CONTEXT);
    const to = Math.min(text.length, ranges[ranges.length - 1][1] + CONTEXT, from + 4 * CONTEXT);
    let snippet = from > 0 ? '…' : '';
    let at = from;
    for (const [start, end] of ranges) {
      if (start < at || end > to) continue;
      snippet += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
      at = end;
    }
    snippet += escapeHtml(text.slice(at, to)) + (to < text.length ? '…' : '');
    out.push({ field, snippet });
  }
  return out;
}
