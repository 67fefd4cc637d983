import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, isProfileVisible } from '@hc/core';
import type { AppConfig } from '@hc/core';
import { CompaniesService, CompanyEntity, toCompanyObject } from '@hc/companies';
import { SubjectKind } from '@hc/identity';
import type { Actor } from '@hc/identity';
import { DataSource } from 'typeorm';
import { partnerCandidates } from './candidates/candidate-queries';
import { FeedbackService } from './feedback/feedback.service';
import { byScore, finalRanking, Scored } from './features/ranking';
import { conceptSpecificity, scorePartnerFit, Specificity } from './features/partner-features';
import { MatchRefreshRequests } from './jobs/match-refresh-requests';
import { MatchStore, StoredRanking } from './jobs/match-store';
import { SuggestOptions } from './matching-settings';
import { PartnerSuggestionObject } from './park-suggestion.objects';
import { conceptsOf } from './profiles/concepts';
import { MatchProfileLoader } from './profiles/match-profile.loader';

/** How long the counts behind the concepts' specificity are used before they are counted again. */
export const CONCEPT_COUNTS_TTL_MS = 10 * 60_000;

/** Distinct keywords read through the glossary between two yields to the event loop. */
const KEYWORDS_PER_SLICE = 5000;

/** How many visible companies name each concept (in their offers, needs or live opportunities), and how many there are. */
interface ConceptCounts {
  companies: number;
  named: ReadonlyMap<string, number>;
}

/** A scored partner: the pair's score and both directions. */
export interface PartnerScored extends Scored {
  forYou: number;
  forThem: number;
}

/**
 * Company ↔ company suggestions: complementarity (requests against offers, upstream and downstream),
 * fused over both directions with a harmonic mean, so a one-sided fit cannot rank high. Served from the
 * stored ranking when there is one (precomputed by jobs/), otherwise scored on demand.
 */
