import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG } from '@hc/core';
import type { AppConfig } from '@hc/core';
import { CompaniesService, toCompanyObject } from '@hc/companies';
import type { Actor } from '@hc/identity';
import { DataSource } from 'typeorm';
import { partnerCandidates } from './candidates/candidate-queries';
import { diversify } from './features/diversify';
import { scorePartnerFit } from './features/partner-features';
import { DIVERSITY_POOL } from './matching-settings';
import { PartnerSuggestionObject } from './park-suggestion.objects';
import { MatchProfileLoader } from './profiles/match-profile.loader';

/**
 * Company ↔ company suggestions: complementarity (requests against offers, upstream and downstream),
 * fused over both directions with a harmonic mean, so a one-sided fit cannot rank high.
 */
@Injectable()
export class PartnerSuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly companies: CompaniesService,
    private readonly profiles: MatchProfileLoader,
  ) {}

  async suggest(companyId: string, first: number, actor: Actor | null): Promise<PartnerSuggestionObject[]> {
    const ranked = await this.rank(companyId, first, actor);
    const rows = new Map((await this.companies.findByIds(ranked.map((r) => r.id))).map((c) => [c.id, c]));
    const round = (x: number) => Math.round(x * 1000) / 1000;
    return ranked.flatMap((r) => {
      const row = rows.get(r.id);
      return row ? [{ company: toCompanyObject(row), score: round(r.score), fitForYou: round(r.forYou), fitForThem: round(r.forThem), reasons: r.reasons }] : [];
    });
  }

  /** The ranking alone: for a company `actor` may see (published, or one they represent). */
  async rank(companyId: string, first: number, actor: Actor | null) {
    const company = await this.companies.findVisible(companyId, actor);
    const you = await this.profiles.company(company.id, company.version);
    const candidates = await this.profiles.companies(await partnerCandidates(this.dataSource, you));
    const boost = this.config.MATCH_CROSS_BORDER_BOOST;
    const scored = candidates
      .map((them) => ({ id: them.id, city: them.city, country: them.country, primaryDivision: them.divisions[0], ...scorePartnerFit(you, them, boost) }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, first * DIVERSITY_POOL);
    return diversify(scored, first, this.config.MATCH_DIVERSITY);
  }
}
