import { InvalidTransitionException, Localized } from '@hc/core';
import { SubjectKind } from '@hc/identity';

/**
 * The side that receives suggestions: a park (park -> company suggestions) or a company (company -> company
 * partner suggestions). The candidate of a suggestion is always a company.
 */
export interface MatchSubject {
  kind: SubjectKind;
  id: string;
}

/** How a row refers to its subject: exactly one of two foreign keys, so deleting the park or company cascades. */
export interface SubjectColumns {
  subjectParkId: string | null;
  subjectCompanyId: string | null;
}

export function subjectColumns(subject: MatchSubject): SubjectColumns {
  return subject.kind === SubjectKind.PARK ? { subjectParkId: subject.id, subjectCompanyId: null } : { subjectParkId: null, subjectCompanyId: subject.id };
}

export function subjectOf(row: SubjectColumns): MatchSubject {
  if (row.subjectParkId) return { kind: SubjectKind.PARK, id: row.subjectParkId };
  if (row.subjectCompanyId) return { kind: SubjectKind.COMPANY, id: row.subjectCompanyId };
  // The tables' CHECK constraints make this unreachable.
  throw new Error('row refers to neither a park nor a company as its subject');
}

/** The SQL column that holds a subject of this kind (`subject_park_id` or `subject_company_id`). */
export function subjectColumn(kind: SubjectKind): 'subject_park_id' | 'subject_company_id' {
  return kind === SubjectKind.PARK ? 'subject_park_id' : 'subject_company_id';
}

/** "park 0a1b…", for messages. */
export function describeSubject(subject: MatchSubject): string {
  return `${subject.kind} ${subject.id}`;
}

// ---------------------------------------------------------------------------------------------
// Expressions of interest

/**
 * SENT -> ACCEPTED | DECLINED (the candidate's side answers) ; SENT -> WITHDRAWN (the sender's side);
 * ACCEPTED -> MEETING_SCHEDULED (either side; a scheduled meeting may be moved) -> AGREED (an agreement is linked).
 * DECLINED, WITHDRAWN and AGREED are final. At most one interest per (subject, candidate) is open.
 */
export enum InterestStatus {
  SENT = 'sent',
  ACCEPTED = 'accepted',
  DECLINED = 'declined',
  WITHDRAWN = 'withdrawn',
  MEETING_SCHEDULED = 'meeting_scheduled',
  AGREED = 'agreed',
}

export const OPEN_INTEREST_STATUSES: readonly InterestStatus[] = [InterestStatus.SENT, InterestStatus.ACCEPTED, InterestStatus.MEETING_SCHEDULED];

export enum InterestAction {
  ACCEPT = 'accept',
  DECLINE = 'decline',
  WITHDRAW = 'withdraw',
  SCHEDULE_MEETING = 'schedule_meeting',
  LINK_AGREEMENT = 'link_agreement',
}

const FROM: Record<InterestAction, readonly InterestStatus[]> = {
  [InterestAction.ACCEPT]: [InterestStatus.SENT],
  [InterestAction.DECLINE]: [InterestStatus.SENT],
  [InterestAction.WITHDRAW]: [InterestStatus.SENT],
  [InterestAction.SCHEDULE_MEETING]: [InterestStatus.ACCEPTED, InterestStatus.MEETING_SCHEDULED],
  [InterestAction.LINK_AGREEMENT]: [InterestStatus.MEETING_SCHEDULED],
};

const TO: Record<InterestAction, InterestStatus> = {
  [InterestAction.ACCEPT]: InterestStatus.ACCEPTED,
  [InterestAction.DECLINE]: InterestStatus.DECLINED,
  [InterestAction.WITHDRAW]: InterestStatus.WITHDRAWN,
  [InterestAction.SCHEDULE_MEETING]: InterestStatus.MEETING_SCHEDULED,
  [InterestAction.LINK_AGREEMENT]: InterestStatus.AGREED,
};

/** What the status means, for error messages. */
const STATE: Record<InterestStatus, string> = {
  [InterestStatus.SENT]: 'it still waits for an answer',
  [InterestStatus.ACCEPTED]: 'it was already accepted',
  [InterestStatus.DECLINED]: 'it was declined',
  [InterestStatus.WITHDRAWN]: 'it was withdrawn',
  [InterestStatus.MEETING_SCHEDULED]: 'a meeting is already scheduled',
  [InterestStatus.AGREED]: 'it already led to an agreement',
};

const VERB: Record<InterestAction, string> = {
  [InterestAction.ACCEPT]: 'accept',
  [InterestAction.DECLINE]: 'decline',
  [InterestAction.WITHDRAW]: 'withdraw',
  [InterestAction.SCHEDULE_MEETING]: 'schedule a meeting for',
  [InterestAction.LINK_AGREEMENT]: 'link an agreement to',
};

/** "accept", "schedule a meeting for": the verb of an action, followed by "interest <id>" in messages. */
export function interestActionVerb(action: InterestAction): string {
  return VERB[action];
}

/** What is missing when the interest is not yet far enough along. */
const FIRST: Partial<Record<InterestAction, Partial<Record<InterestStatus, string>>>> = {
  [InterestAction.SCHEDULE_MEETING]: { [InterestStatus.SENT]: 'it must be accepted first' },
  [InterestAction.LINK_AGREEMENT]: { [InterestStatus.SENT]: 'it must be accepted and a meeting scheduled first', [InterestStatus.ACCEPTED]: 'schedule the meeting first' },
};

