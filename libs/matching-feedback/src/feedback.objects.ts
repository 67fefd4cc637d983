import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from '@hc/core';
import { SubjectKind } from '@hc/identity';
import './feedback.enums';
import { FunnelStage, InterestStatus, NotificationKind } from './feedback.model';

@ObjectType('MatchProfileRef', { description: 'A park or company taking part in matching, with its name (empty when it is not published and you may not see it).' })
export class MatchProfileRefObject {
  @Field(() => SubjectKind) kind!: SubjectKind;
  @Field(() => ID) id!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
}

@ObjectType('DismissedSuggestion', { description: 'A candidate you do not want suggested again for this park or company (only for you).' })
export class DismissedSuggestionObject {
  @Field(() => MatchProfileRefObject) subject!: MatchProfileRefObject;
  @Field(() => MatchProfileRefObject) candidate!: MatchProfileRefObject;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field() dismissedAt!: Date;
}

@ObjectType('ShortlistEntry', { description: "A candidate on a park's or company's shortlist, shared by everyone who manages it." })
export class ShortlistEntryObject {
  @Field(() => MatchProfileRefObject) subject!: MatchProfileRefObject;
  @Field(() => MatchProfileRefObject) candidate!: MatchProfileRefObject;
  @Field({ description: 'When it was put on the list (last time).' }) shortlistedAt!: Date;
  @Field(() => ID, { nullable: true, description: 'The user who put it there.' }) shortlistedBy!: string | null;
}

@ObjectType('MatchInterest', { description: 'An expression of interest of a park or company in a company, from sending to an agreement.' })
export class InterestObject {
  @Field(() => ID) id!: string;
  @Field(() => MatchProfileRefObject, { description: 'The park or company that expressed interest.' }) subject!: MatchProfileRefObject;
  @Field(() => MatchProfileRefObject, { description: 'The company it was sent to.' }) candidate!: MatchProfileRefObject;
  @Field(() => InterestStatus) status!: InterestStatus;
  @Field(() => LocalizedText, { description: 'The status in zh, de and en, for labels.' }) statusLabel!: LocalizedText;
  @Field() message!: string;
  @Field() sentAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When it was accepted or declined.' }) respondedAt!: Date | null;
  @Field(() => Date, { nullable: true }) acceptedAt!: Date | null;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => Date, { nullable: true }) withdrawnAt!: Date | null;
  @Field(() => Date, { nullable: true }) meetingAt!: Date | null;
  @Field(() => String, { nullable: true }) meetingPlace!: string | null;
  @Field(() => ID, { nullable: true, description: 'The cooperation agreement it led to.' }) agreementId!: string | null;
  @Field(() => Date, { nullable: true }) agreedAt!: Date | null;
  @Field() updatedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('Notification', { description: 'A message to you about an expression of interest.' })
export class NotificationObject {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => LocalizedText, { description: 'The kind in zh, de and en, for labels.' }) kindLabel!: LocalizedText;
  @Field(() => LocalizedText, { description: 'What happened, in zh, de and en.' }) text!: LocalizedText;
  @Field(() => ID) interestId!: string;
  @Field(() => SubjectKind) subjectKind!: SubjectKind;
  @Field(() => ID) subjectId!: string;
  @Field(() => ID) candidateId!: string;
  @Field(() => ID, { nullable: true }) agreementId!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field() read!: boolean;
}

@ObjectType('MatchFunnelStage')
export class FunnelStageObject {
  @Field(() => FunnelStage) stage!: FunnelStage;
  @Field(() => LocalizedText) label!: LocalizedText;
  @Field(() => Int, { description: 'Pairs (park or company, candidate) that got at least this far.' }) count!: number;
  @Field(() => Float, { nullable: true, description: 'count / count of the previous stage; null for the first stage or when the previous one is 0.' })
  rateFromPrevious!: number | null;
  @Field(() => Float, { nullable: true, description: 'count / suggested; null when nothing was suggested.' }) rateFromSuggested!: number | null;
}

@ObjectType('MatchFunnel', {
  description:
    'How suggestions turned into cooperation: pairs (park or company, candidate company) counted in every stage they reached, so the numbers never grow down the funnel.',
})
export class MatchFunnelObject {
  @Field(() => SubjectKind, { nullable: true, description: 'Null: parks and companies together.' }) subjectKind!: SubjectKind | null;
  @Field(() => ID, { nullable: true, description: 'Null: every park (or company, or both).' }) subjectId!: string | null;
  @Field(() => Int) suggested!: number;
  @Field(() => Int) shortlisted!: number;
  @Field(() => Int) interestsSent!: number;
  @Field(() => Int) accepted!: number;
  @Field(() => Int) meetings!: number;
  @Field(() => Int) agreements!: number;
  @Field(() => Int, { description: 'Pairs someone dismissed (not a stage: a dismissal ends nothing for the colleagues).' }) dismissed!: number;
  @Field(() => [FunnelStageObject], { description: 'The stages in order, with labels and conversion rates.' }) stages!: FunnelStageObject[];
}