@Injectable()
export class PartnerSuggestionsService {
  private counts: { startedAt: number; counting: Promise<ConceptCounts> } | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly companies: CompaniesService,
    private readonly profiles: MatchProfileLoader,
    private readonly feedback: FeedbackService,
    @Optional() private readonly store?: MatchStore,
    @Optional() private readonly refresh?: MatchRefreshRequests,
  ) {}

  async suggest(companyId: string, first: number, actor: Actor | null, options: SuggestOptions = {}): Promise<PartnerSuggestionObject[]> {
    const ranked = await this.rank(companyId, first, actor, options);
    this.feedback.recordSuggested({ kind: SubjectKind.COMPANY, id: companyId }, ranked.map((r) => r.id));
    const rows = new Map((await this.companies.findByIds(ranked.map((r) => r.id))).map((c) => [c.id, c]));
    const round = (x: number) => Math.round(x * 1000) / 1000;
    return ranked.flatMap((r) => {
      const row = rows.get(r.id);
      return row
        ? [{ company: toCompanyObject(row), score: round(r.score), fitForYou: round(r.forYou), fitForThem: round(r.forThem), reasons: r.reasons, computedAt: r.computedAt }]
        : [];
    });
  }

  /**
   * The ranking alone, for a company `actor` may see (published, or one they represent), after the actor's
   * feedback and diversity: from the stored ranking when there is a current one, otherwise scored on demand
   * (`computedAt` null), and then a background job is asked for.
   */
  async rank(companyId: string, first: number, actor: Actor | null, options: SuggestOptions = {}): Promise<(PartnerScored & { computedAt: Date | null })[]> {
    const company = await this.companies.findVisible(companyId, actor);
    const subject = { kind: SubjectKind.COMPANY, id: company.id };
    const [stored, feedback] = await Promise.all([this.storedRanking(company, options), this.feedback.adjustmentsFor(actor?.userId ?? null, subject)]);
    if (!stored) return finalRanking<PartnerScored>(await this.score(company), first, this.config.MATCH_DIVERSITY, feedback).map((r) => ({ ...r, computedAt: null }));
    const ranked = await stored.withStoredReasons(finalRanking<PartnerScored>(stored.candidates, first, this.config.MATCH_DIVERSITY, feedback));
    return ranked.map((r) => ({ ...r, computedAt: stored.computedAt }));
  }

  /**
   * Every candidate of a published company with a positive score, best first, without feedback or diversity:
   * what the background job stores. NOT_FOUND when the company is not visible to everyone.
   */
  async scoreAll(companyId: string): Promise<PartnerScored[]> {
    return this.score(await this.companies.findVisible(companyId, null));
  }

  private async score(company: CompanyEntity): Promise<PartnerScored[]> {
    const [you, specificity] = await Promise.all([this.profiles.company(company.id, company.version), this.specificity()]);
    const candidates = await partnerCandidates(this.dataSource, you, specificity).then((refs) => this.profiles.companies(refs));
    const boost = this.config.MATCH_CROSS_BORDER_BOOST;
    const scored = candidates.map((them) => ({ id: them.id, city: them.city, country: them.country, divisions: them.divisions, ...scorePartnerFit(you, them, boost, specificity) }));
    return byScore(scored.filter((s) => s.score > 0));
  }

  /**
   * The specificity of every concept, from how many companies name it: counted again when the counts are
   * older than CONCEPT_COUNTS_TTL_MS, and concurrent requests share one count. Both sides of a pair read the
   * same counts, so the pair's score stays the same from both sides.
   */
  private async specificity(): Promise<Specificity> {
    if (!this.counts || Date.now() - this.counts.startedAt > CONCEPT_COUNTS_TTL_MS) {
      const counting = this.countConcepts();
      this.counts = { startedAt: Date.now(), counting };
      // A failed count is not kept: the next request counts again.
      counting.catch(() => {
        if (this.counts?.counting === counting) this.counts = null;
      });
    }
    const { companies, named } = await this.counts.counting;
    return (concept) => conceptSpecificity(named.get(concept) ?? 0, companies);
  }

  /**
   * One pass over the keywords of visible companies (offers, needs and live opportunities, lower-cased): how many
   * companies write each, then each distinct keyword read through the glossary (`conceptsOf`), so a concept counts
   * the companies of all its spellings and of keywords that contain it ("automotive lidar sensors" names automotive).
   */
  private async countConcepts(): Promise<ConceptCounts> {
    const rows: { keyword: string | null; companies: number }[] = await this.dataSource.query(
      `WITH visible AS (
         SELECT c.id, c.offers || c.needs AS keywords FROM companies c
          WHERE c.status = 'published' AND (c.expires_at IS NULL OR c.expires_at > now())
       ), keywords AS (
         SELECT v.id, lower(k) AS keyword FROM visible v, unnest(v.keywords) k
         UNION
         SELECT o.company_id, lower(k) FROM opportunities o JOIN visible v ON v.id = o.company_id, unnest(o.technology_keywords || o.market_keywords) k
          WHERE o.status = 'active' AND o.expires_at > now()
       )
       SELECT keyword, count(*)::int AS companies FROM keywords GROUP BY keyword
       UNION ALL
       SELECT NULL, count(*)::int FROM visible`,
    );
    const named = new Map<string, number>();
    let companies = 0;
    for (const [n, row] of rows.entries()) {
      if (n % KEYWORDS_PER_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
      if (row.keyword === null) companies = row.companies;
      else for (const concept of conceptsOf(row.keyword)) named.set(concept, (named.get(concept) ?? 0) + row.companies);
    }
    return { companies, named };
  }

  /** The current stored ranking, or null (fresh asked for, precomputation off, none or stale: then a job is requested). */
  private async storedRanking(company: CompanyEntity, options: SuggestOptions): Promise<(Omit<StoredRanking, 'candidates'> & { candidates: PartnerScored[] }) | null> {
    if (options.fresh || !this.store || !this.config.MATCH_PRECOMPUTE) return null;
    const stored = await this.store.load({ kind: SubjectKind.COMPANY, id: company.id });
    if (stored && !stored.stale) {
      return { ...stored, candidates: stored.candidates.map((c) => ({ ...c, forYou: c.forYou ?? 0, forThem: c.forThem ?? 0 })) };
    }
    if (isProfileVisible(company)) this.refresh?.request({ kind: SubjectKind.COMPANY, id: company.id });
    return null;
  }
}
