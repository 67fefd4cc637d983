import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, UuidPipe } from '@hc/core';
import { CompanyObject } from '@hc/companies';
import { CurrentActor, Public, Role, Roles } from '@hc/identity';
import type { Actor } from '@hc/identity';
import DataLoader from 'dataloader';
import { OpportunitiesArgs, PublishOpportunityInput, UpdateOpportunityInput } from './dto/opportunity.input';
import { OpportunitiesService } from './opportunities.service';
import { toOpportunityObject } from './opportunity.mapper';
import { OpportunityObject } from './opportunity.object';
import { isLive } from './opportunity-record';

const OpportunityConnection = Connection(OpportunityObject, 'Opportunity');
const LOADER = Symbol('opportunitiesByCompany');
const OWNERS = [Role.ADMIN, Role.COMPANY_REP, Role.PARK_MANAGER];

@Resolver(() => OpportunityObject)
export class OpportunitiesResolver {
  constructor(private readonly service: OpportunitiesService) {}

  @Public()
  @Query(() => OpportunityObject, { description: 'One opportunity of a published company or park (or one of your own).' })
  async opportunity(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<OpportunityObject> {
    return toOpportunityObject(await this.service.findById(id, actor));
  }

  @Public()
  @Query(() => OpportunityConnection, { description: 'Live opportunities (unless includeInactive) of published companies and parks (and your own), oldest first, as a Relay connection.' })
  async opportunities(@CurrentActor() actor: Actor | null, @Args() args: OpportunitiesArgs) {
    const page = await this.service.list(args, actor);
    const now = new Date();
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toOpportunityObject(e.node, now) })) };
  }

  @Roles(...OWNERS)
  @Mutation(() => OpportunityObject, {
    description: `Publishes an offer or request for a company you represent or a park you manage; it expires after OPPORTUNITY_VALIDITY_DAYS unless renewed.`,
  })
  async publishOpportunity(@CurrentActor() actor: Actor, @Args('input') input: PublishOpportunityInput): Promise<OpportunityObject> {
    return toOpportunityObject(await this.service.publish(input, actor));
  }

  @Roles(...OWNERS)
  @Mutation(() => OpportunityObject, { description: 'Changes the given fields; omitted fields keep their value.' })
  async updateOpportunity(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateOpportunityInput,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number,
  ): Promise<OpportunityObject> {
    return toOpportunityObject(await this.service.update(id, input, actor, expectedVersion ?? undefined));
  }

  @Roles(...OWNERS)
  @Mutation(() => OpportunityObject, { description: 'Extends the validity by OPPORTUNITY_VALIDITY_DAYS from today; revives an expired or withdrawn one.' })
  async renewOpportunity(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number,
  ): Promise<OpportunityObject> {
    return toOpportunityObject(await this.service.renew(id, actor, expectedVersion ?? undefined));
  }

  @Roles(...OWNERS)
  @Mutation(() => OpportunityObject, { description: 'Takes an opportunity out of search and matching.' })
  async withdrawOpportunity(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number,
  ): Promise<OpportunityObject> {
    return toOpportunityObject(await this.service.withdraw(id, actor, expectedVersion ?? undefined));
  }
}

/** `Company.opportunities`, batched per request so a page of companies costs one query. */
@Resolver(() => CompanyObject)
export class CompanyOpportunitiesResolver {
  constructor(private readonly service: OpportunitiesService) {}

  @ResolveField(() => [OpportunityObject], { description: 'Live offers and requests of the company.' })
  async opportunities(@Parent() company: CompanyObject, @Context() context: Record<symbol, unknown>): Promise<OpportunityObject[]> {
    const loader = (context[LOADER] ??= new DataLoader<string, OpportunityObject[]>(async (ids) => {
      const grouped = await this.service.activeByCompany(ids);
      const now = new Date();
      return ids.map((id) => (grouped.get(id) ?? []).filter((o) => isLive(o, now)).map((o) => toOpportunityObject(o, now)));
    })) as DataLoader<string, OpportunityObject[]>;
    return loader.load(company.id);
  }
}
