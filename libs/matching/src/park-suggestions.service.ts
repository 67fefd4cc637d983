import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG } from '@hc/core';
import type { AppConfig } from '@hc/core';
import { CompaniesService, toCompanyObject } from '@hc/companies';
import { SubjectKind } from '@hc/identity';
import type { Actor } from '@hc/identity';
import { ParksService } from '@hc/parks';
import { DataSource } from 'typeorm';
import { parkCandidates } from './candidates/candidate-queries';
import { FeedbackService } from './feedback/feedback.service';
import { finalRanking } from './features/ranking';
import { ParkWeights, scoreParkFit } from './features/park-features';
import { parkWeights } from './matching-settings';
import { ParkSuggestionObject } from './park-suggestion.objects';
import { MatchProfileLoader } from './profiles/match-profile.loader';

/**
 * Park → company suggestions on demand: candidates from indexed SQL sets, every candidate scored by
 * the named features (features/park-features.ts), re-ranked for diversity, explained.
 */
@Injectable()
export class ParkSuggestionsService {
  private readonly weights: ParkWeights;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly parks: ParksService,
    private readonly companies: CompaniesService,
    private readonly profiles: MatchProfileLoader,
    private readonly feedback: FeedbackService,
  ) {
    this.weights = parkWeights(config);
  }

  /** Suggestions for a park `actor` may see (published, or one they manage); only visible companies are suggested. */
  async suggest(parkId: string, first: number, actor: Actor | null): Promise<ParkSuggestionObject[]> {
    const ranked = await this.rank(parkId, first, actor);
    await this.feedback.recordSuggested({ kind: SubjectKind.PARK, id: parkId }, ranked.map((r) => r.id));
    const rows = new Map((await this.companies.findByIds(ranked.map((r) => r.id))).map((c) => [c.id, c]));
    return ranked.flatMap((r) => {
      const row = rows.get(r.id);
      return row ? [{ company: toCompanyObject(row), score: Math.round(r.score * 1000) / 1000, reasons: r.reasons }] : [];
    });
  }

  /** The ranking alone (ids, scores, reasons): what benchmarks and precomputation use. */
  async rank(parkId: string, first: number, actor: Actor | null) {
    const park = await this.parks.findVisible(parkId, actor);
    const profile = await this.profiles.park(park);
    const [candidates, feedback] = await Promise.all([
      parkCandidates(this.dataSource, profile).then((refs) => this.profiles.companies(refs)),
      this.feedback.adjustmentsFor(actor?.userId ?? null, { kind: SubjectKind.PARK, id: park.id }),
    ]);
    const scored = candidates.map((c) => ({ id: c.id, city: c.city, country: c.country, divisions: c.divisions, ...scoreParkFit(c, profile, this.weights) }));
    return finalRanking(scored, first, this.config.MATCH_DIVERSITY, feedback);
  }
}
