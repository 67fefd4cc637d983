import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CompanyObject } from '@hc/companies';
import { LocalizedText } from '@hc/core';

export enum SuggestionReasonCode {
  SECTOR_FIT = 'SECTOR_FIT',
  PROXIMITY = 'PROXIMITY',
  INITIATIVE_MEMBER = 'INITIATIVE_MEMBER',
}
registerEnumType(SuggestionReasonCode, { name: 'SuggestionReasonCode' });

@ObjectType('SuggestionReason', { description: 'One feature that raised the score, with its share and a sentence in zh, de and en.' })
export class SuggestionReasonObject {
  @Field(() => SuggestionReasonCode) code!: SuggestionReasonCode;
  @Field(() => Float, { description: 'Points this reason added to the score.' }) contribution!: number;
  @Field(() => LocalizedText) text!: LocalizedText;
}

@ObjectType('ParkSuggestion')
export class ParkSuggestionObject {
  @Field(() => CompanyObject) company!: CompanyObject;
  @Field(() => Float, { description: 'Sum of the contributions, 0 to the sum of the weights.' }) score!: number;
  @Field(() => [SuggestionReasonObject], { description: 'Largest contribution first.' }) reasons!: SuggestionReasonObject[];
}
