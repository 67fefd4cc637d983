import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GeoPointObject, LocalizedText } from '@hc/core';
import { RegionObject } from '@hc/taxonomy';
import { InitiativeProfileRefObject } from '../common/initiative-profile-ref.object';
import './shared-resource.enums';
import { SharedResourceStatus, SharedResourceType } from './shared-resource.model';

@ObjectType('SharedResource', { description: 'A lab, pilot line, training centre, site or service an initiative member shares.' })
export class SharedResourceObject {
  @Field(() => ID) id!: string;
  @Field(() => InitiativeProfileRefObject, { description: 'The park or company that shares it.' }) owner!: InitiativeProfileRefObject;
  @Field(() => SharedResourceType) type!: SharedResourceType;
  @Field(() => LocalizedText, { description: 'The type in zh, de and en, for labels.' }) typeLabel!: LocalizedText;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => LocalizedText) description!: LocalizedText;
  @Field() country!: string;
  @Field(() => RegionObject, { nullable: true }) region!: RegionObject | null;
  @Field() city!: string;
  @Field(() => GeoPointObject) location!: GeoPointObject;
  @Field(() => String, { nullable: true, description: 'What is available and how much, in free text.' }) capacity!: string | null;
  @Field(() => String, { nullable: true, description: 'Terms of use: booking, prices, who may use it.' }) conditions!: string | null;
  @Field(() => SharedResourceStatus) status!: SharedResourceStatus;
  @Field(() => Float, { nullable: true, description: 'Distance from the `near` point of the query, in km; null without one.' }) distanceKm!: number | null;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}
