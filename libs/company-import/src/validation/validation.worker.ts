import 'reflect-metadata';
import { parentPort, workerData } from 'node:worker_threads';
import type { CompanyRules } from '@hc/companies';
import type { LocatedRecord } from '../format/company-file.record';
import { validateRecord } from './validate-record';

/** A validation worker: receives batches of records, answers with their results in the same order. */
const { rules } = workerData as { rules: CompanyRules };
parentPort?.on('message', ({ id, batch, today }: { id: number; batch: LocatedRecord[]; today: string }) => {
  try {
    parentPort?.postMessage({ id, results: batch.map((r) => validateRecord(r, rules, today)) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
