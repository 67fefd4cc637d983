import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CompanyRules } from '@hc/companies';
import type { LocatedRecord } from '../format/company-file.record';
import { Checked, validateRecord } from './validate-record';

/** Records per message: large enough to amortise the hand-off, small enough to keep workers busy. */
export const VALIDATION_BATCH = 500;

/**
 * Validates batches of records, in worker threads when the compiled worker is there (the api, the
 * CLI, the benches), on the calling thread otherwise (ts-jest runs the TypeScript sources). Results
 * come back in submission order. Validation is the costliest step of an import (class-validator,
 * about 300 µs a row), and it parallelises linearly with cores.
 */
export class ValidationPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (r: Checked[]) => void; reject: (e: Error) => void }>();
  private next = 0;

  constructor(
    private readonly rules: CompanyRules,
    size: number = Math.max(1, availableParallelism()),
  ) {
    const script = join(__dirname, 'validation.worker.js');
    if (!existsSync(script)) return;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: { rules } });
      worker.on('message', (m: { id: number; results?: Checked[]; error?: string }) => {
        const waiter = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        if (m.results) waiter?.resolve(m.results);
        else waiter?.reject(new Error(`validation worker failed: ${m.error}`));
      });
      worker.on('error', (error) => {
        for (const w of this.waiting.values()) w.reject(error);
        this.waiting.clear();
      });
      this.workers.push(worker);
    }
  }

  get threads(): number {
    return this.workers.length;
  }

  validate(batch: LocatedRecord[], today: string): Promise<Checked[]> {
    if (this.workers.length === 0) return Promise.resolve(batch.map((r) => validateRecord(r, this.rules, today)));
    const id = this.next++;
    const worker = this.workers[id % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, batch, today });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
