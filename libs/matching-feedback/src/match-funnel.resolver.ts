import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '@hc/identity';
import type { Actor } from '@hc/identity';
import { MatchFunnelArgs } from './dto/feedback.args';
import { toMatchFunnelObject } from './feedback.mapper';
import { MatchFunnelObject } from './feedback.objects';
import { MatchFunnelService } from './match-funnel.service';

@Resolver()
export class MatchFunnelResolver {
  constructor(private readonly funnel: MatchFunnelService) {}

  @Authenticated()
  @Query(() => MatchFunnelObject, {
    description: 'Suggested -> shortlisted -> interest -> accepted -> meeting -> agreement, with conversion rates: of one park or company (its managers, admins, reviewers, viewers), or of all (admins, reviewers, viewers).',
  })
  async matchFunnel(@CurrentActor() actor: Actor, @Args() args: MatchFunnelArgs): Promise<MatchFunnelObject> {
    return toMatchFunnelObject(await this.funnel.funnel(actor, args));
  }
}
