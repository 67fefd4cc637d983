import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationShutdown, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, APP_LOGGER } from '@hc/core';
import type { AppConfig, AppLogger } from '@hc/core';
import { SubjectKind } from '@hc/identity';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { MatchSubject } from '@hc/matching-feedback';
import { MatchRecompute, RecomputeResult } from './match-recompute';
import { MatchRefreshRequests, RefreshSender } from '../store/match-refresh-requests';

/** pg-boss keeps its tables in this schema of the platform's database (created by pg-boss at start). */
export const MATCH_JOBS_SCHEMA = 'pgboss';
export const MATCH_PARK_QUEUE = 'match-park';
export const MATCH_COMPANY_QUEUE = 'match-company';
export type MatchQueue = typeof MATCH_PARK_QUEUE | typeof MATCH_COMPANY_QUEUE;
const QUEUES: readonly MatchQueue[] = [MATCH_PARK_QUEUE, MATCH_COMPANY_QUEUE];

/** Retry and polling settings of the queue; tests shorten them through MATCH_JOBS_TUNING. */
export interface MatchJobsTuning {
  /** Attempts after the first one. */
  retryLimit: number;
  /** First retry after 1–2 × this, then doubling (pg-boss backoff with jitter). */
  retryDelaySeconds: number;
  /** A job still active after this long is failed (and retried) by pg-boss maintenance: its worker died. */
  expireInSeconds: number;
  /** How often an idle worker looks for jobs sent by other processes (jobs sent by this one wake it at once). */
  idlePollMs: number;
  /** How long stop() waits for running jobs before closing the queue (they are retried after expiry). */
  stopTimeoutMs: number;
}

export const DEFAULT_MATCH_JOBS_TUNING: MatchJobsTuning = { retryLimit: 5, retryDelaySeconds: 10, expireInSeconds: 300, idlePollMs: 2000, stopTimeoutMs: 15_000 };
export const MATCH_JOBS_TUNING = Symbol('MATCH_JOBS_TUNING');

/** A job's data: the subject's id (the queue says whether it is a park or a company). */
interface SubjectJobData {
  id: string;
}

/** One finished attempt, for observers (benchmarks, tests). */
export interface MatchJobEvent {
  queue: MatchQueue;
  jobId: string;
  subjectId: string;
  ms: number;
  ok: boolean;
  result?: RecomputeResult;
  error?: string;
}

export interface QueueCounts {
  /** Waiting, including failed attempts waiting for their retry. */
  queued: number;
  active: number;
}

export interface MatchJobsStatus {
  running: boolean;
  park: QueueCounts;
  company: QueueCounts;
}

/**
 * The background jobs that precompute suggestions, on a pg-boss queue in the platform's PostgreSQL
 * (schema `pgboss`, its own small pool): `match-park` (one job per park) and `match-company` (partner
 * suggestions of one company).
 *
 * - Duplicates collapse: both queues use pg-boss's `short` policy and every job's singletonKey is the subject
 *   id, so while a job for a subject waits, sending another one for it adds nothing. A change made while the
 *   job runs queues one more run (it may have read the old data). Two runs of one subject never leave mixed
 *   rows: MatchStore.replace serialises them and keeps the newest computation.
 * - Failed jobs are retried by pg-boss with exponential backoff (`retryLimit`, `retryDelaySeconds`); a job
 *   whose process died is failed after `expireInSeconds` by pg-boss maintenance and retried.
 * - Jobs live in PostgreSQL, so they survive restarts: the next process to start works them.
 * - Workers: MATCH_JOB_CONCURRENCY loops per queue fetch one job at a time, fetch again at once while there
 *   is work, and otherwise wait `idlePollMs` or until this process sends a job.
 *
 * `start()` / `stop()` are explicit (the api starts it after boot; the CLI starts it without workers to
 * enqueue only); application shutdown stops it, before the database connections close.
 */
