import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@hc/identity';
import { InitiativeStatsObject } from './initiative-stats.object';
import { InitiativeStatsService } from './initiative-stats.service';

@Resolver(() => InitiativeStatsObject)
export class InitiativeStatsResolver {
  constructor(private readonly service: InitiativeStatsService) {}

  @Public()
  @Query(() => InitiativeStatsObject, { description: 'Members by kind, shared resources, agreements by status and active experts.' })
  async initiativeStats(): Promise<InitiativeStatsObject> {
    return this.service.stats();
  }
}
