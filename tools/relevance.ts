// Search relevance report: recall@10 and nDCG@10 of the judged zh/de/en query set
// (libs/search/src/relevance) for the embedded engine, and for Meilisearch when MEILI_HOST is set.
//   node tools/build.mjs && node dist/tools/relevance.js [--verbose]
// It only reports (exit code 0); relevance.spec.ts is what guards the embedded engine's floors.
import { EmbeddedSearchEngine, MeilisearchEngine, SearchEngine } from '@hc/search';
import { Meilisearch } from 'meilisearch';
import { RELEVANCE_DOCUMENTS } from '../libs/search/src/relevance/relevance-documents';
import { RELEVANCE_QUERIES } from '../libs/search/src/relevance/relevance-queries';
import { EMBEDDED_NDCG_FLOOR, EMBEDDED_RECALL_FLOOR, evaluateEngine, QUERY_LANGUAGES, RelevanceReport } from '../libs/search/src/relevance/relevance.evaluator';
import { formatCategoryTable, formatFailures, formatLanguageTable } from '../libs/search/src/relevance/relevance.format';

const verbose = process.argv.slice(2).includes('--verbose');

function print(text = ''): void {
  process.stdout.write(`${text}\n`);
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

interface Candidate {
  label: string;
  create: () => SearchEngine;
  /** Removes what the run left behind (the Meilisearch index). */
  cleanup?: (engine: SearchEngine) => Promise<void>;
}

function candidates(): Candidate[] {
  const list: Candidate[] = [{ label: 'embedded', create: () => new EmbeddedSearchEngine() }];
  const host = process.env.MEILI_HOST;
  if (!host) {
    print('Meilisearch: SKIPPED (MEILI_HOST is not set)');
    return list;
  }
  const apiKey = process.env.MEILI_API_KEY;
  list.push({
    label: `meilisearch (${host})`,
    create: () => new MeilisearchEngine({ host, apiKey, indexPrefix: `hc_relevance_${Date.now()}_`, taskTimeoutMs: 60_000 }),
    cleanup: async (engine) => {
      if (!(engine instanceof MeilisearchEngine)) return;
      const client = new Meilisearch({ host, apiKey });
      for (const uid of [engine.indexUid, engine.rebuildIndexUid]) await client.deleteIndexIfExists(uid);
    },
  });
  return list;
}

async function main(): Promise<void> {
  const counts = QUERY_LANGUAGES.map((lang) => `${lang} ${RELEVANCE_QUERIES.filter((q) => q.language === lang).length}`).join(', ');
  print(`Relevance set: ${RELEVANCE_DOCUMENTS.length} documents, ${RELEVANCE_QUERIES.length} judged queries (${counts}); metrics at 10`);

  const reports: RelevanceReport[] = [];
  for (const candidate of candidates()) {
    let engine: SearchEngine | undefined;
    try {
      engine = candidate.create();
      const report = await evaluateEngine(engine);
      reports.push(report);
      print(`${candidate.label}: evaluated in ${Math.round(report.durationMs)} ms (${report.indexedDocuments} documents indexed)`);
    } catch (error: unknown) {
      print(`${candidate.label}: FAILED to evaluate: ${describeError(error)}`);
    } finally {
      if (engine) {
        await candidate.cleanup?.(engine).catch((error: unknown) => print(`${candidate.label}: cleanup failed: ${describeError(error)}`));
        await engine.close().catch(() => undefined);
      }
    }
  }
  if (!reports.length) return;

  print();
  print(formatLanguageTable(reports));
  print();
  print(formatCategoryTable(reports));
  const embedded = reports.find((r) => r.engine === 'embedded');
  if (embedded) {
    const meets = embedded.overall.recallAt10 >= EMBEDDED_RECALL_FLOOR && embedded.overall.ndcgAt10 >= EMBEDDED_NDCG_FLOOR;
    print();
    print(`embedded floors: recall@10 >= ${EMBEDDED_RECALL_FLOOR}, nDCG@10 >= ${EMBEDDED_NDCG_FLOOR}: ${meets ? 'met' : 'NOT met'}`);
  }
  if (verbose) {
    for (const report of reports) {
      print();
      print(formatFailures(report));
    }
  }
}

main()
  .catch((error: unknown) => print(`relevance: ${describeError(error)}`))
  .finally(() => {
    // A report, not a gate: always succeed, and do not wait for idle sockets or timers.
    process.exit(0);
  });
