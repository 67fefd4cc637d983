import { InvalidTransitionException, Localized } from '@hc/core';

export enum AgreementType {
  SUPPLY = 'supply',
  DISTRIBUTION = 'distribution',
  JOINT_VENTURE = 'joint_venture',
  INVESTMENT = 'investment',
  LICENSING = 'licensing',
  RD_COOPERATION = 'rd_cooperation',
  LOCALISATION = 'localisation',
  TRAINING = 'training',
  OTHER = 'other',
}

/** SIGNED -> IN_IMPLEMENTATION -> COMPLETED; any status but the final ones -> TERMINATED. */
export enum AgreementStatus {
  SIGNED = 'signed',
  IN_IMPLEMENTATION = 'in_implementation',
  COMPLETED = 'completed',
  TERMINATED = 'terminated',
}

export const FINAL_AGREEMENT_STATUSES: readonly AgreementStatus[] = [AgreementStatus.COMPLETED, AgreementStatus.TERMINATED];

const NEXT: Record<AgreementStatus, readonly AgreementStatus[]> = {
  [AgreementStatus.SIGNED]: [AgreementStatus.IN_IMPLEMENTATION, AgreementStatus.TERMINATED],
  [AgreementStatus.IN_IMPLEMENTATION]: [AgreementStatus.COMPLETED, AgreementStatus.TERMINATED],
  [AgreementStatus.COMPLETED]: [],
  [AgreementStatus.TERMINATED]: [],
};

const SHOWN: Record<AgreementStatus, string> = {
  [AgreementStatus.SIGNED]: 'signed',
  [AgreementStatus.IN_IMPLEMENTATION]: 'in implementation',
  [AgreementStatus.COMPLETED]: 'completed',
  [AgreementStatus.TERMINATED]: 'terminated',
};

/** Throws INVALID_TRANSITION with a sentence unless `from` may become `to`. */
export function assertAgreementTransition(from: AgreementStatus, to: AgreementStatus, agreementId: string): void {
  if (NEXT[from].includes(to)) return;
  const subject = `agreement ${agreementId}`;
  if (from === to) throw new InvalidTransitionException(`${subject} is already ${SHOWN[to]}`);
  if (FINAL_AGREEMENT_STATUSES.includes(from)) {
    throw new InvalidTransitionException(`cannot change ${subject} from ${SHOWN[from]} to ${SHOWN[to]}: a ${SHOWN[from]} agreement is final`);
  }
  if (to === AgreementStatus.COMPLETED) {
    throw new InvalidTransitionException(`cannot complete ${subject}: it is ${SHOWN[from]}; it must be in implementation first`);
  }
  throw new InvalidTransitionException(`cannot change ${subject} from ${SHOWN[from]} back to ${SHOWN[to]}`);
}

export const AGREEMENT_TYPE_LABELS: Record<AgreementType, Localized> = {
  [AgreementType.SUPPLY]: { zh: '供货协议', de: 'Liefervertrag', en: 'Supply agreement' },
  [AgreementType.DISTRIBUTION]: { zh: '分销协议', de: 'Vertriebsvereinbarung', en: 'Distribution agreement' },
  [AgreementType.JOINT_VENTURE]: { zh: '合资', de: 'Gemeinschaftsunternehmen', en: 'Joint venture' },
  [AgreementType.INVESTMENT]: { zh: '投资', de: 'Investition', en: 'Investment' },
  [AgreementType.LICENSING]: { zh: '技术许可', de: 'Lizenzvereinbarung', en: 'Licensing' },
  [AgreementType.RD_COOPERATION]: { zh: '研发合作', de: 'F&E-Kooperation', en: 'R&D cooperation' },
  [AgreementType.LOCALISATION]: { zh: '落地与本地化', de: 'Ansiedlung und Lokalisierung', en: 'Localisation' },
  [AgreementType.TRAINING]: { zh: '人才培训', de: 'Aus- und Weiterbildung', en: 'Training' },
  [AgreementType.OTHER]: { zh: '其他', de: 'Sonstiges', en: 'Other' },
};

export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, Localized> = {
  [AgreementStatus.SIGNED]: { zh: '已签约', de: 'Unterzeichnet', en: 'Signed' },
  [AgreementStatus.IN_IMPLEMENTATION]: { zh: '实施中', de: 'In Umsetzung', en: 'In implementation' },
  [AgreementStatus.COMPLETED]: { zh: '已完成', de: 'Abgeschlossen', en: 'Completed' },
  [AgreementStatus.TERMINATED]: { zh: '已终止', de: 'Beendet', en: 'Terminated' },
};

export const MIN_PARTIES = 2;
export const MAX_PARTIES = 20;
export const MAX_AGREEMENT_SECTORS = 5;
export const NOTES_MAX_LENGTH = 2000;
