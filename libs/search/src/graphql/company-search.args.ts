import { ArgsType, Field, Float, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { BadgeType, SizeBand } from '@hc/companies';
import { OpportunityType, PartnershipType } from '@hc/opportunities';
import { IsCountryCode, IsIsicCode, IsRegionCode } from '@hc/taxonomy';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsLatitude, IsLongitude } from 'class-validator';

export enum CompanyFacet {
  COUNTRY = 'country',
  REGION = 'region',
  CITY = 'city',
  SECTOR_DIVISION = 'sector_divisions',
  SECTOR_SECTION = 'sector_sections',
  BADGE = 'badges',
  OPPORTUNITY_TYPE = 'opportunity_types',
  PARTNERSHIP_TYPE = 'partnership_types',
  TARGET_COUNTRY = 'target_countries',
  SIZE_BAND = 'size_band',
  INITIATIVE_MEMBER = 'initiative_member',
  OFFERS = 'offers',
  NEEDS = 'needs',
}
registerEnumType(CompanyFacet, { name: 'CompanyFacet', description: 'Fields that can be counted in search results.' });

export enum CompanySortKey {
  RELEVANCE = 'relevance',
  DISTANCE = 'distance',
  EMPLOYEES = 'employees',
  FOUNDED_YEAR = 'founded_year',
}
registerEnumType(CompanySortKey, { name: 'CompanySortKey' });

export enum SortDirection {
  ASC = 'asc',
  DESC = 'desc',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType({ description: 'Inclusive integer range; either end may be open.' })
export class IntRangeInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() min?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() max?: number;
}

@InputType({ description: 'A latitude/longitude box; west greater than east crosses the antimeridian.' })
export class GeoBoxInput {
  @Field(() => Float) @IsLatitude({ message: 'north must be between -90 and 90' }) north!: number;
  @Field(() => Float) @IsLatitude({ message: 'south must be between -90 and 90' }) south!: number;
  @Field(() => Float) @IsLongitude({ message: 'east must be between -180 and 180' }) east!: number;
  @Field(() => Float) @IsLongitude({ message: 'west must be between -180 and 180' }) west!: number;
}

@InputType({
  description:
    'Search filter. Conditions in one object combine with AND; values within a list with OR; `and`, `or` and `not` nest further filters.',
})
export class CompanySearchFilter {
  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes.' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsCountryCode({ each: true })
  country?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166-2 codes, e.g. DE-BW.' })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsRegionCode({ each: true })
  region?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @Length(1, 120, { each: true })
  city?: string[];

  @Field(() => [String], { nullable: true, description: 'ISIC Rev.4 divisions (2 digits).' })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @Matches(/^\d{2}$/, { each: true, message: 'sectorDivision values must be 2-digit ISIC divisions' }) @IsIsicCode({ each: true })
  sectorDivision?: string[];

  @Field(() => [String], { nullable: true, description: 'ISIC Rev.4 sections (A to U).' })
  @IsOptional() @IsArray() @ArrayMaxSize(21) @Matches(/^[A-U]$/, { each: true, message: 'sectorSection values must be ISIC sections A to U' })
  sectorSection?: string[];

  @Field(() => [BadgeType], { nullable: true })
  @IsOptional() @IsArray() @IsEnum(BadgeType, { each: true })
  badge?: BadgeType[];

  @Field(() => [OpportunityType], { nullable: true, description: 'Companies with a live opportunity of any of these types.' })
  @IsOptional() @IsArray() @IsEnum(OpportunityType, { each: true })
  opportunityType?: OpportunityType[];

  @Field(() => [PartnershipType], { nullable: true, description: 'Companies with a live opportunity seeking any of these partnership types.' })
  @IsOptional() @IsArray() @IsEnum(PartnershipType, { each: true })
  partnershipType?: PartnershipType[];

