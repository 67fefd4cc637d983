import { Inject, Injectable, Optional } from '@nestjs/common';
import { APP_CONFIG, isProfileVisible } from '@hc/core';
import type { AppConfig } from '@hc/core';
import { CompaniesService, CompanyEntity, toCompanyObject } from '@hc/companies';
import { SubjectKind } from '@hc/identity';
import type { Actor } from '@hc/identity';
import { FeedbackService } from '@hc/matching-feedback';
import { byScore, DIVERSITY_POOL, finalRanking, Scored } from '../ranking/final-ranking';
import { scorePartnerFit } from '../features/partner-features';
import { CompanyMatchIndex } from '../index/company-match-index';
import { partnerCandidates } from '../index/partner-candidates';
import { MatchRefreshRequests } from '../store/match-refresh-requests';
import { MatchStore, StoredRanking } from '../store/match-store';
import { SuggestOptions } from './matching-settings';
import { PartnerSuggestionObject } from './suggestion.objects';
import { MatchProfileLoader } from './match-profile.loader';

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
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly companies: CompaniesService,
    private readonly profiles: MatchProfileLoader,
    private readonly index: CompanyMatchIndex,
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
        ? [{ company: toCompanyObject(row), score: round(r.score), fitForYou: round(r.forYou), fitForThem: round(r.forThem), reasons: r.reasons, movedByDiversity: r.movedByDiversity ?? false, computedAt: r.computedAt }]
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
    if (!stored) {
      // The pool the final ranking re-ranks: 3 × first beyond the dismissed, as deep as a stored ranking when accepted pairs can raise candidates.
      const pool = Math.max(first * DIVERSITY_POOL, feedback.accepted.length ? this.config.MATCH_STORED_SUGGESTIONS : 0) + feedback.excluded.size;
      return finalRanking<PartnerScored>(await this.score(company, pool), first, this.config.MATCH_DIVERSITY, feedback).map((r) => ({ ...r, computedAt: null }));
    }
    const ranked = await stored.withStoredReasons(finalRanking<PartnerScored>(stored.candidates, first, this.config.MATCH_DIVERSITY, feedback));
    return ranked.map((r) => ({ ...r, computedAt: stored.computedAt }));
  }

  /**
   * The best MATCH_STORED_SUGGESTIONS candidates of a published company with a positive score, explained, best
   * first, without feedback or diversity: what the background job stores. NOT_FOUND when the company is not
   * visible to everyone.
   */
  async scoreAll(companyId: string): Promise<PartnerScored[]> {
    return this.score(await this.companies.findVisible(companyId, null), this.config.MATCH_STORED_SUGGESTIONS);
  }

  /**
   * Candidates from the matching index (companies sharing topics with this one's requests or offers, and its
   * value-chain neighbours), scored with the topics' specificity as the index counts them now: the same data
   * gives the same scores in every process.
   */
  private async score(company: CompanyEntity, explained: number): Promise<PartnerScored[]> {
    const [index, you] = await Promise.all([this.index.current(), this.profiles.company(company.id, company.version)]);
    const boost = this.config.MATCH_CROSS_BORDER_BOOST;
    const candidates = partnerCandidates(index, you, Date.now());
    // Every candidate scored, only the best `explained` given their sentences: building texts costs more than scoring.
    const scored = byScore(
      candidates
        .map(({ profile: them }) => ({ them, id: them.id, city: them.city, country: them.country, divisions: them.divisions, ...scorePartnerFit(you, them, boost, index.specificity, false) }))
        .filter((s) => s.score > 0),
    );
    return scored.slice(0, explained).map(({ them, ...s }) => ({ ...s, reasons: scorePartnerFit(you, them, boost, index.specificity).reasons }));
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
