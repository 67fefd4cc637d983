import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, APP_LOGGER, visibleProfileSql } from '@hc/core';
import type { AppConfig, AppLogger } from '@hc/core';
import { PartnershipType } from '@hc/opportunities';
import { customersOf, suppliersOf } from '@hc/taxonomy';
import { commitHorizon } from '@hc/persistence';
import { DataSource } from 'typeorm';
import { ParkEntity } from '@hc/parks';
import { CompanyMatchIndex } from '../index/company-match-index';
import { parkTerms } from '../profiles/park-terms';
import { MatchStore } from '../store/match-store';
import { MatchJobs } from './match-jobs.service';

/**
 * More changed companies than this in one poll is a bulk change (an import): instead of planning per
 * company, every visible park is refreshed once and every stored partner ranking is marked stale
 * (recomputed when next asked for). Below it, one poll handles all its changed companies at once.
 */
export const BULK_CHANGE_THRESHOLD = 1000;
/** Companies whose stored rankings list a changed company are refreshed by jobs up to this many per poll; more are marked stale. */
export const MAX_LISTING_JOBS = 1000;
/** Changed parks planned per poll; the rest wait for the next poll. */
const PARK_PAGE = 1000;

const START = { at: '-infinity', id: '00000000-0000-0000-0000-000000000000' };

interface Cursor {
  at: string;
  id: string;
}

interface ChangedRow {
  id: string;
  at: string;
}

export interface PlanSummary {
  /** Changed companies and parks this poll read. */
  companies: number;
  parks: number;
  /** The bulk policy applied (more than BULK_CHANGE_THRESHOLD changed companies). */
  bulk: boolean;
  parkJobs: number;
  companyJobs: number;
  /** Stored partner rankings marked stale instead of queued. */
  markedStale: number;
  /** The queue was not running: nothing was planned, the cursor stayed. */
  skipped: boolean;
}

/**
 * Decides which stored rankings a change makes out of date and queues their jobs. Every
 * MATCH_REFRESH_POLL_MS it reads the companies and parks whose `updated_at` is past its cursor (kept in
 * `match_refresh_cursor`, so a restart or an outage catches up), sends the jobs, and only then advances
 * the cursor. It reads only up to the start of the oldest transaction still running, so a long write
 * (an import) that commits later with an earlier `updated_at` is not skipped.
 *
 * A changed company refreshes: its own partner ranking; the partner rankings that list it; and the parks
 * it could enter or leave: parks whose focus sectors overlap its divisions or their value-chain
 * neighbours, whose gap sectors overlap its divisions, that list it, that are within MATCH_ECOSYSTEM_KM
 * (their ecosystem changed), whose descriptions share a topic with it, and, when it wants a site or an
 * investment, the parks of the countries it names (all parks when it names none). A changed park refreshes
 * that park.
 *
 * Fan-out is bounded: each subject is one job per poll (and pg-boss collapses a job still waiting), and
 * above BULK_CHANGE_THRESHOLD changed companies, or on the very first poll, the bulk policy applies (see
 * there), so an import of 100,000 companies sends one job per park and none per company.
 */
