import { registerEnumType } from '@nestjs/graphql';
import { MembershipStatus } from './membership.model';

registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'APPLIED -> ACCEPTED or DECLINED (with a reason); APPLIED or ACCEPTED -> WITHDRAWN.',
});
