import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection, ConnectionShape, UuidPipe } from '@hc/core';
import { Authenticated, CurrentActor, Public, Role, Roles } from '@hc/identity';
import type { Actor } from '@hc/identity';
import { ApplyForMembershipInput, DeclineMembershipArgs, InitiativeMembersArgs, MembershipApplicationsArgs } from './dto/membership.input';
import { MembershipView, toMembershipObject } from './membership.mapper';
import { MembershipObject } from './membership.object';
import { MembershipsService } from './memberships.service';

const MembershipConnection = Connection(MembershipObject, 'Membership');

function toConnection(page: ConnectionShape<MembershipView>): ConnectionShape<MembershipObject> {
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toMembershipObject(e.node) })) };
}

@Resolver(() => MembershipObject)
export class MembershipsResolver {
  constructor(private readonly service: MembershipsService) {}

  @Roles(Role.ADMIN, Role.PARK_MANAGER, Role.COMPANY_REP)
  @Mutation(() => MembershipObject, { description: 'A park manager or company representative applies for the membership of a published profile they manage.' })
  async applyForMembership(@CurrentActor() actor: Actor, @Args('input') input: ApplyForMembershipInput): Promise<MembershipObject> {
    return toMembershipObject(await this.service.apply(actor, input));
  }

  @Roles(Role.REVIEWER, Role.ADMIN)
  @Mutation(() => MembershipObject, { description: 'Accepts an application (reviewers, admins); the park or company becomes an initiative member.' })
  async acceptMembership(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<MembershipObject> {
    return toMembershipObject(await this.service.accept(actor, id));
  }

  @Roles(Role.REVIEWER, Role.ADMIN)
  @Mutation(() => MembershipObject, { description: 'Declines an application with a reason the applicant sees (reviewers, admins).' })
  async declineMembership(@CurrentActor() actor: Actor, @Args() args: DeclineMembershipArgs): Promise<MembershipObject> {
    return toMembershipObject(await this.service.decline(actor, args.id, args.reason));
  }

  @Roles(Role.ADMIN, Role.PARK_MANAGER, Role.COMPANY_REP)
  @Mutation(() => MembershipObject, { description: 'Withdraws an open application or ends a membership (its owners, admins).' })
  async withdrawMembership(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<MembershipObject> {
    return toMembershipObject(await this.service.withdraw(actor, id));
  }

  @Authenticated()
  @Query(() => MembershipConnection, { description: 'Membership applications, oldest first: all of them for reviewers and admins, your own profiles\' otherwise.' })
  async membershipApplications(@CurrentActor() actor: Actor, @Args() args: MembershipApplicationsArgs) {
    return toConnection(await this.service.listApplications(actor, args));
  }

  @Public()
  @Query(() => MembershipConnection, { description: 'Accepted members of the initiative whose profiles are published, in the order they applied.' })
  async initiativeMembers(@Args() args: InitiativeMembersArgs) {
    return toConnection(await this.service.listMembers(args));
  }
}
