import { Module } from '@nestjs/common';
import { IdentityModule } from '@hc/identity';
import { FeedbackResolver } from './feedback.resolver';
import { FeedbackService } from './feedback.service';
import { InterestsResolver } from './interests.resolver';
import { InterestsService } from './interests.service';
import { MatchFunnelResolver } from './match-funnel.resolver';
import { MatchFunnelService } from './match-funnel.service';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

const SERVICES = [FeedbackService, InterestsService, NotificationsService, MatchFunnelService];

/** Every resolver of matching feedback; the api's schema printer lists them. */
export const FEEDBACK_RESOLVERS = [FeedbackResolver, InterestsResolver, NotificationsResolver, MatchFunnelResolver];

/** What users do with suggestions: dismiss, shortlist, express interest through to an agreement; notifications; the funnel. */
@Module({
  imports: [IdentityModule],
  providers: [...SERVICES, ...FEEDBACK_RESOLVERS],
  exports: SERVICES,
})
export class FeedbackModule {}
