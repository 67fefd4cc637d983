import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG } from '@hc/core';
import type { AppConfig } from '@hc/core';
import { CompaniesService, toCompanyObject } from '@hc/companies';
import { SubjectKind } from '@hc/identity';
import type { Actor } from '@hc/identity';
import { DataSource } from 'typeorm';
import { partnerCandidates } from './candidates/candidate-queries';
import { FeedbackService } from './feedback/feedback.service';
import { finalRanking } from './features/ranking';
import { scorePartnerFit } from './features/partner-features';
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
    private readonly feedback: FeedbackService,
  ) {}

  async suggest(companyId: string, first: number, actor: Actor | null): Promise<PartnerSuggestionObject[]> {
    const ranked = await this.rank(companyId, first, actor);
    await this.feedback.recordSuggested({ kind: SubjectKind.COMPANY, id: companyId }, ranked.map((r) => r.id));
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
    const [candidates, feedback] = await Promise.all([
      partnerCandidates(this.dataSource, you).then((refs) => this.profiles.companies(refs)),
      this.feedback.adjustmentsFor(actor?.userId ?? null, { kind: SubjectKind.COMPANY, id: you.id }),
    ]);
    const boost = this.config.MATCH_CROSS_BORDER_BOOST;
    const scored = candidates.map((them) => ({ id: them.id, city: them.city, country: them.country, divisions: them.divisions, ...scorePartnerFit(you, them, boost) }));
    return finalRanking(scored, first, this.config.MATCH_DIVERSITY, feedback);
  }
}
