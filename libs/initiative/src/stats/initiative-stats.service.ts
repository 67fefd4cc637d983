import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AGREEMENT_STATUS_LABELS, AgreementStatus } from '../agreement/agreement.model';
import { AgreementsService } from '../agreement/agreements.service';
import { acceptedMemberSql, visibleOwnerSql } from '../common/profile-ref';
import { ExpertsService } from '../expert/experts.service';
import { MembershipStatus } from '../membership/membership.model';
import { SharedResourceStatus } from '../shared-resource/shared-resource.model';
import { InitiativeStatsObject } from './initiative-stats.object';

/** The initiative's figures, counted with the same rules as the public lists. */
@Injectable()
export class InitiativeStatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agreements: AgreementsService,
    private readonly experts: ExpertsService,
  ) {}

  async stats(): Promise<InitiativeStatsObject> {
    const [members] = await this.dataSource.query<{ parks: number; companies: number }[]>(
      `SELECT count(*) FILTER (WHERE m.park_id IS NOT NULL)::int AS parks, count(*) FILTER (WHERE m.company_id IS NOT NULL)::int AS companies
         FROM initiative_memberships m WHERE m.status = $1 AND ${visibleOwnerSql('m')}`,
      [MembershipStatus.ACCEPTED],
    );
    const [resources] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM shared_resources r WHERE r.status = $1 AND ${visibleOwnerSql('r')} AND ${acceptedMemberSql('r')}`,
      [SharedResourceStatus.ACTIVE],
    );
    const byStatus = await this.agreements.countByStatus();
    const agreementsByStatus = Object.values(AgreementStatus).map((status) => ({ status, label: { ...AGREEMENT_STATUS_LABELS[status] }, count: byStatus.get(status) ?? 0 }));
    return {
      memberParks: members?.parks ?? 0,
      memberCompanies: members?.companies ?? 0,
      activeSharedResources: resources?.count ?? 0,
      agreements: agreementsByStatus.reduce((sum, s) => sum + s.count, 0),
      agreementsByStatus,
      activeExperts: await this.experts.countActive(),
    };
  }
}
