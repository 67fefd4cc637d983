import { Localized } from '@hc/core';
import { SubjectKind } from '@hc/identity';
import { DismissalEntity } from './entities/dismissal.entity';
import { InterestEntity } from './entities/interest.entity';
import { NotificationEntity } from './entities/notification.entity';
import { ShortlistEntryEntity } from './entities/shortlist-entry.entity';
import { FUNNEL_STAGE_LABELS, INTEREST_STATUS_LABELS, MatchSubject, NOTIFICATION_KIND_LABELS, subjectOf } from './feedback.model';
import { DismissedSuggestionObject, InterestObject, MatchFunnelObject, MatchProfileRefObject, NotificationObject, ShortlistEntryObject } from './feedback.objects';
import type { FunnelCounts } from './match-funnel.service';

/** The names the service looked up for a row's subject and candidate (empty where the reader may not see them). */
export interface PairNames {
  subjectName: Localized;
  candidateName: Localized;
}

export type DismissalView = PairNames & { dismissal: DismissalEntity };
export type ShortlistEntryView = PairNames & { entry: ShortlistEntryEntity };
export type InterestView = PairNames & { interest: InterestEntity };

function ref(subject: MatchSubject, name: Localized): MatchProfileRefObject {
  return { kind: subject.kind, id: subject.id, name: { ...name } };
}

const candidateRef = (id: string, name: Localized) => ref({ kind: SubjectKind.COMPANY, id }, name);

export function toDismissedSuggestionObject({ dismissal: d, subjectName, candidateName }: DismissalView): DismissedSuggestionObject {
  return { subject: ref(subjectOf(d), subjectName), candidate: candidateRef(d.candidateId, candidateName), reason: d.reason, dismissedAt: d.createdAt };
}

export function toShortlistEntryObject({ entry: e, subjectName, candidateName }: ShortlistEntryView): ShortlistEntryObject {
  return { subject: ref(subjectOf(e), subjectName), candidate: candidateRef(e.candidateId, candidateName), shortlistedAt: e.shortlistedAt, shortlistedBy: e.shortlistedBy };
}

export function toInterestObject({ interest: i, subjectName, candidateName }: InterestView): InterestObject {
  return {
    id: i.id,
    subject: ref(subjectOf(i), subjectName),
    candidate: candidateRef(i.candidateId, candidateName),
    status: i.status,
    statusLabel: { ...INTEREST_STATUS_LABELS[i.status] },
    message: i.message,
    sentAt: i.createdAt,
    respondedAt: i.respondedAt,
    acceptedAt: i.acceptedAt,
    declineReason: i.declineReason,
    withdrawnAt: i.withdrawnAt,
    meetingAt: i.meetingAt,
    meetingPlace: i.meetingPlace,
    agreementId: i.agreementId,
    agreedAt: i.agreedAt,
    updatedAt: i.updatedAt,
    version: i.version,
  };
}

export function toNotificationObject(n: NotificationEntity): NotificationObject {
  const p = n.payload;
  return {
    id: n.id,
    kind: n.kind,
    kindLabel: { ...NOTIFICATION_KIND_LABELS[n.kind] },
    text: { zh: p.text?.zh ?? null, de: p.text?.de ?? null, en: p.text?.en ?? null },
    interestId: p.interestId,
    subjectKind: p.subjectKind as SubjectKind,
    subjectId: p.subjectId,
    candidateId: p.candidateId,
    agreementId: p.agreementId ?? null,
    createdAt: n.createdAt,
    readAt: n.readAt,
    read: n.readAt !== null,
  };
}

export function toMatchFunnelObject(counts: FunnelCounts): MatchFunnelObject {
  const ratio = (count: number, of: number) => (of > 0 ? Math.round((count / of) * 10_000) / 10_000 : null);
  const suggested = counts.stages[0]!.count;
  return {
    subjectKind: counts.subjectKind,
    subjectId: counts.subjectId,
    suggested,
    shortlisted: counts.stages[1]!.count,
    interestsSent: counts.stages[2]!.count,
    accepted: counts.stages[3]!.count,
    meetings: counts.stages[4]!.count,
    agreements: counts.stages[5]!.count,
    dismissed: counts.dismissed,
    stages: counts.stages.map(({ stage, count }, i) => ({
      stage,
      label: { ...FUNNEL_STAGE_LABELS[stage] },
      count,
      rateFromPrevious: i === 0 ? null : ratio(count, counts.stages[i - 1]!.count),
      rateFromSuggested: ratio(count, suggested),
    })),
  };
}
