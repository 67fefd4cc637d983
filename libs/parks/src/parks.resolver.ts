import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection, UuidPipe } from '@hc/core';
import { ParksArgs, SubmitParkProfileInput } from './dto/park.input';
import { toParkObject } from './park.mapper';
import { ParkObject } from './park.object';
import { ParksService } from './parks.service';

const ParkConnection = Connection(ParkObject, 'Park');

@Resolver(() => ParkObject)
export class ParksResolver {
  constructor(private readonly service: ParksService) {}

  @Query(() => ParkObject)
  async park(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<ParkObject> {
    return toParkObject(await this.service.findById(id));
  }

  @Query(() => ParkConnection, { description: 'Parks (PUBLISHED unless the filter asks otherwise), as a Relay connection.' })
  async parks(@Args() args: ParksArgs) {
    const page = await this.service.list(args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toParkObject(e.node) })) };
  }

  @Mutation(() => ParkObject, { description: 'A park submits its profile to the initiative; it is stored as SUBMITTED.' })
  async submitParkProfile(@Args('input') input: SubmitParkProfileInput): Promise<ParkObject> {
    return toParkObject(await this.service.submit(input));
  }
}
