import { Inject, Injectable, Optional } from '@nestjs/common';
import { APP_CONFIG, isProfileVisible } from '@hc/core';
import type { AppConfig } from '@hc/core';
import { CompaniesService, toCompanyObject } from '@hc/companies';
import { SubjectKind } from '@hc/identity';
import type { Actor } from '@hc/identity';
import { ParkEntity, ParksService } from '@hc/parks';
import { FeedbackService } from '@hc/matching-feedback';
import { byScore, DIVERSITY_POOL, finalRanking, Scored, withReasons } from '../ranking/final-ranking';
import { explainParkFit, ParkContext, parkContext, parkWeights, ParkWeights } from '../features/park-features';
import { CompanyIndexData, IndexedCompany } from '../index/company-index';
import { CompanyMatchIndex } from '../index/company-match-index';
import { RankedCandidate, rankPark } from '../index/park-ranker';
import { MatchRefreshRequests } from '../store/match-refresh-requests';
import { MatchStore, StoredRanking } from '../store/match-store';
import { SuggestOptions } from './matching-settings';
import { ParkSuggestionObject } from './suggestion.objects';
import { MatchProfileLoader } from './match-profile.loader';

/**
 * Park → company suggestions: the in-memory index (index/) ranks the candidates from its posting lists
 * with the named features' arithmetic, the best are explained by the features themselves
 * (features/park-features.ts), then feedback and diversity re-rank them. The ranking is also precomputed
 * by background jobs (jobs/) and served from storage when a stored ranking exists.
 */
/** A park as the ranker reads it, for one version of the park and of the index. */
interface PreparedPark {
  parkVersion: number;
  indexVersion: number;
  context: ParkContext;
  /** Per pool size, the lowest score of the last ranking: the next starts with it as its bar (rankPark checks it holds). */
  bars: Map<number, number>;
}

/** A suggestion before its company's row is read. */
type RankedSuggestion = Scored & { computedAt: Date | null };

/** A page of suggestions: its ids in order, and their reasons built on demand. */
interface Page {
  ids: string[];
  explain(): RankedSuggestion[];
}

