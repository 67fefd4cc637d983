import { Module } from '@nestjs/common';
import { IdentityModule } from '@hc/identity';
import { AgreementsResolver } from './agreement/agreements.resolver';
import { AgreementsService } from './agreement/agreements.service';
import { InitiativeDemoLoader } from './demo/initiative-demo.loader';
import { ExpertsResolver } from './expert/experts.resolver';
import { ExpertsService } from './expert/experts.service';
import { MembershipsResolver } from './membership/memberships.resolver';
import { MembershipsService } from './membership/memberships.service';
import { SharedResourcesResolver } from './shared-resource/shared-resources.resolver';
import { SharedResourcesService } from './shared-resource/shared-resources.service';
import { InitiativeStatsResolver } from './stats/initiative-stats.resolver';
import { InitiativeStatsService } from './stats/initiative-stats.service';

const SERVICES = [MembershipsService, SharedResourcesService, AgreementsService, ExpertsService, InitiativeStatsService, InitiativeDemoLoader];

/** Every resolver of the initiative; the api's schema printer lists them. */
export const INITIATIVE_RESOLVERS = [MembershipsResolver, SharedResourcesResolver, AgreementsResolver, ExpertsResolver, InitiativeStatsResolver];

/** The new-ecology initiative: membership, shared resources, cooperation agreements, experts. */
@Module({
  imports: [IdentityModule],
  providers: [...SERVICES, ...INITIATIVE_RESOLVERS],
  exports: SERVICES,
})
export class InitiativeModule {}
