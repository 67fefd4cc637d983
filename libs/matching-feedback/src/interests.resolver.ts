import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection, ConnectionShape, UuidPipe } from '@hc/core';
import { Authenticated, CurrentActor, Role, Roles } from '@hc/identity';
import type { Actor } from '@hc/identity';
import { DeclineInterestArgs, ExpressInterestInput, InterestsArgs, LinkAgreementArgs, ScheduleMeetingArgs } from './dto/feedback.args';
import { InterestView, toInterestObject } from './feedback.mapper';
import { InterestObject } from './feedback.objects';
import { InterestsService } from './interests.service';

const InterestConnection = Connection(InterestObject, 'MatchInterest');

/** Senders: park managers and company representatives for their own profiles, admins for any. */
const SENDERS = [Role.ADMIN, Role.PARK_MANAGER, Role.COMPANY_REP];
/** Only companies receive interests, so only their representatives (and admins) answer. */
const RESPONDERS = [Role.ADMIN, Role.COMPANY_REP];
/** Either side; the service checks which. */
const PARTIES = [Role.ADMIN, Role.PARK_MANAGER, Role.COMPANY_REP];
/** Either side, or the secretariat that records agreements. */
const AGREEMENT_LINKERS = [Role.ADMIN, Role.REVIEWER, Role.PARK_MANAGER, Role.COMPANY_REP];

function toConnection(page: ConnectionShape<InterestView>): ConnectionShape<InterestObject> {
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toInterestObject(e.node) })) };
}

@Resolver(() => InterestObject)
export class InterestsResolver {
  constructor(private readonly service: InterestsService) {}

  @Roles(...SENDERS)
  @Mutation(() => InterestObject, { description: "A park or company you manage expresses interest in a company; the company's representatives are notified." })
  async expressInterest(@CurrentActor() actor: Actor, @Args('input') input: ExpressInterestInput): Promise<InterestObject> {
    return toInterestObject(await this.service.express(actor, input));
  }

  @Roles(...RESPONDERS)
  @Mutation(() => InterestObject, { description: "SENT -> ACCEPTED, by a representative of the company it was sent to (or an admin); the sender's managers are notified." })
  async acceptInterest(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<InterestObject> {
    return toInterestObject(await this.service.accept(actor, id));
  }

  @Roles(...RESPONDERS)
  @Mutation(() => InterestObject, { description: "SENT -> DECLINED, with an optional reason, by a representative of the company it was sent to (or an admin)." })
  async declineInterest(@CurrentActor() actor: Actor, @Args() args: DeclineInterestArgs): Promise<InterestObject> {
    return toInterestObject(await this.service.decline(actor, args.id, args.reason));
  }

  @Roles(...SENDERS)
  @Mutation(() => InterestObject, { description: 'SENT -> WITHDRAWN, by the managers of the park or company that sent it (or an admin).' })
  async withdrawInterest(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<InterestObject> {
    return toInterestObject(await this.service.withdraw(actor, id));
  }

  @Roles(...PARTIES)
  @Mutation(() => InterestObject, { description: 'ACCEPTED -> MEETING_SCHEDULED, or moves the meeting; either side (or an admin).' })
  async scheduleMeeting(@CurrentActor() actor: Actor, @Args() args: ScheduleMeetingArgs): Promise<InterestObject> {
    return toInterestObject(await this.service.scheduleMeeting(actor, args));
  }

  @Roles(...AGREEMENT_LINKERS)
  @Mutation(() => InterestObject, { description: 'MEETING_SCHEDULED -> AGREED: links a recorded agreement both sides signed (either side, reviewers, admins).' })
  async linkAgreement(@CurrentActor() actor: Actor, @Args() args: LinkAgreementArgs): Promise<InterestObject> {
    return toInterestObject(await this.service.linkAgreement(actor, args));
  }

  @Authenticated()
  @Query(() => InterestConnection, {
    description: 'Expressions of interest, oldest first: of the parks and companies you manage (sent and received), or all of them for reviewers and admins.',
  })
  async interests(@CurrentActor() actor: Actor, @Args() args: InterestsArgs) {
    return toConnection(await this.service.list(actor, args));
  }
}