/** Lets a query just issued reach its socket before synchronous work starts (the pool hands out a connection on a later tick). */
function yieldToIo(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Parks prepared per index; a full reload starts a new index, and with it an empty map. */
const MAX_PREPARED_PARKS = 10_000;

@Injectable()
export class ParkSuggestionsService {
  private readonly weights: ParkWeights;
  private readonly prepared = new WeakMap<CompanyIndexData, Map<string, PreparedPark>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly parks: ParksService,
    private readonly companies: CompaniesService,
    private readonly profiles: MatchProfileLoader,
    private readonly index: CompanyMatchIndex,
    private readonly feedback: FeedbackService,
    @Optional() private readonly store?: MatchStore,
    @Optional() private readonly refresh?: MatchRefreshRequests,
  ) {
    this.weights = parkWeights(config);
  }

  /** Suggestions for a park `actor` may see (published, or one they manage); only visible companies are suggested. */
  async suggest(parkId: string, first: number, actor: Actor | null, options: SuggestOptions = {}): Promise<ParkSuggestionObject[]> {
    const page = await this.page(parkId, first, actor, options);
    const ids = page.ids;
    this.feedback.recordSuggested({ kind: SubjectKind.PARK, id: parkId }, ids);
    // The page's rows are read while its reasons are built: the query is on its way before the explaining starts.
    const reading = this.companies.findByIds(ids);
    await yieldToIo();
    const ranked = page.explain();
    const rows = new Map((await reading).map((c) => [c.id, c]));
    return ranked.flatMap((r) => {
      const row = rows.get(r.id);
      return row ? [{ company: toCompanyObject(row), score: Math.round(r.score * 1000) / 1000, reasons: r.reasons, movedByDiversity: r.movedByDiversity ?? false, computedAt: r.computedAt }] : [];
    });
  }

  /**
   * The page after the actor's feedback and diversity: its ids in order, and how to explain them. From the
   * stored ranking when there is a current one (`computedAt` says when it was computed), otherwise scored
   * on demand (`computedAt` null; only the page is explained, and only when asked), and then a background
   * job is asked for so the next request reads storage.
   */
  private async page(parkId: string, first: number, actor: Actor | null, options: SuggestOptions): Promise<Page> {
    const subject = { kind: SubjectKind.PARK, id: parkId };
    // The park, the user's feedback, the stored ranking and the matching index catching up, at once.
    const [park, feedback, index, stored] = await Promise.all([
      this.parks.findVisible(parkId, actor),
      this.feedback.adjustmentsFor(actor?.userId ?? null, subject),
      this.index.current(),
      this.storedRanking(parkId, options),
    ]);
    if (stored) {
      const ranked = await stored.withStoredReasons(finalRanking<Scored>(stored.candidates, first, this.config.MATCH_DIVERSITY, feedback));
      const page = ranked.map((r) => ({ ...r, computedAt: stored.computedAt }));
      return { ids: page.map((r) => r.id), explain: () => page };
    }
    // None or stale: a background job is asked for, so the next request reads storage.
    if (!options.fresh && this.precomputing && isProfileVisible(park)) this.refresh?.request(subject);
    // On demand, the pool the final ranking re-ranks; as deep as a stored ranking when accepted pairs can raise candidates from below it.
    const pool = Math.max(first * DIVERSITY_POOL, feedback.accepted.length ? this.config.MATCH_STORED_SUGGESTIONS : 0) + feedback.excluded.size;
    const { context, ranked } = this.ranked(index, park, pool, feedback.excluded);
    const page = finalRanking<Scored>(
      ranked.map(({ entry: { profile: c }, score }) => ({ id: c.id, city: c.city, country: c.country, divisions: c.divisions, score, reasons: [] })),
      first,
      this.config.MATCH_DIVERSITY,
      feedback,
    );
    const byId = new Map(ranked.map((r) => [r.entry.profile.id, r.entry]));
    return {
      ids: page.map((r) => r.id),
      explain: () =>
        page.map((r) => {
          const entry = byId.get(r.id) as IndexedCompany;
          const { reasons } = explainParkFit(entry.features, entry.profile, context);
          return { ...withReasons(r, reasons), computedAt: null };
        }),
    };
  }

  /**
   * The best MATCH_STORED_SUGGESTIONS companies for a published park with a positive score, best first,
   * without feedback or diversity: what the background job stores. NOT_FOUND when the park is not visible to everyone.
   */
  async scoreAll(parkId: string): Promise<Scored[]> {
    return this.score(await this.parks.findVisible(parkId, null), this.config.MATCH_STORED_SUGGESTIONS, new Set());
  }

  /** The park's best `limit` companies, explained feature by feature. */
  private async score(park: ParkEntity, limit: number, excluded: ReadonlySet<string>): Promise<Scored[]> {
    const { context, ranked } = this.ranked(await this.index.current(), park, limit, excluded);
    const scored = ranked.map(({ entry }) => {
      const c = entry.profile;
      return { id: c.id, city: c.city, country: c.country, divisions: c.divisions, ...explainParkFit(entry.features, c, context) };
    });
    return byScore(scored.filter((s) => s.score > 0));
  }

  /** The park's best `limit` companies by score, from the matching index (the scores are the features' own). */
  private ranked(index: CompanyIndexData, park: ParkEntity, limit: number, excluded: ReadonlySet<string>): { context: ParkContext; ranked: RankedCandidate[] } {
    const prepared = this.prepare(index, park);
    const { ranked } = rankPark(index, prepared.context, limit, Date.now(), excluded, prepared.bars.get(limit) ?? -Infinity);
    const last = ranked[ranked.length - 1];
    if (ranked.length >= limit && last) prepared.bars.set(limit, last.score);
    return { context: prepared.context, ranked };
  }

  /**
   * The park's profile (its ecosystem counted from the index) and lookup tables, reused while neither the
   * park nor the index changes: counting the companies around a park is most of a ranking's set-up.
   */
  private prepare(index: CompanyIndexData, park: ParkEntity): PreparedPark {
    let parks = this.prepared.get(index);
    if (!parks) this.prepared.set(index, (parks = new Map()));
    const found = parks.get(park.id);
    if (found && found.parkVersion === park.version && found.indexVersion === index.version) return found;
    const profile = this.profiles.park(park, index);
    const prepared = { parkVersion: park.version, indexVersion: index.version, context: parkContext(profile, this.weights, index.specificity), bars: new Map<number, number>() };
    if (parks.size >= MAX_PREPARED_PARKS) parks.clear();
    parks.set(park.id, prepared);
    return prepared;
  }

  private get precomputing(): boolean {
    return this.store !== undefined && this.config.MATCH_PRECOMPUTE;
  }

  /** The current stored ranking, or null (fresh asked for, precomputation off, none or stale). */
  private async storedRanking(parkId: string, options: SuggestOptions): Promise<StoredRanking | null> {
    if (options.fresh || !this.store || !this.config.MATCH_PRECOMPUTE) return null;
    const stored = await this.store.load({ kind: SubjectKind.PARK, id: parkId });
    return stored && !stored.stale ? stored : null;
  }
}
