import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GeoPointObject, LocalizedText, ReviewableProfile } from '@hc/core';
import { RegionObject, SectorObject } from '@hc/taxonomy';
import './park.enums';
import { ParkOffering, ParkStatus } from './park.model';

@ObjectType('Park', { description: 'An industrial park profile.' })
export class ParkObject {
  @Field(() => ID) id!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => LocalizedText) description!: LocalizedText;
  @Field() country!: string;
  @Field(() => RegionObject, { nullable: true }) region!: RegionObject | null;
  @Field() city!: string;
  @Field(() => GeoPointObject) location!: GeoPointObject;
  @Field(() => [SectorObject], { description: 'ISIC Rev.4 divisions the park wants to grow.' }) focusSectors!: SectorObject[];
  @Field(() => [SectorObject], { description: 'ISIC Rev.4 divisions the park\'s ecosystem lacks and wants filled; matching favours companies that fill them.' })
  gapSectors!: SectorObject[];
  @Field(() => [ParkOffering]) offerings!: ParkOffering[];
  @Field() initiativeMember!: boolean;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => ParkStatus) status!: ParkStatus;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  /** Not in the schema: what the review fields resolve from. */
  lifecycle?: ReviewableProfile;
}
