import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GeoPointObject, LocalizedText } from '@hc/core';
import { RegionObject, SectorObject } from '@hc/taxonomy';
import './company.enums';
import { BadgeType, CompanyStatus, RevenueBand, SizeBand } from './company.model';

@ObjectType('Badge', { description: 'A label with its evidence.' })
export class BadgeObject {
  @Field(() => BadgeType) type!: BadgeType;
  @Field() source!: string;
  @Field({ description: 'Date of the evidence, YYYY-MM-DD.' }) awardedOn!: string;
}

@ObjectType('Company', { description: 'A company profile (many of them hidden champions).' })
export class CompanyObject {
  @Field(() => ID) id!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => LocalizedText) description!: LocalizedText;
  @Field({ description: 'ISO 3166-1 alpha-2.' }) country!: string;
  @Field(() => RegionObject, { nullable: true }) region!: RegionObject | null;
  @Field() city!: string;
  @Field(() => GeoPointObject) location!: GeoPointObject;
  @Field(() => [String], { description: 'ISIC Rev.4 codes as entered, primary first.' }) sectorCodes!: string[];
  @Field(() => [SectorObject], { description: 'The ISIC Rev.4 entries of sectorCodes, with labels.' }) sectors!: SectorObject[];
  @Field(() => Int, { nullable: true }) employees!: number | null;
  @Field(() => SizeBand, { nullable: true }) sizeBand!: SizeBand | null;
  @Field(() => RevenueBand, { nullable: true }) revenueBand!: RevenueBand | null;
  @Field(() => Int, { nullable: true }) foundedYear!: number | null;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => [BadgeObject]) badges!: BadgeObject[];
  @Field(() => [String]) offers!: string[];
  @Field(() => [String]) needs!: string[];
  @Field() initiativeMember!: boolean;
  @Field(() => CompanyStatus) status!: CompanyStatus;
  @Field(() => Int, { description: 'Increases with every change; pass it back as expectedVersion to avoid lost updates.' })
  version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}
