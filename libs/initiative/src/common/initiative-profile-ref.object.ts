import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from '@hc/core';
import { SubjectKind } from '@hc/identity';

@ObjectType('InitiativeProfileRef', { description: 'A park or company taking part in the initiative: its kind, id and name.' })
export class InitiativeProfileRefObject {
  @Field(() => SubjectKind) kind!: SubjectKind;
  @Field(() => ID) id!: string;
  @Field(() => LocalizedText, { description: 'The name of the profile; empty if it was deleted meanwhile.' }) name!: LocalizedText;
}
