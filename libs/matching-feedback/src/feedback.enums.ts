import { registerEnumType } from '@nestjs/graphql';
import { FunnelStage, InterestDirection, InterestStatus, NotificationKind } from './feedback.model';

registerEnumType(InterestStatus, {
  name: 'InterestStatus',
  description:
    'SENT -> ACCEPTED or DECLINED (by the company that received it); SENT -> WITHDRAWN (by the sender); ACCEPTED -> MEETING_SCHEDULED -> AGREED (an agreement is linked). DECLINED, WITHDRAWN and AGREED are final.',
});
registerEnumType(InterestDirection, { name: 'InterestDirection', description: 'SENT: interests a park or company sent; RECEIVED: interests a company received.' });
registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What happened to an expression of interest.' });
registerEnumType(FunnelStage, { name: 'FunnelStage', description: 'SUGGESTED -> SHORTLISTED -> INTEREST_SENT -> ACCEPTED -> MEETING -> AGREEMENT.' });