@Injectable()
export class MatchJobs implements BeforeApplicationShutdown, OnApplicationShutdown {
  private boss?: PgBoss;
  private starting?: Promise<void>;
  private stopping?: Promise<void>;
  private working = false;
  private loops: Promise<void>[] = [];
  private readonly sleepers = new Map<MatchQueue, Set<() => void>>();
  private readonly observers = new Set<(event: MatchJobEvent) => void>();
  private readonly tuning: MatchJobsTuning;
  private readonly sender: RefreshSender = (subjects) =>
    this.send(subjects).catch((error: unknown) => this.logger.warn({ err: error }, 'could not queue a suggestion refresh'));

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
    private readonly recompute: MatchRecompute,
    private readonly requests: MatchRefreshRequests,
    @Optional() @Inject(MATCH_JOBS_TUNING) tuning?: Partial<MatchJobsTuning>,
  ) {
    this.tuning = { ...DEFAULT_MATCH_JOBS_TUNING, ...tuning };
  }

  /** Whether the queue is started (jobs can be sent). */
  get running(): boolean {
    return this.boss !== undefined && !this.stopping;
  }

  /**
   * Starts pg-boss (creating its schema on first use), creates both queues and, unless `work: false`,
   * the workers. Safe to call twice.
   */
  start(options: { work?: boolean } = {}): Promise<void> {
    if (this.boss) return Promise.resolve();
    this.starting ??= this.open(options.work !== false).finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  /** Stops the workers (running jobs may finish within `stopTimeoutMs`) and closes the queue. Safe to call twice. */
  async stop(): Promise<void> {
    // A start under way finishes first, so it cannot leave a queue running after the stop.
    await this.starting?.catch(() => undefined);
    if (!this.boss) return this.stopping;
    this.stopping ??= this.close().finally(() => {
      this.stopping = undefined;
    });
    return this.stopping;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Queues a refresh of these subjects (one job each; subjects already waiting are not queued again). */
  async send(subjects: readonly MatchSubject[]): Promise<void> {
    await this.sendParks(subjects.filter((s) => s.kind === SubjectKind.PARK).map((s) => s.id));
    await this.sendCompanies(subjects.filter((s) => s.kind === SubjectKind.COMPANY).map((s) => s.id));
  }

  async sendParks(ids: readonly string[]): Promise<void> {
    await this.insert(MATCH_PARK_QUEUE, ids);
  }

  async sendCompanies(ids: readonly string[]): Promise<void> {
    await this.insert(MATCH_COMPANY_QUEUE, ids);
  }

  /** Jobs waiting and running per queue. */
  async status(): Promise<MatchJobsStatus> {
    const boss = this.requireBoss();
    const count = async (queue: MatchQueue): Promise<QueueCounts> => {
      const queued = (await boss.getQueueSize(queue)) ?? 0;
      const unfinished = (await boss.getQueueSize(queue, { before: 'completed' })) ?? 0;
      return { queued, active: unfinished - queued };
    };
    const [park, company] = await Promise.all([count(MATCH_PARK_QUEUE), count(MATCH_COMPANY_QUEUE)]);
    return { running: this.running, park, company };
  }

  /**
   * Resolves when no job waits or runs in either queue (retries count as waiting, and so do refresh
   * requests still on their way to the queue); false after `timeoutMs`.
   */
  async whenIdle(timeoutMs: number, pollMs = 50): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.requests.sent();
      const { park, company } = await this.status();
      if (park.queued + park.active + company.queued + company.active === 0) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  /** Calls `observer` after every attempt of a job in this process; returns the function that stops it. */
  observe(observer: (event: MatchJobEvent) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  private async open(work: boolean): Promise<void> {
    const { url } = this.dataSource.options as { url?: string };
    if (!url) throw new Error('the match job queue needs the database URL of the data source');
    const concurrency = this.config.MATCH_JOB_CONCURRENCY;
    const boss = new PgBoss({
      connectionString: url,
      schema: MATCH_JOBS_SCHEMA,
      application_name: 'hidden-champions-jobs',
      // Each worker holds at most one connection at a time; plus sends, maintenance and status.
      max: 2 * concurrency + 2,
      // No cron schedules: pg-boss would start a clock monitor and a worker of its own.
      schedule: false,
      supervise: true,
      migrate: true,
    });
    boss.on('error', (error: unknown) => this.logger.warn({ err: error }, 'match job queue error'));
    await boss.start();
    try {
      const options: PgBoss.Queue = {
        name: '',
        policy: 'short',
        retryLimit: this.tuning.retryLimit,
        retryDelay: this.tuning.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: this.tuning.expireInSeconds,
      };
      for (const queue of QUEUES) {
        await boss.createQueue(queue, { ...options, name: queue });
        // An existing queue takes the current settings.
        await boss.updateQueue(queue, { ...options, name: queue });
      }
    } catch (error) {
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      throw error;
    }
    this.boss = boss;
    this.requests.attach(this.sender);
    if (work) {
      this.working = true;
      for (let i = 0; i < concurrency; i++) {
        this.loops.push(this.workLoop(boss, MATCH_PARK_QUEUE, (id) => this.recompute.park(id)));
        this.loops.push(this.workLoop(boss, MATCH_COMPANY_QUEUE, (id) => this.runCompany(id)));
      }
    }
    this.logger.info({ schema: MATCH_JOBS_SCHEMA, queues: QUEUES, concurrency, workers: work }, 'match job queue started');
  }

  private async close(): Promise<void> {
    const boss = this.boss;
    this.requests.detach(this.sender);
    this.working = false;
    for (const wake of this.sleepers.values()) for (const w of wake) w();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.tuning.stopTimeoutMs);
    });
    const outcome = await Promise.race([Promise.all(this.loops).then(() => 'done' as const), timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') this.logger.warn({ ms: this.tuning.stopTimeoutMs }, 'match jobs still running at shutdown; they are retried after they expire');
    this.loops = [];
    // Closing connections may still report (the server going away first); that is expected now.
    boss?.removeAllListeners('error');
    boss?.on('error', (error: unknown) => this.logger.debug({ err: error }, 'match job queue error after stopping'));
    await boss?.stop({ graceful: false, close: true, wait: true });
    this.boss = undefined;
    this.logger.info('match job queue stopped');
  }

  private requireBoss(): PgBoss {
    if (!this.boss) throw new Error('the match job queue is not running (MatchJobs.start())');
    return this.boss;
  }

  private async insert(queue: MatchQueue, ids: readonly string[]): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const boss = this.requireBoss();
    // One statement per chunk; pg-boss inserts with ON CONFLICT DO NOTHING, so a subject already waiting is skipped.
    for (let i = 0; i < unique.length; i += 1000) {
      await boss.insert(unique.slice(i, i + 1000).map((id) => ({ name: queue, data: { id } satisfies SubjectJobData, singletonKey: id })));
    }
    for (const wake of this.sleepers.get(queue) ?? []) wake();
  }

  private async runCompany(companyId: string): Promise<RecomputeResult> {
    const result = await this.recompute.company(companyId);
    // The company changed and would now enter these companies' stored rankings: refresh them too (they do not cascade).
    if (result.neighbours.length) await this.sendCompanies(result.neighbours);
    return result;
  }

  private async workLoop(boss: PgBoss, queue: MatchQueue, handle: (subjectId: string) => Promise<RecomputeResult>): Promise<void> {
    while (this.working) {
      let job: PgBoss.Job<SubjectJobData> | undefined;
      try {
        [job] = await boss.fetch<SubjectJobData>(queue, { batchSize: 1 });
      } catch (error) {
        this.logger.warn({ err: error, queue }, 'could not fetch a match job; trying again');
      }
      if (!job) {
        await this.sleep(queue);
        continue;
      }
      const started = performance.now();
      const subjectId = job.data.id;
      try {
        const result = await handle(subjectId);
        const ms = performance.now() - started;
        await boss.complete(queue, job.id, { stored: result.stored, removed: result.removed, superseded: result.superseded, ms: Math.round(ms) });
        this.logger.debug({ queue, subjectId, ms: Math.round(ms), stored: result.stored, removed: result.removed }, 'match job done');
        this.notify({ queue, jobId: job.id, subjectId, ms, ok: true, result });
      } catch (error) {
        const ms = performance.now() - started;
        const message = error instanceof Error ? error.message : String(error);
        this.logger.warn({ err: error, queue, subjectId, jobId: job.id }, 'match job failed; pg-boss retries it with backoff');
        await boss.fail(queue, job.id, { message }).catch((e: unknown) => this.logger.warn({ err: e, queue }, 'could not record a failed match job'));
        this.notify({ queue, jobId: job.id, subjectId, ms, ok: false, error: message });
      }
    }
  }

  private notify(event: MatchJobEvent): void {
    for (const observer of this.observers) {
      try {
        observer(event);
      } catch (error) {
        this.logger.warn({ err: error }, 'a match job observer failed');
      }
    }
  }

  /** Waits `idlePollMs`, or less when this process sends a job to the queue or stops. */
  private sleep(queue: MatchQueue): Promise<void> {
    if (!this.working) return Promise.resolve();
    return new Promise((resolve) => {
      const set = this.sleepers.get(queue) ?? new Set<() => void>();
      this.sleepers.set(queue, set);
      const wake = () => {
        clearTimeout(timer);
        set.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, this.tuning.idlePollMs);
      timer.unref();
      set.add(wake);
    });
  }
}
