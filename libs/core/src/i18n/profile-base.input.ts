import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDefined, IsOptional, IsString, Length, Validate, ValidateNested } from 'class-validator';
import { BadUserInputException, FieldProblem } from '../errors/domain.exception';
import { GeoPointInput } from '../geo/geo';
import { HasSomeLanguage, LocalizedDescriptionInput, LocalizedNameInput, normalizeLocalized } from './localized-text';

/** Fields every public profile (company, park) has: names and descriptions in zh/de/en, a city and a point. */
@InputType({ isAbstract: true })
export abstract class ProfileBaseInput {
  @Field(() => LocalizedNameInput, { description: 'Name in at least one of zh, de, en.' })
  @ValidateNested()
  @Type(() => LocalizedNameInput)
  @Validate(HasSomeLanguage)
  name!: LocalizedNameInput;

  @Field(() => LocalizedDescriptionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedDescriptionInput)
  description?: LocalizedDescriptionInput;

  @Field()
  @IsString()
  @Length(1, 120)
  city!: string;

  @Field(() => GeoPointInput)
  @IsDefined({ message: 'location is required: { latitude, longitude }' })
  @ValidateNested()
  @Type(() => GeoPointInput)
  location!: GeoPointInput;
}

export interface ProfileIdentity {
  nameZh: string | null;
  nameDe: string | null;
  nameEn: string | null;
  descriptionZh: string | null;
  descriptionDe: string | null;
  descriptionEn: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** ISO 3166-2 subdivision, e.g. DE-BW or CN-JS. */
  region: string | null;
  city: string;
  latitude: number;
  longitude: number;
}

/**
 * Normalises the shared profile fields and applies the rules that span fields (a name in some
 * language, a region inside the country). Throws BAD_USER_INPUT naming every bad field.
 */
export function toProfileIdentity(
  input: ProfileBaseInput & { country: string; region?: string | null },
  prefix = 'input',
): ProfileIdentity {
  const name = normalizeLocalized(input.name);
  const description = normalizeLocalized(input.description);
  const problems: FieldProblem[] = [];
  if (!name.zh && !name.de && !name.en) problems.push({ field: `${prefix}.name`, message: 'needs a non-empty text in at least one of zh, de, en' });
  if (input.region && !input.region.startsWith(`${input.country}-`)) {
    problems.push({ field: `${prefix}.region`, message: `${input.region} is not a region of ${input.country}` });
  }
  if (!input.city.trim()) problems.push({ field: `${prefix}.city`, message: 'must not be blank' });
  if (problems.length) throw new BadUserInputException(problems);
  return {
    nameZh: name.zh,
    nameDe: name.de,
    nameEn: name.en,
    descriptionZh: description.zh,
    descriptionDe: description.de,
    descriptionEn: description.en,
    country: input.country,
    region: input.region ?? null,
    city: input.city.trim(),
    latitude: input.location.latitude,
    longitude: input.location.longitude,
  };
}
