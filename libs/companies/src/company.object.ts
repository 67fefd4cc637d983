import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GeoPointObject, LocalizedText, ReviewableProfile } from '@hc/core';
import { RegionObject, SectorObject, SectorScheme } from '@hc/taxonomy';
import './company.enums';
import { ActivitySource, BadgeType, BadgeVariant, CompanyStatus, EvidenceKind, RevenueBand, SizeBand } from './company.model';

@ObjectType('Badge', { description: 'A label with its evidence.' })
export class BadgeObject {
  @Field(() => BadgeType) type!: BadgeType;
  @Field(() => BadgeVariant, { nullable: true }) variant!: BadgeVariant | null;
  @Field(() => EvidenceKind) evidence!: EvidenceKind;
  @Field(() => String, { nullable: true, description: 'URL or title of the document, or the name of the list.' }) reference!: string | null;
  @Field({ description: 'Date of the evidence, YYYY-MM-DD.' }) awardedOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD after which the badge no longer counts.' }) expiresOn!: string | null;
  @Field({ description: 'True once expiresOn has passed: the badge is kept for the record but no longer shown in search.' }) expired!: boolean;
  @Field(() => LocalizedText) label!: LocalizedText;
}

@ObjectType('ActivityCode', { description: 'An activity code in the scheme it was given in, with the ISIC Rev.4 entries it stands for.' })
export class ActivityCodeObject {
  @Field(() => SectorScheme) scheme!: SectorScheme;
  @Field() code!: string;
  @Field() primary!: boolean;
  @Field(() => Float) confidence!: number;
  @Field(() => ActivitySource) source!: ActivitySource;
  @Field(() => [SectorObject], { description: 'The ISIC Rev.4 entries this code maps to (several for GB/T 4754 divisions).' }) isic!: SectorObject[];
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
  @Field(() => String, { nullable: true, description: 'Official register identifier.' }) registryId!: string | null;
  @Field(() => [ActivityCodeObject], { description: 'Activity codes as entered, primary first.' }) activityCodes!: ActivityCodeObject[];
  @Field(() => [SectorObject], { description: 'The ISIC Rev.4 codes derived from activityCodes, primary first: what facets and matching use.' })
  sectors!: SectorObject[];
  @Field(() => Int, { nullable: true }) employees!: number | null;
  @Field(() => SizeBand, { nullable: true }) sizeBand!: SizeBand | null;
  @Field(() => Float, { nullable: true }) annualTurnoverEur!: number | null;
  @Field(() => Float, { nullable: true }) balanceSheetTotalEur!: number | null;
  @Field(() => RevenueBand, { nullable: true }) revenueBand!: RevenueBand | null;
  @Field(() => Int, { nullable: true }) foundedYear!: number | null;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => [BadgeObject], { description: 'Claimed badges (expired ones flagged), then the computed EU SME badge when the figures qualify.' })
  badges!: BadgeObject[];
  @Field(() => [String]) offers!: string[];
  @Field(() => [String]) needs!: string[];
  @Field() initiativeMember!: boolean;
  @Field(() => CompanyStatus) status!: CompanyStatus;
  @Field(() => Int, { description: 'Increases with every change; pass it back as expectedVersion to avoid lost updates.' })
  version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  /** Not in the schema: what the review fields resolve from. */
  lifecycle?: ReviewableProfile;
}
