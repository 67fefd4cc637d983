import { Field, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from '@hc/core';
import { Region, regionByCode } from './region.catalog';

@ObjectType('Region', { description: 'A German state or a mainland Chinese provincial division.' })
export class RegionObject {
  @Field(() => String, { description: "ISO 3166-2 code, e.g. 'DE-BY', 'CN-JS'." })
  code!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code.' })
  country!: string;

  @Field(() => LocalizedText)
  label!: LocalizedText;
}

export function toRegionObject(region: Region): RegionObject {
  return Object.assign(new RegionObject(), {
    code: region.code,
    country: region.country,
    label: { zh: region.label.zh, de: region.label.de, en: region.label.en },
  });
}

/** The region of a stored code as a GraphQL object, or null when there is none. */
export function regionObjectOf(code: string | null): RegionObject | null {
  const region = code ? regionByCode(code) : undefined;
  return region ? toRegionObject(region) : null;
}
