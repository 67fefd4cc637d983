import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection } from '@hc/core';
import { Authenticated, CurrentActor } from '@hc/identity';
import type { Actor } from '@hc/identity';
import { MarkNotificationsReadArgs, NotificationsArgs } from './dto/feedback.args';
import { toNotificationObject } from './feedback.mapper';
import { NotificationObject } from './feedback.objects';
import { NotificationsService } from './notifications.service';

const NotificationConnection = Connection(NotificationObject, 'Notification');

@Resolver(() => NotificationObject)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Authenticated()
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  async notifications(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs) {
    const page = await this.service.list(actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toNotificationObject(e.node) })) };
  }

  @Authenticated()
  @Mutation(() => Int, { description: "Marks your notifications read; answers how many were unread. Another user's notification is FORBIDDEN." })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args() args: MarkNotificationsReadArgs): Promise<number> {
    return this.service.markRead(actor, args.ids);
  }
}
