import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection, UuidPipe } from '@hc/core';
import { CurrentActor, isStaff, Public, Role, Roles } from '@hc/identity';
import type { Actor } from '@hc/identity';
import { AppointExpertInput, ExpertAssignmentArgs, ExpertsArgs, UpdateExpertInput } from './dto/expert.input';
import { toExpertObject } from './expert.mapper';
import { ExpertObject } from './expert.object';
import { ExpertsService } from './experts.service';

const ExpertConnection = Connection(ExpertObject, 'Expert');

@Resolver(() => ExpertObject)
export class ExpertsResolver {
  constructor(private readonly service: ExpertsService) {}

  @Roles(Role.REVIEWER, Role.ADMIN)
  @Mutation(() => ExpertObject, { description: 'Appoints an expert or consultant for a term (reviewers, admins).' })
  async appointExpert(@CurrentActor() actor: Actor, @Args('input') input: AppointExpertInput): Promise<ExpertObject> {
    return toExpertObject(await this.service.appoint(actor, input), { showContact: true });
  }

  @Roles(Role.REVIEWER, Role.ADMIN)
  @Mutation(() => ExpertObject, { description: "Changes the given fields of an expert's record, e.g. extends the term (reviewers, admins)." })
  async updateExpert(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateExpertInput,
  ): Promise<ExpertObject> {
    return toExpertObject(await this.service.update(actor, id, input), { showContact: true });
  }

  @Roles(Role.REVIEWER, Role.ADMIN)
  @Mutation(() => ExpertObject, { description: 'Assigns an expert to accompany a park or an agreement (reviewers, admins).' })
  async assignExpert(@CurrentActor() actor: Actor, @Args() args: ExpertAssignmentArgs): Promise<ExpertObject> {
    return toExpertObject(await this.service.assign(actor, args), { showContact: true });
  }

  @Roles(Role.REVIEWER, Role.ADMIN)
  @Mutation(() => ExpertObject, { description: 'Ends the assignment of an expert to a park or an agreement (reviewers, admins).' })
  async unassignExpert(@CurrentActor() actor: Actor, @Args() args: ExpertAssignmentArgs): Promise<ExpertObject> {
    return toExpertObject(await this.service.unassign(actor, args), { showContact: true });
  }

  @Public()
  @Query(() => ExpertConnection, { description: 'Experts whose term includes activeOn (today by default), oldest first; e-mail for reviewers and admins only.' })
  async experts(@CurrentActor() actor: Actor | null, @Args() args: ExpertsArgs) {
    const page = await this.service.list(args);
    const showContact = isStaff(actor);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toExpertObject(e.node, { showContact }) })) };
  }

  @Public()
  @Query(() => [ExpertObject], { description: 'Experts assigned to a published park, by name.' })
  async parkExperts(@CurrentActor() actor: Actor | null, @Args('parkId', { type: () => ID }, UuidPipe) parkId: string): Promise<ExpertObject[]> {
    const showContact = isStaff(actor);
    return (await this.service.assignedToVisiblePark(parkId)).map((e) => toExpertObject(e, { showContact }));
  }
}
