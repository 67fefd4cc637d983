import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { ConnectionArgs } from '@hc/core';
import { SubjectKind } from '@hc/identity';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsDate, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import '../feedback.enums';
import {
  DECLINE_REASON_MAX_LENGTH,
  DISMISS_REASON_MAX_LENGTH,
  INTEREST_MESSAGE_MAX_LENGTH,
  InterestDirection,
  InterestStatus,
  MAX_NOTIFICATIONS_MARKED,
  MEETING_PLACE_MAX_LENGTH,
} from '../feedback.model';

const KIND_MESSAGE = 'subjectKind must be PARK or COMPANY';

/** A park or company you manage, and a candidate company suggested to it. */
@ArgsType()
export class SuggestionPairArgs {
  @Field(() => SubjectKind, { description: 'PARK or COMPANY: who the suggestion was for.' })
  @IsEnum(SubjectKind, { message: KIND_MESSAGE })
  subjectKind!: SubjectKind;

  @Field(() => ID, { description: 'The park or company; you must manage it.' })
  @IsUUID('all', { message: 'subjectId must be the UUID of a park or company' })
  subjectId!: string;

  @Field(() => ID, { description: 'The suggested company.' })
  @IsUUID('all', { message: 'candidateId must be the UUID of a company' })
  candidateId!: string;
}

@ArgsType()
export class DismissSuggestionArgs extends SuggestionPairArgs {
  @Field(() => String, { nullable: true, description: `Why, for yourself and for better suggestions; up to ${DISMISS_REASON_MAX_LENGTH} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(DISMISS_REASON_MAX_LENGTH, { message: `reason takes at most ${DISMISS_REASON_MAX_LENGTH} characters` })
  reason?: string | null;
}

@ArgsType()
export class SubjectArgs {
  @Field(() => SubjectKind)
  @IsEnum(SubjectKind, { message: KIND_MESSAGE })
  subjectKind!: SubjectKind;

  @Field(() => ID)
  @IsUUID('all', { message: 'subjectId must be the UUID of a park or company' })
  subjectId!: string;
}

@ArgsType()
export class MatchFunnelArgs {
  @Field(() => SubjectKind, { nullable: true, description: 'Only parks or only companies; both when omitted.' })
  @IsOptional()
  @IsEnum(SubjectKind, { message: KIND_MESSAGE })
  subjectKind?: SubjectKind | null;

  @Field(() => ID, { nullable: true, description: 'One park or company (needs subjectKind); all of them when omitted.' })
  @IsOptional()
  @IsUUID('all', { message: 'subjectId must be the UUID of a park or company' })
  subjectId?: string | null;
}

@InputType({ description: 'A park or company expresses interest in cooperating with a company.' })
export class ExpressInterestInput {
  @Field(() => SubjectKind)
  @IsEnum(SubjectKind, { message: KIND_MESSAGE })
  subjectKind!: SubjectKind;

  @Field(() => ID, { description: 'The park or company that expresses interest; you must manage it.' })
  @IsUUID('all', { message: 'subjectId must be the UUID of a park or company' })
  subjectId!: string;

  @Field(() => ID, { description: 'The company it is addressed to; its representatives are notified.' })
  @IsUUID('all', { message: 'candidateId must be the UUID of a company' })
  candidateId!: string;

  @Field({ description: `What you propose, 1 to ${INTEREST_MESSAGE_MAX_LENGTH} characters.` })
  @IsString()
  @Length(1, INTEREST_MESSAGE_MAX_LENGTH, { message: `message must be 1 to ${INTEREST_MESSAGE_MAX_LENGTH} characters long` })
  message!: string;
}

@ArgsType()
export class DeclineInterestArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => String, { nullable: true, description: `Why, for the sender; up to ${DECLINE_REASON_MAX_LENGTH} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(DECLINE_REASON_MAX_LENGTH, { message: `reason takes at most ${DECLINE_REASON_MAX_LENGTH} characters` })
  reason?: string | null;
}

@ArgsType()
export class ScheduleMeetingArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'interestId must be a UUID' })
  interestId!: string;

  @Field(() => GraphQLISODateTime, { description: 'When, as an ISO 8601 date and time.' })
  @Type(() => Date)
  @IsDate({ message: 'at must be a date and time' })
  at!: Date;

  @Field({ description: `Where (an address, a trade fair booth, a video call), 1 to ${MEETING_PLACE_MAX_LENGTH} characters.` })
  @IsString()
  @Length(1, MEETING_PLACE_MAX_LENGTH, { message: `place must be 1 to ${MEETING_PLACE_MAX_LENGTH} characters long` })
  place!: string;
}

@ArgsType()
export class LinkAgreementArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'interestId must be a UUID' })
  interestId!: string;

  @Field(() => ID, { description: 'A recorded cooperation agreement to which both the park or company and the candidate are parties.' })
  @IsUUID('all', { message: 'agreementId must be a UUID' })
  agreementId!: string;
}

@InputType()
export class InterestFilterInput {
  @Field(() => SubjectKind, { nullable: true })
  @IsOptional()
  @IsEnum(SubjectKind, { message: KIND_MESSAGE })
  subjectKind?: SubjectKind | null;

  @Field(() => ID, { nullable: true, description: 'The park or company whose interests to list (needs subjectKind).' })
  @IsOptional()
  @IsUUID('all', { message: 'subjectId must be the UUID of a park or company' })
  subjectId?: string | null;

  @Field(() => InterestDirection, { nullable: true, description: 'SENT (default): interests the park or company sent; RECEIVED: interests the company received.' })
  @IsOptional()
  @IsEnum(InterestDirection)
  direction?: InterestDirection | null;

  @Field(() => InterestStatus, { nullable: true })
  @IsOptional()
  @IsEnum(InterestStatus)
  status?: InterestStatus | null;
}

@ArgsType()
export class InterestsArgs extends ConnectionArgs {
  @Field(() => InterestFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InterestFilterInput)
  filter?: InterestFilterInput | null;
}

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only the ones not yet marked read.' })
  @IsBoolean()
  unreadOnly = false;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { description: `Your notifications, 1 to ${MAX_NOTIFICATIONS_MARKED}.` })
  @IsArray()
  @ArrayMinSize(1, { message: 'ids needs at least one notification id' })
  @ArrayMaxSize(MAX_NOTIFICATIONS_MARKED, { message: `ids takes at most ${MAX_NOTIFICATIONS_MARKED} notification ids` })
  @ArrayUnique({ message: 'ids must not repeat a notification' })
  @IsUUID('all', { each: true, message: 'ids must be UUIDs' })
  ids!: string[];
}