/**
 * The status after `action`, or INVALID_TRANSITION with a sentence:
 * "cannot accept interest 0a1b…: it was withdrawn".
 */
export function interestTransition(action: InterestAction, from: InterestStatus, interestId: string): InterestStatus {
  if (!FROM[action].includes(from)) {
    throw new InvalidTransitionException(`cannot ${VERB[action]} interest ${interestId}: ${FIRST[action]?.[from] ?? STATE[from]}`);
  }
  return TO[action];
}

export const INTEREST_STATUS_LABELS: Record<InterestStatus, Localized> = {
  [InterestStatus.SENT]: { zh: '已发送', de: 'Gesendet', en: 'Sent' },
  [InterestStatus.ACCEPTED]: { zh: '已接受', de: 'Angenommen', en: 'Accepted' },
  [InterestStatus.DECLINED]: { zh: '已婉拒', de: 'Abgelehnt', en: 'Declined' },
  [InterestStatus.WITHDRAWN]: { zh: '已撤回', de: 'Zurückgezogen', en: 'Withdrawn' },
  [InterestStatus.MEETING_SCHEDULED]: { zh: '已约见', de: 'Treffen vereinbart', en: 'Meeting scheduled' },
  [InterestStatus.AGREED]: { zh: '已达成协议', de: 'Vereinbarung geschlossen', en: 'Agreed' },
};

/** Whose interests a list shows: those a subject sent, or those a company received. */
export enum InterestDirection {
  SENT = 'sent',
  RECEIVED = 'received',
}

export const INTEREST_MESSAGE_MAX_LENGTH = 2000;
export const DISMISS_REASON_MAX_LENGTH = 500;
export const DECLINE_REASON_MAX_LENGTH = 1000;
export const MEETING_PLACE_MAX_LENGTH = 300;

// ---------------------------------------------------------------------------------------------
// Notifications

export enum NotificationKind {
  INTEREST_RECEIVED = 'interest_received',
  INTEREST_ACCEPTED = 'interest_accepted',
  INTEREST_DECLINED = 'interest_declined',
  INTEREST_WITHDRAWN = 'interest_withdrawn',
  MEETING_SCHEDULED = 'meeting_scheduled',
  AGREEMENT_LINKED = 'agreement_linked',
}

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, Localized> = {
  [NotificationKind.INTEREST_RECEIVED]: { zh: '收到合作意向', de: 'Interessenbekundung erhalten', en: 'Expression of interest received' },
  [NotificationKind.INTEREST_ACCEPTED]: { zh: '合作意向已接受', de: 'Interessenbekundung angenommen', en: 'Expression of interest accepted' },
  [NotificationKind.INTEREST_DECLINED]: { zh: '合作意向被婉拒', de: 'Interessenbekundung abgelehnt', en: 'Expression of interest declined' },
  [NotificationKind.INTEREST_WITHDRAWN]: { zh: '合作意向已撤回', de: 'Interessenbekundung zurückgezogen', en: 'Expression of interest withdrawn' },
  [NotificationKind.MEETING_SCHEDULED]: { zh: '已约定会面', de: 'Treffen vereinbart', en: 'Meeting scheduled' },
  [NotificationKind.AGREEMENT_LINKED]: { zh: '已达成协议', de: 'Vereinbarung geschlossen', en: 'Agreement reached' },
};

export const MAX_NOTIFICATIONS_MARKED = 200;

// ---------------------------------------------------------------------------------------------
// The funnel

/** The stages of the funnel, in order; a pair counts in every stage it got to. */
export enum FunnelStage {
  SUGGESTED = 'suggested',
  SHORTLISTED = 'shortlisted',
  INTEREST_SENT = 'interest_sent',
  ACCEPTED = 'accepted',
  MEETING = 'meeting',
  AGREEMENT = 'agreement',
}

export const FUNNEL_STAGES: readonly FunnelStage[] = [
  FunnelStage.SUGGESTED,
  FunnelStage.SHORTLISTED,
  FunnelStage.INTEREST_SENT,
  FunnelStage.ACCEPTED,
  FunnelStage.MEETING,
  FunnelStage.AGREEMENT,
];

export const FUNNEL_STAGE_LABELS: Record<FunnelStage, Localized> = {
  [FunnelStage.SUGGESTED]: { zh: '已推荐', de: 'Vorgeschlagen', en: 'Suggested' },
  [FunnelStage.SHORTLISTED]: { zh: '已收藏', de: 'Vorgemerkt', en: 'Shortlisted' },
  [FunnelStage.INTEREST_SENT]: { zh: '已表达合作意向', de: 'Interesse bekundet', en: 'Interest expressed' },
  [FunnelStage.ACCEPTED]: { zh: '意向已接受', de: 'Interesse angenommen', en: 'Interest accepted' },
  [FunnelStage.MEETING]: { zh: '已会面', de: 'Treffen vereinbart', en: 'Meeting scheduled' },
  [FunnelStage.AGREEMENT]: { zh: '已签约', de: 'Vereinbarung', en: 'Agreement' },
};
