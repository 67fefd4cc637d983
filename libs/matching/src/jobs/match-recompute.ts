import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, NotFoundException } from '@hc/core';
import type { AppConfig } from '@hc/core';
import { CompaniesService } from '@hc/companies';
import { ParksService } from '@hc/parks';
import { ParkSuggestionsService } from '../suggestions/park-suggestions.service';
import { PartnerSuggestionsService } from '../suggestions/partner-suggestions.service';
import { companySubject, MatchStore, parkSubject } from '../store/match-store';

export interface RecomputeResult {
  /** Suggestions stored; 0 when the subject is no longer visible (its ranking was deleted). */
  stored: number;
  /** The subject is not visible any more (or was deleted): its ranking was removed. */
  removed: boolean;
  /** A newer computation was stored meanwhile, so this one was dropped. */
  superseded: boolean;
  /**
   * Companies: other companies whose stored partner rankings this company would now enter. Filled only when the
   * company changed since its last stored ranking, so a job caused by a neighbour does not cascade further.
   */
  neighbours: string[];
}

/**
 * What a job does: score every candidate of one subject (feedback-free, undiversified: `scoreAll`),
 * keep the best MATCH_STORED_SUGGESTIONS and replace the stored ranking. Running it twice leaves the
 * same rows. A subject that is no longer visible loses its stored ranking.
 */
@Injectable()
export class MatchRecompute {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly parks: ParksService,
    private readonly companies: CompaniesService,
    private readonly parkSuggestions: ParkSuggestionsService,
    private readonly partnerSuggestions: PartnerSuggestionsService,
    private readonly store: MatchStore,
  ) {}

  async park(parkId: string): Promise<RecomputeResult> {
    const subject = parkSubject(parkId);
    const computedAt = new Date();
    try {
      const park = await this.parks.findVisible(parkId, null);
      const ranked = (await this.parkSuggestions.scoreAll(parkId)).slice(0, this.config.MATCH_STORED_SUGGESTIONS);
      const written = await this.store.replace(subject, ranked, { computedAt, subjectVersion: park.version });
      return { stored: ranked.length, removed: false, superseded: !written, neighbours: [] };
    } catch (error) {
      if (!(error instanceof NotFoundException)) throw error;
      await this.store.clear(subject);
      return { stored: 0, removed: true, superseded: false, neighbours: [] };
    }
  }

  async company(companyId: string): Promise<RecomputeResult> {
    const subject = companySubject(companyId);
    const computedAt = new Date();
    try {
      const company = await this.companies.findVisible(companyId, null);
      const previousVersion = await this.store.storedVersion(subject);
      const ranked = (await this.partnerSuggestions.scoreAll(companyId)).slice(0, this.config.MATCH_STORED_SUGGESTIONS);
      const written = await this.store.replace(subject, ranked, { computedAt, subjectVersion: company.version });
      const changed = written && previousVersion !== company.version;
      const neighbours = changed ? await this.store.rankingsToEnter(companyId, ranked, this.config.MATCH_STORED_SUGGESTIONS) : [];
      return { stored: ranked.length, removed: false, superseded: !written, neighbours };
    } catch (error) {
      if (!(error instanceof NotFoundException)) throw error;
      await this.store.clear(subject);
      return { stored: 0, removed: true, superseded: false, neighbours: [] };
    }
  }
}
