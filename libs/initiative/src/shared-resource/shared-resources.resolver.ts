import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection, UuidPipe } from '@hc/core';
import { CurrentActor, Public, Role, Roles } from '@hc/identity';
import type { Actor } from '@hc/identity';
import { PublishSharedResourceInput, SharedResourcesArgs, UpdateSharedResourceInput } from './dto/shared-resource.input';
import { toSharedResourceObject } from './shared-resource.mapper';
import { SharedResourceObject } from './shared-resource.object';
import { SharedResourcesService } from './shared-resources.service';

const SharedResourceConnection = Connection(SharedResourceObject, 'SharedResource');

/** Owners (park managers, company representatives) and admins write; anyone reads. */
const OWNER_ROLES = [Role.ADMIN, Role.PARK_MANAGER, Role.COMPANY_REP];

@Resolver(() => SharedResourceObject)
export class SharedResourcesResolver {
  constructor(private readonly service: SharedResourcesService) {}

  @Roles(...OWNER_ROLES)
  @Mutation(() => SharedResourceObject, { description: 'An initiative member shares a lab, pilot line, training centre, site or service.' })
  async publishSharedResource(@CurrentActor() actor: Actor, @Args('input') input: PublishSharedResourceInput): Promise<SharedResourceObject> {
    return toSharedResourceObject(await this.service.publish(actor, input));
  }

  @Roles(...OWNER_ROLES)
  @Mutation(() => SharedResourceObject, { description: 'Changes the given fields of an active shared resource (its owners, admins).' })
  async updateSharedResource(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateSharedResourceInput,
  ): Promise<SharedResourceObject> {
    return toSharedResourceObject(await this.service.update(actor, id, input));
  }

  @Roles(...OWNER_ROLES)
  @Mutation(() => SharedResourceObject, { description: 'Takes a shared resource off the list for good (its owners, admins).' })
  async withdrawSharedResource(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<SharedResourceObject> {
    return toSharedResourceObject(await this.service.withdraw(actor, id));
  }

  @Public()
  @Query(() => SharedResourceConnection, { description: 'Active resources of published initiative members, oldest first; text search in zh/de/en.' })
  async sharedResources(@Args() args: SharedResourcesArgs) {
    const page = await this.service.list(args);
    const near = args.filter?.near ?? null;
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toSharedResourceObject(e.node, near) })) };
  }
}
