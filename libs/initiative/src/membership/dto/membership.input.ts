import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ConnectionArgs } from '@hc/core';
import { SubjectKind } from '@hc/identity';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { IsNotBlank } from '../../common/validation.rules';
import '../membership.enums';
import { DECLINE_REASON_MAX_LENGTH, MembershipStatus, MOTIVATION_MAX_LENGTH } from '../membership.model';

@InputType({ description: 'A park or company applies to join the initiative.' })
export class ApplyForMembershipInput {
  @Field(() => SubjectKind, { description: 'PARK or COMPANY.' })
  @IsEnum(SubjectKind, { message: 'memberKind must be PARK or COMPANY' })
  memberKind!: SubjectKind;

  @Field(() => ID, { description: 'The park or company that applies; you must manage it.' })
  @IsUUID('all', { message: 'memberId must be the UUID of a park or company' })
  memberId!: string;

  @Field({ description: `Why the park or company wants to join, 1 to ${MOTIVATION_MAX_LENGTH} characters.` })
  @IsString()
  @Length(1, MOTIVATION_MAX_LENGTH, { message: `motivation must be 1 to ${MOTIVATION_MAX_LENGTH} characters long` })
  @IsNotBlank()
  motivation!: string;
}

@ArgsType()
export class DeclineMembershipArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({ description: `Why the application is declined; the applicant sees it. 1 to ${DECLINE_REASON_MAX_LENGTH} characters.` })
  @IsString()
  @Length(1, DECLINE_REASON_MAX_LENGTH, { message: `reason must be 1 to ${DECLINE_REASON_MAX_LENGTH} characters long` })
  @IsNotBlank({ message: 'reason must not be blank: say why the application is declined' })
  reason!: string;
}

@InputType()
export class MembershipFilterInput {
  @Field(() => MembershipStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MembershipStatus)
  status?: MembershipStatus;

  @Field(() => SubjectKind, { nullable: true })
  @IsOptional()
  @IsEnum(SubjectKind)
  memberKind?: SubjectKind;

  @Field(() => ID, { nullable: true, description: 'Only the applications of this park or company.' })
  @IsOptional()
  @IsUUID()
  memberId?: string;
}

@ArgsType()
export class MembershipApplicationsArgs extends ConnectionArgs {
  @Field(() => MembershipFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MembershipFilterInput)
  filter?: MembershipFilterInput;
}

@ArgsType()
export class InitiativeMembersArgs extends ConnectionArgs {
  @Field(() => SubjectKind, { nullable: true, description: 'Only parks or only companies; both when omitted.' })
  @IsOptional()
  @IsEnum(SubjectKind)
  memberKind?: SubjectKind;
}
