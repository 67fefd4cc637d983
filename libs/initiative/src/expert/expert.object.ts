import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from '@hc/core';
import { SectorObject } from '@hc/taxonomy';

@ObjectType('Expert', { description: 'An expert or consultant appointed by the initiative for a term.' })
export class ExpertObject {
  @Field(() => ID) id!: string;
  @Field() fullName!: string;
  @Field() affiliation!: string;
  @Field(() => LocalizedText) bio!: LocalizedText;
  @Field(() => [SectorObject], { description: 'ISIC Rev.4 divisions of expertise.' }) sectors!: SectorObject[];
  @Field(() => [String], { description: 'ISO 639-1 codes of the working languages.' }) languages!: string[];
  @Field(() => [String], { description: 'ISO 3166-1 countries or ISO 3166-2 regions the expert covers.' }) regions!: string[];
  @Field({ description: 'YYYY-MM-DD.' }) appointedOn!: string;
  @Field({ description: 'Last day of the term, YYYY-MM-DD.' }) termEndsOn!: string;
  @Field({ description: 'True when today lies within the term.' }) active!: boolean;
  @Field(() => String, { nullable: true, description: 'Contact e-mail; shown to reviewers and admins only, null for everyone else.' }) email!: string | null;
  @Field(() => Int) version!: number;
}
