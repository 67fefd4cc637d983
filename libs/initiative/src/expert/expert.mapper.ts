import { localized } from '@hc/core';
import { sectorObjectsOf } from '@hc/taxonomy';
import { todayUtc } from '../common/calendar-date';
import { ExpertEntity } from './expert.entity';
import { ExpertContent } from './expert.model';
import { ExpertObject } from './expert.object';

/** `showContact`: the caller is staff; everyone else gets no e-mail address. */
export function toExpertObject(e: ExpertEntity, options: { showContact: boolean; today?: string }): ExpertObject {
  const today = options.today ?? todayUtc();
  return {
    id: e.id,
    fullName: e.fullName,
    affiliation: e.affiliation,
    bio: localized(e.bioZh, e.bioDe, e.bioEn),
    sectors: sectorObjectsOf(e.sectors),
    languages: [...e.languages],
    regions: [...e.regions],
    appointedOn: e.appointedOn,
    termEndsOn: e.termEndsOn,
    active: e.appointedOn <= today && today <= e.termEndsOn,
    email: options.showContact ? e.email : null,
    version: e.version,
  };
}

export function expertContentOf(e: ExpertEntity): ExpertContent {
  return {
    fullName: e.fullName,
    affiliation: e.affiliation,
    bioZh: e.bioZh,
    bioDe: e.bioDe,
    bioEn: e.bioEn,
    sectors: [...e.sectors],
    languages: [...e.languages],
    regions: [...e.regions],
    appointedOn: e.appointedOn,
    termEndsOn: e.termEndsOn,
    email: e.email,
  };
}
