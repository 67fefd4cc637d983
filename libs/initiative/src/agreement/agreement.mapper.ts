import { localized, Localized } from '@hc/core';
import { sectorObjectsOf } from '@hc/taxonomy';
import { ProfileRef } from '../common/profile-ref';
import { AgreementEntity } from './agreement.entity';
import { AGREEMENT_STATUS_LABELS, AGREEMENT_TYPE_LABELS } from './agreement.model';
import { AgreementObject } from './agreement.object';

/** An agreement with its parties and their names, as the service returns it. */
export interface AgreementView {
  agreement: AgreementEntity;
  parties: (ProfileRef & { name: Localized })[];
}

export function toAgreementObject({ agreement: a, parties }: AgreementView): AgreementObject {
  return {
    id: a.id,
    title: localized(a.titleZh, a.titleDe, a.titleEn),
    sectors: sectorObjectsOf(a.sectors),
    type: a.type,
    typeLabel: { ...AGREEMENT_TYPE_LABELS[a.type] },
    signedOn: a.signedOn,
    status: a.status,
    statusLabel: { ...AGREEMENT_STATUS_LABELS[a.status] },
    statusChangedAt: a.statusChangedAt,
    suggestionId: a.suggestionId,
    notes: a.notes,
    parties: parties.map((p) => ({ kind: p.kind, id: p.id, name: { ...p.name } })),
    recordedAt: a.createdAt,
    version: a.version,
  };
}
