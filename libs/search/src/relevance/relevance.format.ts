import { FilterNode } from '../port/search-request';
import { QUERY_CATEGORIES } from './relevance-queries';
import { JudgedHit, MetricSummary, QUERY_LANGUAGES, RelevanceReport } from './relevance.evaluator';

/** Plain-text rendering of relevance reports, for the command line and for test failure messages. */

/** The first two columns (engine, language or category) are text and align left; numbers align right. */
const TEXT_COLUMNS = 2;

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i < TEXT_COLUMNS ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
}

function table(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [pad(header, widths), rule, ...rows.map((r) => pad(r, widths))].join('\n');
}

function num(value: number): string {
  return Number.isNaN(value) ? '-' : value.toFixed(3);
}

function metricCells(summary: MetricSummary | undefined): string[] {
  return summary ? [String(summary.queries), num(summary.recallAt10), num(summary.ndcgAt10)] : ['0', '-', '-'];
}

/** Engine × language (zh, de, en, all) with recall@10 and nDCG@10. */
export function formatLanguageTable(reports: readonly RelevanceReport[]): string {
  const rows: string[][] = [];
  for (const r of reports) {
    for (const lang of QUERY_LANGUAGES) rows.push([r.engine, lang, ...metricCells(r.byLanguage[lang])]);
    rows.push([r.engine, 'all', ...metricCells(r.overall)]);
  }
  return table(['engine', 'language', 'queries', 'recall@10', 'nDCG@10'], rows);
}

/** Engine × query category with recall@10 and nDCG@10. */
export function formatCategoryTable(reports: readonly RelevanceReport[]): string {
  const rows: string[][] = [];
  for (const r of reports) {
    for (const category of QUERY_CATEGORIES) {
      const summary = r.byCategory[category];
      if (summary) rows.push([r.engine, category, ...metricCells(summary)]);
    }
  }
  return table(['engine', 'category', 'queries', 'recall@10', 'nDCG@10'], rows);
}

function hits(list: readonly JudgedHit[]): string {
  return list.length ? list.map((h) => `${h.id}(${h.grade || '-'})`).join(' ') : '(none)';
}

function describeFilter(filter: FilterNode): string {
  return JSON.stringify(filter);
}

/** The queries with recall@10 < 1: what was expected, what is missing, what came back (grade in brackets, - = unjudged). */
export function formatFailures(report: RelevanceReport): string {
  if (!report.failing.length) return `${report.engine}: no failing queries`;
  const lines = [`${report.engine}: ${report.failing.length} of ${report.queries.length} queries with recall@10 < 1`];
  for (const f of report.failing) {
    lines.push(
      `  ${f.id} [${f.language}/${f.category}] ${JSON.stringify(f.query)}${f.filter ? ` filter=${describeFilter(f.filter)}` : ''}` +
        `  recall@10=${num(f.recallAt10)} nDCG@10=${num(f.ndcgAt10)} totalHits=${f.totalHits}`,
    );
    if (f.error) lines.push(`    error:    ${f.error}`);
    lines.push(`    expected: ${hits(f.expected)}`);
    lines.push(`    missing:  ${hits(f.missing)}`);
    lines.push(`    returned: ${hits(f.returned)}`);
  }
  return lines.join('\n');
}
