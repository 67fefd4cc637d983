import { ProfileRevision } from '@hc/core';
import { sectorObjectsOf, SectorScheme, toIsic, toProfileFields } from '@hc/taxonomy';
import { CompanyEntity } from './company.entity';
import { BADGE_LABELS } from './company.labels';
import { BadgeRecord, sizeBandOf } from './company.model';
import { ActivityCodeObject, BadgeObject, CompanyObject } from './company.object';
import { deriveCompanyColumns, euSmeBadge, isoDay, toCompanyRecord } from './company-record';
import { CreateCompanyInput } from './dto/company.input';

/** The one place where the stored entity becomes what API users see. */
export function toCompanyObject(e: CompanyEntity, today: string = isoDay()): CompanyObject {
  const sme = euSmeBadge(e.euSmeCategory, e.euSmeAssessedOn);
  return {
    id: e.id,
    ...toProfileFields(e),
    registryId: e.registryId,
    activityCodes: e.activityCodes.map(
      (c): ActivityCodeObject => ({ ...c, isic: sectorObjectsOf((toIsic(c.scheme as SectorScheme, c.code) ?? []).map((l) => l.code)) }),
    ),
    sectors: sectorObjectsOf(e.isicCodes),
    employees: e.employees,
    sizeBand: sizeBandOf(e.employees),
    annualTurnoverEur: e.annualTurnoverEur,
    balanceSheetTotalEur: e.balanceSheetTotalEur,
    revenueBand: e.revenueBand,
    foundedYear: e.foundedYear,
    website: e.website,
    badges: [...e.badges, ...(sme ? [sme] : [])].map((b) => toBadgeObject(b, today)),
    offers: e.offers,
    needs: e.needs,
    initiativeMember: e.initiativeMember,
    status: e.status,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    lifecycle: { status: e.status, revision: e.revision, rejectionReason: e.rejectionReason, submittedAt: e.submittedAt, publishedAt: e.publishedAt, expiresAt: e.expiresAt },
  };
}

/** The published company with its pending changes applied: what reviewers compare before approving. */
export function toPendingCompanyObject(published: CompanyObject, revision: ProfileRevision): CompanyObject {
  // The content was validated when it was proposed; the preview does not re-apply admission limits.
  const record = toCompanyRecord({ ...(revision.content as unknown as CreateCompanyInput), status: published.status }, { hiddenChampionMaxRevenueEur: Infinity });
  const preview = toCompanyObject({
    ...record,
    ...deriveCompanyColumns(record, isoDay()),
    id: published.id,
    version: published.version,
    createdAt: published.createdAt,
    updatedAt: new Date(revision.updatedAt),
    revision: null,
    rejectionReason: null,
    submittedAt: null,
    publishedAt: null,
    expiresAt: null,
  });
  return { ...preview, lifecycle: undefined };
}

function toBadgeObject(b: BadgeRecord, today: string): BadgeObject {
  return { ...b, expired: b.expiresOn !== null && b.expiresOn < today, label: BADGE_LABELS[b.type] };
}