@Injectable()
export class MatchRefreshPlanner implements OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private polling?: Promise<PlanSummary>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
    private readonly jobs: MatchJobs,
    private readonly store: MatchStore,
    private readonly index: CompanyMatchIndex,
  ) {}

  /** Polls now and then every MATCH_REFRESH_POLL_MS until stop(). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.kick(), this.config.MATCH_REFRESH_POLL_MS);
    this.timer.unref();
    this.kick();
  }

  /** Stops polling and waits for a poll that is under way. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.polling?.catch(() => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  /** One round: plans the jobs for every change since the cursor. Rounds never overlap. */
  async poll(): Promise<PlanSummary> {
    while (this.polling) await this.polling.catch(() => undefined);
    this.polling = this.plan().finally(() => {
      this.polling = undefined;
    });
    return this.polling;
  }

  /** Queues a job for every visible park (the CLI, the benchmark); returns how many. */
  async refreshAllParks(): Promise<number> {
    const ids = await this.visibleParkIds();
    await this.jobs.sendParks(ids);
    return ids.length;
  }

  /** Every park visible to everyone (published, inside its term): the parks that have stored rankings. */
  async visibleParkIds(): Promise<string[]> {
    return (await this.dataSource.query<{ id: string }[]>(`SELECT p.id FROM parks p WHERE ${visibleProfileSql('p')} ORDER BY p.id`)).map((r) => r.id);
  }

  private kick(): void {
    if (this.polling) return;
    this.poll().catch((error: unknown) => this.logger.warn({ err: error }, 'match refresh planning failed; the next poll tries again'));
  }

  private async plan(): Promise<PlanSummary> {
    const summary: PlanSummary = { companies: 0, parks: 0, bulk: false, parkJobs: 0, companyJobs: 0, markedStale: 0, skipped: false };
    if (!this.jobs.running) return { ...summary, skipped: true };
    const horizon = await commitHorizon(this.dataSource);
    const cursors = await this.cursors();
    const companiesFrom = cursors.get('companies') ?? START;
    const parksFrom = cursors.get('parks') ?? START;

    const changed = await this.dataSource.query<ChangedRow[]>(
      `SELECT id, updated_at::text AS at FROM companies
        WHERE (updated_at, id) > ($1::timestamptz, $2::uuid) AND updated_at < $3::timestamptz
        ORDER BY updated_at, id LIMIT $4`,
      [companiesFrom.at, companiesFrom.id, horizon, BULK_CHANGE_THRESHOLD + 1],
    );
    const parkIds = new Set<string>();
    let companyIds: string[] = [];
    let companiesTo: Cursor | undefined;
    // The first poll ever (no cursor) sees every company as new: nothing is stored yet, so it is a bulk change too.
    if (changed.length > BULK_CHANGE_THRESHOLD || !cursors.has('companies')) {
      summary.bulk = true;
      const [last] = await this.dataSource.query<(ChangedRow | undefined)[]>(
        `SELECT id, updated_at::text AS at FROM companies WHERE updated_at < $1::timestamptz ORDER BY updated_at DESC, id DESC LIMIT 1`,
        [horizon],
      );
      [{ count: summary.companies }] = await this.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM companies WHERE (updated_at, id) > ($1::timestamptz, $2::uuid) AND updated_at < $3::timestamptz`,
        [companiesFrom.at, companiesFrom.id, horizon],
      );
      // No company at all: the cursor starts at the beginning, so it exists from now on.
      companiesTo = last ?? START;
      summary.markedStale = await this.store.markCompaniesStale();
      for (const id of await this.visibleParkIds()) parkIds.add(id);
    } else if (changed.length) {
      summary.companies = changed.length;
      companiesTo = changed[changed.length - 1];
      const ids = changed.map((c) => c.id);
      for (const id of await this.parksAffectedBy(ids)) parkIds.add(id);
      for (const id of await this.parksSharingTopics(ids)) parkIds.add(id);
      const listing = (await this.store.companiesListing(ids)).filter((id) => !ids.includes(id));
      if (listing.length > MAX_LISTING_JOBS) {
        summary.markedStale = await this.store.markCompaniesStale(listing);
        companyIds = ids;
      } else {
        companyIds = [...ids, ...listing];
      }
    }

    const changedParks = await this.dataSource.query<ChangedRow[]>(
      `SELECT id, updated_at::text AS at FROM parks
        WHERE (updated_at, id) > ($1::timestamptz, $2::uuid) AND updated_at < $3::timestamptz
        ORDER BY updated_at, id LIMIT $4`,
      [parksFrom.at, parksFrom.id, horizon, PARK_PAGE],
    );
    summary.parks = changedParks.length;
    for (const { id } of changedParks) parkIds.add(id);

    await this.jobs.sendParks([...parkIds]);
    await this.jobs.sendCompanies(companyIds);
    summary.parkJobs = parkIds.size;
    summary.companyJobs = companyIds.length;
    // Only now that the jobs are queued: a failure above leaves the cursor, and the next poll plans again.
    await this.advance('companies', companiesTo);
    await this.advance('parks', changedParks[changedParks.length - 1]);
    if (summary.companies || summary.parks) this.logger.info({ ...summary }, 'match refresh planned');
    return summary;
  }

  private async cursors(): Promise<Map<string, Cursor>> {
    const rows = await this.dataSource.query<{ source: string; at: string; id: string }[]>(
      `SELECT source, updated_at::text AS at, last_id AS id FROM match_refresh_cursor`,
    );
    return new Map(rows.map((r) => [r.source, { at: r.at, id: r.id }]));
  }

  private async advance(source: 'companies' | 'parks', to: Cursor | undefined): Promise<void> {
    if (!to) return;
    await this.dataSource.query(
      `INSERT INTO match_refresh_cursor (source, updated_at, last_id, advanced_at) VALUES ($1, $2::timestamptz, $3, now())
       ON CONFLICT (source) DO UPDATE SET updated_at = EXCLUDED.updated_at, last_id = EXCLUDED.last_id, advanced_at = now()
         -- Another process (a second api) may have planned further meanwhile: never move back.
         WHERE (match_refresh_cursor.updated_at, match_refresh_cursor.last_id) < (EXCLUDED.updated_at, EXCLUDED.last_id)`,
      [source, to.at, to.id],
    );
  }

  /** Park topic terms per park version: parks change rarely, companies often. */
  private readonly parkTopics = new Map<string, { version: number; terms: readonly string[] }>();

  /**
   * Visible parks whose descriptions share a topic term (specific enough to count) with a changed company: a
   * shared topic alone can bring a company into a park's ranking, whatever its sectors. Companies that left
   * the index (hidden, deleted) leave through the parks that list them (parksAffectedBy).
   */
  private async parksSharingTopics(companyIds: readonly string[]): Promise<string[]> {
    const index = await this.index.current();
    const terms = new Set<string>();
    for (const id of companyIds) {
      const entry = index.get(id);
      if (!entry) continue;
      for (const term of [...entry.profile.offerTerms, ...entry.profile.requestTerms]) if (index.specificity(term) > 0) terms.add(term);
    }
    if (!terms.size) return [];
    const parks = await this.dataSource.query<Pick<ParkEntity, 'id' | 'version' | 'descriptionZh' | 'descriptionDe' | 'descriptionEn' | 'nameZh' | 'nameDe' | 'nameEn' | 'city'>[]>(
      `SELECT p.id, p.version, p.description_zh AS "descriptionZh", p.description_de AS "descriptionDe", p.description_en AS "descriptionEn",
              p.name_zh AS "nameZh", p.name_de AS "nameDe", p.name_en AS "nameEn", p.city
         FROM parks p WHERE ${visibleProfileSql('p')}`,
    );
    return parks
      .filter((park) => {
        let known = this.parkTopics.get(park.id);
        if (known?.version !== park.version) this.parkTopics.set(park.id, (known = { version: park.version, terms: parkTerms(park) }));
        return known.terms.some((t) => terms.has(t));
      })
      .map((park) => park.id);
  }

  /** Visible parks whose stored ranking the changed companies could enter or leave (see the class comment). */
  private async parksAffectedBy(companyIds: readonly string[]): Promise<string[]> {
    const companies = await this.dataSource.query<{ divisions: string[] }[]>(
      `SELECT isic_divisions AS divisions FROM companies WHERE id = ANY($1::uuid[])`,
      [[...companyIds]],
    );
    const divisions = new Set(companies.flatMap((c) => c.divisions));
    const related = new Set(divisions);
    for (const d of divisions) for (const link of [...suppliersOf(d), ...customersOf(d)]) related.add(link.supplier === d ? link.customer : link.supplier);
    const km = this.config.MATCH_ECOSYSTEM_KM;
    const rows = await this.dataSource.query<{ id: string }[]>(
      `WITH changed AS (SELECT c.id, c.latitude, c.longitude FROM companies c WHERE c.id = ANY($1::uuid[])),
            intent AS (
              SELECT o.target_countries FROM opportunities o
               WHERE o.company_id = ANY($1::uuid[]) AND o.status = 'active' AND o.expires_at > now() AND o.partnership_types && $4::text[]
            )
       SELECT p.id FROM parks p
        WHERE ${visibleProfileSql('p')}
          AND (p.focus_sectors && $2::text[]
               OR p.gap_sectors && $3::text[]
               OR p.id IN (SELECT m.subject_park_id FROM match_suggestions m WHERE m.candidate_id = ANY($1::uuid[]) AND m.subject_park_id IS NOT NULL)
               OR EXISTS (SELECT 1 FROM intent i WHERE i.target_countries = '{}' OR p.country = ANY(i.target_countries))
               OR EXISTS (SELECT 1 FROM changed c
                           WHERE abs(c.latitude - p.latitude) <= $5 / 111.0
                             AND 2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(c.latitude - p.latitude) / 2), 2)
                                   + cos(radians(p.latitude)) * cos(radians(c.latitude)) * power(sin(radians(c.longitude - p.longitude) / 2), 2)))) <= $5))`,
      [[...companyIds], [...related], [...divisions], [PartnershipType.SITE_LOCALISATION, PartnershipType.INVESTMENT_JV], km],
    );
    return rows.map((r) => r.id);
  }
}