  @Field(() => [String], { nullable: true, description: 'Companies with a live opportunity that targets any of these countries.' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsCountryCode({ each: true })
  targetCountry?: string[];

  @Field(() => [SizeBand], { nullable: true })
  @IsOptional() @IsArray() @IsEnum(SizeBand, { each: true })
  sizeBand?: SizeBand[];

  @Field({ nullable: true })
  @IsOptional() @IsBoolean()
  initiativeMember?: boolean;

  @Field(() => [String], { nullable: true, description: 'Companies offering any of these keywords (exact keyword, as listed in offers).' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 80, { each: true })
  offers?: string[];

  @Field(() => [String], { nullable: true, description: 'Companies looking for any of these keywords (exact keyword, as listed in needs).' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 80, { each: true })
  needs?: string[];

  @Field(() => GeoBoxInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => GeoBoxInput)
  geoBox?: GeoBoxInput;

  @Field(() => IntRangeInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => IntRangeInput)
  employees?: IntRangeInput;

  @Field(() => IntRangeInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => IntRangeInput)
  foundedYear?: IntRangeInput;

  @Field(() => [CompanySearchFilter], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => CompanySearchFilter)
  and?: CompanySearchFilter[];

  @Field(() => [CompanySearchFilter], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => CompanySearchFilter)
  or?: CompanySearchFilter[];

  @Field(() => CompanySearchFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => CompanySearchFilter)
  not?: CompanySearchFilter;
}

@InputType({ description: 'Only companies within radiusKm of the point; also the origin of distanceKm.' })
export class GeoRadiusInput {
  @Field(() => Float) @IsLatitude({ message: 'latitude must be between -90 and 90' }) latitude!: number;
  @Field(() => Float) @IsLongitude({ message: 'longitude must be between -180 and 180' }) longitude!: number;
  @Field(() => Float, { description: 'Radius in kilometres, up to 20,000.' })
  @IsNumber() @Min(0.1) @Max(20_000)
  radiusKm!: number;
}

@InputType()
export class CompanySortInput {
  @Field(() => CompanySortKey) @IsEnum(CompanySortKey) by!: CompanySortKey;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) @IsEnum(SortDirection) direction: SortDirection = SortDirection.ASC;
}

export const MAX_HITS_PER_PAGE = 100;

@ArgsType()
export class SearchCompaniesArgs {
  @Field(() => String, { nullable: true, description: 'Free text in Chinese, German or English.' })
  @IsOptional() @IsString() @MaxLength(200)
  query?: string;

  @Field(() => CompanySearchFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => CompanySearchFilter)
  filter?: CompanySearchFilter;

  @Field(() => [CompanyFacet], { nullable: true, description: 'Fields to count over all matching companies.' })
  @IsOptional() @IsArray() @IsEnum(CompanyFacet, { each: true })
  facets?: CompanyFacet[];

  @Field(() => GeoRadiusInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => GeoRadiusInput)
  geo?: GeoRadiusInput;

  @Field(() => CompanySortInput, { nullable: true, description: 'Relevance when omitted.' })
  @IsOptional() @ValidateNested() @Type(() => CompanySortInput)
  sort?: CompanySortInput;

  @Field(() => Boolean, { defaultValue: true, description: 'Return highlighted excerpts of the fields that matched the query.' })
  @IsBoolean()
  highlight = true;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt() @Min(1) @Max(1000)
  page = 1;

  @Field(() => Int, { defaultValue: 20, description: `1 to ${MAX_HITS_PER_PAGE}.` })
  @IsInt() @Min(1) @Max(MAX_HITS_PER_PAGE)
  hitsPerPage = 20;
}

export const MAX_SUGGESTIONS = 20;

@ArgsType()
export class SuggestCompaniesArgs {
  @Field({ description: 'What the user has typed so far, in any script.' })
  @IsString() @Length(1, 100)
  prefix!: string;

  @Field(() => Int, { defaultValue: 8, description: `1 to ${MAX_SUGGESTIONS}.` })
  @IsInt() @Min(1) @Max(MAX_SUGGESTIONS)
  limit = 8;

  @Field(() => CompanySearchFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => CompanySearchFilter)
  filter?: CompanySearchFilter;
}
