import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, Connection, ProfileReviewObject, RejectProfileArgs, ReviewAction, toProfileReviewObject, UuidPipe } from '@hc/core';
import type { AppConfig } from '@hc/core';
import { canSeeUnpublished, CurrentActor, Public, Role, Roles, SubjectKind } from '@hc/identity';
import type { Actor } from '@hc/identity';
import { ParksArgs, SubmitParkProfileInput, UpdateParkInput } from './dto/park.input';
import { toParkObject, toPendingParkObject } from './park.mapper';
import { ParkObject } from './park.object';
import { ParksService } from './parks.service';

const ParkConnection = Connection(ParkObject, 'Park');
const MANAGERS = [Role.ADMIN, Role.PARK_MANAGER];
const REVIEWERS = [Role.ADMIN, Role.REVIEWER];

@Resolver(() => ParkObject)
export class ParksResolver {
  constructor(
    private readonly service: ParksService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => ParkObject, { description: 'One park. Unpublished or expired parks are NOT_FOUND except for their managers and the staff.' })
  async park(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<ParkObject> {
    return toParkObject(await this.service.findVisible(id, actor));
  }

  @Public()
  @Query(() => ParkConnection, { description: 'Published parks (search with filter.query), your own (mine), or a review queue (staff), as a Relay connection.' })
  async parks(@CurrentActor() actor: Actor | null, @Args() args: ParksArgs) {
    const page = await this.service.list(args, actor);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toParkObject(e.node) })) };
  }

  @Roles(...MANAGERS)
  @Mutation(() => ParkObject, { description: 'Creates a DRAFT park profile; you become its manager. Submit it for review to publish it.' })
  async createPark(@CurrentActor() actor: Actor, @Args('input') input: SubmitParkProfileInput): Promise<ParkObject> {
    return toParkObject(await this.service.create(input, actor));
  }

  @Roles(...MANAGERS)
  @Mutation(() => ParkObject, { description: 'Changes a park. On a published park the changes wait for review while the published version stays visible.' })
  async updatePark(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateParkInput,
    @Args('expectedVersion', { type: () => Int, nullable: true, description: 'Fails with CONFLICT if the park changed meanwhile.' }) expectedVersion?: number,
  ): Promise<ParkObject> {
    return toParkObject(await this.service.update(id, input, actor, expectedVersion ?? undefined));
  }

  @Roles(...MANAGERS)
  @Mutation(() => ParkObject, { description: 'Sends a draft, a rejected profile or the pending changes of a published park to review.' })
  async submitPark(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<ParkObject> {
    return toParkObject(await this.service.review(id, ReviewAction.SUBMIT, actor));
  }

  @Roles(...REVIEWERS)
  @Mutation(() => ParkObject, { description: 'A reviewer takes a submitted park (or submitted changes) into review.' })
  async startParkReview(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<ParkObject> {
    return toParkObject(await this.service.review(id, ReviewAction.START_REVIEW, actor));
  }

  @Roles(...REVIEWERS)
  @Mutation(() => ParkObject, { description: 'Publishes a submitted park, or replaces the published version with the submitted changes; starts a new term.' })
  async approvePark(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<ParkObject> {
    return toParkObject(await this.service.review(id, ReviewAction.APPROVE, actor));
  }

  @Roles(...REVIEWERS)
  @Mutation(() => ParkObject, { description: 'Sends a submitted park (or submitted changes) back to its managers with a reason.' })
  async rejectPark(@CurrentActor() actor: Actor, @Args() args: RejectProfileArgs): Promise<ParkObject> {
    return toParkObject(await this.service.review(args.id, ReviewAction.REJECT, actor, args.reason));
  }

  @Roles(...MANAGERS)
  @Mutation(() => ParkObject, { description: 'Starts a new term for a published park (PROFILE_VALIDITY_DAYS from now); an expired one becomes visible again.' })
  async renewPark(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<ParkObject> {
    return toParkObject(await this.service.renew(id, actor));
  }

  @ResolveField(() => ProfileReviewObject, { nullable: true, description: 'Review status, term and pending changes: for the park managers and the staff; null for everyone else.' })
  review(@Parent() park: ParkObject, @CurrentActor() actor: Actor | null): ProfileReviewObject | null {
    if (!park.lifecycle || !canSeeUnpublished(actor, SubjectKind.PARK, park.id)) return null;
    return toProfileReviewObject(park.lifecycle, this.config.PROFILE_RENEWAL_WARNING_DAYS);
  }

  @ResolveField(() => ParkObject, { nullable: true, description: 'The park as it will look once its pending changes are approved (managers and staff).' })
  pendingVersion(@Parent() park: ParkObject, @CurrentActor() actor: Actor | null): ParkObject | null {
    if (!park.lifecycle?.revision || !canSeeUnpublished(actor, SubjectKind.PARK, park.id)) return null;
    return toPendingParkObject(park, park.lifecycle.revision);
  }
}
