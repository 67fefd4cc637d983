import { ArgsType, Field, Float, ID, InputType, PartialType } from '@nestjs/graphql';
import { ConnectionArgs, GeoPointInput, ProfileBaseInput } from '@hc/core';
import { SubjectKind } from '@hc/identity';
import { IsCountryCode, IsRegionCode } from '@hc/taxonomy';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import '../shared-resource.enums';
import { CAPACITY_MAX_LENGTH, CONDITIONS_MAX_LENGTH, SharedResourceType } from '../shared-resource.model';

/** What a shared resource says: names and descriptions in zh/de/en, place, capacity, conditions. */
@InputType()
export class SharedResourceContentInput extends ProfileBaseInput {
  @Field(() => SharedResourceType)
  @IsEnum(SharedResourceType, { message: 'type must be one of TEST_LAB, PILOT_LINE, TRAINING_CENTRE, LAND_AND_BUILDINGS, SERVICES, OTHER' })
  type!: SharedResourceType;

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  @IsCountryCode()
  country!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-2 subdivision, e.g. CN-BJ or DE-BY.' })
  @IsOptional()
  @IsRegionCode()
  region?: string | null;

  @Field(() => String, { nullable: true, description: `What is available and how much, up to ${CAPACITY_MAX_LENGTH} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(CAPACITY_MAX_LENGTH, { message: `capacity takes at most ${CAPACITY_MAX_LENGTH} characters` })
  capacity?: string | null;

  @Field(() => String, { nullable: true, description: `Terms of use, up to ${CONDITIONS_MAX_LENGTH} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(CONDITIONS_MAX_LENGTH, { message: `conditions takes at most ${CONDITIONS_MAX_LENGTH} characters` })
  conditions?: string | null;
}

@InputType({ description: 'A member publishes a resource it shares; the owner must hold an accepted membership.' })
export class PublishSharedResourceInput extends SharedResourceContentInput {
  @Field(() => SubjectKind, { description: 'PARK or COMPANY.' })
  @IsEnum(SubjectKind, { message: 'ownerKind must be PARK or COMPANY' })
  ownerKind!: SubjectKind;

  @Field(() => ID, { description: 'The park or company that shares it; you must manage it.' })
  @IsUUID('all', { message: 'ownerId must be the UUID of a park or company' })
  ownerId!: string;
}

@InputType({ description: 'The fields to change; omitted fields keep their value, and omitted languages of name and description too.' })
export class UpdateSharedResourceInput extends PartialType(SharedResourceContentInput) {}

@InputType()
export class NearInput extends GeoPointInput {
  @Field(() => Float, { description: 'Radius in km, up to 20,000.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1, { message: 'radiusKm must be at least 0.1' })
  @Max(20_000, { message: 'radiusKm must be at most 20000' })
  radiusKm!: number;
}

@InputType()
export class SharedResourceFilterInput {
  @Field(() => String, { nullable: true, description: 'Words in any of zh, de, en; each must occur in a name, description, city, capacity or conditions.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  query?: string;

  @Field(() => [SharedResourceType], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(SharedResourceType, { each: true })
  type?: SharedResourceType[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsCountryCode({ each: true })
  country?: string[];

  @Field(() => SubjectKind, { nullable: true, description: 'Only resources of parks or only of companies.' })
  @IsOptional()
  @IsEnum(SubjectKind)
  ownerKind?: SubjectKind;

  @Field(() => ID, { nullable: true, description: 'Only the resources of this park or company.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @Field(() => NearInput, { nullable: true, description: 'Only resources within radiusKm of this point.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NearInput)
  near?: NearInput;
}

@ArgsType()
export class SharedResourcesArgs extends ConnectionArgs {
  @Field(() => SharedResourceFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SharedResourceFilterInput)
  filter?: SharedResourceFilterInput;
}
