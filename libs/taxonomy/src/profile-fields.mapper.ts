import { GeoPointObject, localized, LocalizedText, ProfileIdentity } from '@hc/core';
import { RegionObject, regionObjectOf } from './region.object';

export interface ProfileFieldsObject {
  name: LocalizedText;
  description: LocalizedText;
  country: string;
  region: RegionObject | null;
  city: string;
  location: GeoPointObject;
}

/** The fields every profile (company, park) shows the same way: names, descriptions, place. */
export function toProfileFields(e: ProfileIdentity): ProfileFieldsObject {
  return {
    name: localized(e.nameZh, e.nameDe, e.nameEn),
    description: localized(e.descriptionZh, e.descriptionDe, e.descriptionEn),
    country: e.country,
    region: regionObjectOf(e.region),
    city: e.city,
    location: { latitude: e.latitude, longitude: e.longitude },
  };
}
