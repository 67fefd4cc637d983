import { Field, Float, ObjectType } from '@nestjs/graphql';
import { CompanyObject } from '@hc/companies';
import { LocalizedText } from '@hc/core';
import { SuggestionReasonCode } from '../features/reason-code';

@ObjectType('SuggestionReason', { description: 'One feature that raised the score, with its share and a sentence in zh, de and en.' })
export class SuggestionReasonObject {
  @Field(() => SuggestionReasonCode) code!: SuggestionReasonCode;
  @Field(() => Float, { description: 'Points this reason added to the score.' }) contribution!: number;
  @Field(() => LocalizedText) text!: LocalizedText;
}

/** What both kinds of suggestion carry besides their scores. */
@ObjectType({ isAbstract: true })
abstract class SuggestionFields {
  @Field(() => CompanyObject) company!: CompanyObject;
  @Field(() => Boolean, { description: 'Diversity placed it above a company with a higher score (another city or sector than those above it); a DIVERSITY reason says so.' })
  movedByDiversity!: boolean;
  @Field(() => Date, {
    nullable: true,
    description: 'When the stored ranking this suggestion comes from was computed by the background job; null when computed on demand for this request.',
  })
  computedAt!: Date | null;
}

@ObjectType('ParkSuggestion', { description: 'A company the park should attract.' })
export class ParkSuggestionObject extends SuggestionFields {
  @Field(() => Float, { description: 'Weighted sum of the features (0 to the sum of the MATCH_WEIGHT_* settings).' }) score!: number;
  @Field(() => [SuggestionReasonObject], { description: 'Largest contribution first.' }) reasons!: SuggestionReasonObject[];
}

@ObjectType('PartnerSuggestion', { description: 'A company that complements this one, in both directions.' })
export class PartnerSuggestionObject extends SuggestionFields {
  @Field(() => Float, { description: 'Harmonic mean of both directions, raised for a China ↔ Europe pair.' }) score!: number;
  @Field(() => Float, { description: 'How well the suggested company serves yours, 0 to 1.' }) fitForYou!: number;
  @Field(() => Float, { description: 'How well your company serves the suggested one, 0 to 1.' }) fitForThem!: number;
  @Field(() => [SuggestionReasonObject], { description: 'Largest contribution first; from both directions.' }) reasons!: SuggestionReasonObject[];
}
