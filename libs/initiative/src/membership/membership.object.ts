import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from '@hc/core';
import { SubjectKind } from '@hc/identity';
import './membership.enums';
import { MembershipStatus } from './membership.model';

@ObjectType('Membership', { description: "A park's or company's membership of the new-ecology initiative, from application to decision." })
export class MembershipObject {
  @Field(() => ID) id!: string;
  @Field(() => SubjectKind) memberKind!: SubjectKind;
  @Field(() => ID) memberId!: string;
  @Field(() => LocalizedText, { description: 'Name of the park or company.' }) memberName!: LocalizedText;
  @Field(() => MembershipStatus) status!: MembershipStatus;
  @Field(() => LocalizedText, { description: 'The status in zh, de and en, for labels.' }) statusLabel!: LocalizedText;
  @Field() motivation!: string;
  @Field(() => String, { nullable: true, description: 'Why the application was declined.' }) declineReason!: string | null;
  @Field() appliedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When it was accepted or declined.' }) decidedAt!: Date | null;
  @Field(() => Date, { nullable: true }) withdrawnAt!: Date | null;
  @Field(() => Int) version!: number;
}
