import { distanceKm, GeoPoint, Localized } from '@hc/core';
import { toProfileFields } from '@hc/taxonomy';
import { profileRefOf } from '../common/profile-ref';
import { SharedResourceEntity } from './shared-resource.entity';
import { SHARED_RESOURCE_TYPE_LABELS, SharedResourceContent } from './shared-resource.model';
import { SharedResourceObject } from './shared-resource.object';

/** A shared resource with its owner's name, as the service returns it. */
export interface SharedResourceView {
  resource: SharedResourceEntity;
  ownerName: Localized;
}

export function toSharedResourceObject({ resource: r, ownerName }: SharedResourceView, near?: GeoPoint | null): SharedResourceObject {
  const owner = profileRefOf(r);
  return {
    id: r.id,
    owner: { ...owner, name: { ...ownerName } },
    type: r.type,
    typeLabel: { ...SHARED_RESOURCE_TYPE_LABELS[r.type] },
    ...toProfileFields(r),
    capacity: r.capacity,
    conditions: r.conditions,
    status: r.status,
    distanceKm: near ? Math.round(distanceKm(near, r) * 10) / 10 : null,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** The stored content of a resource, for merging updates and for the audit log. */
export function sharedResourceContentOf(r: SharedResourceEntity): SharedResourceContent {
  return {
    type: r.type,
    nameZh: r.nameZh,
    nameDe: r.nameDe,
    nameEn: r.nameEn,
    descriptionZh: r.descriptionZh,
    descriptionDe: r.descriptionDe,
    descriptionEn: r.descriptionEn,
    country: r.country,
    region: r.region,
    city: r.city,
    latitude: r.latitude,
    longitude: r.longitude,
    capacity: r.capacity,
    conditions: r.conditions,
  };
}
