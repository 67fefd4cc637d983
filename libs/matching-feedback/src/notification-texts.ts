import { Language, Localized, pickLanguage } from '@hc/core';
import { NotificationKind } from './feedback.model';

export interface NotificationFacts {
  subjectName: Localized;
  candidateName: Localized;
  meetingAt?: Date | null;
  meetingPlace?: string | null;
}

/** "2025-03-04 09:30 UTC": the same in every language, and unambiguous across time zones. */
function when(at: Date | null | undefined): string {
  return at ? `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
}

/** The short sentence of a notification in zh, de and en, with the names in the reader's language where known. */
export function notificationText(kind: NotificationKind, facts: NotificationFacts): Localized {
  const s = (lang: Language) => pickLanguage(facts.subjectName, lang) ?? '?';
  const c = (lang: Language) => pickLanguage(facts.candidateName, lang) ?? '?';
  const [zs, ds, es] = [s(Language.ZH), s(Language.DE), s(Language.EN)];
  const [zc, dc, ec] = [c(Language.ZH), c(Language.DE), c(Language.EN)];
  switch (kind) {
    case NotificationKind.INTEREST_RECEIVED:
      return {
        zh: `“${zs}”希望与“${zc}”开展合作，并发送了合作意向。`,
        de: `„${ds}“ hat Interesse an einer Zusammenarbeit mit „${dc}“ bekundet.`,
        en: `"${es}" has expressed interest in cooperating with "${ec}".`,
      };
    case NotificationKind.INTEREST_ACCEPTED:
      return {
        zh: `“${zc}”已接受“${zs}”的合作意向。`,
        de: `„${dc}“ hat die Interessenbekundung von „${ds}“ angenommen.`,
        en: `"${ec}" accepted the expression of interest of "${es}".`,
      };
    case NotificationKind.INTEREST_DECLINED:
      return {
        zh: `“${zc}”婉拒了“${zs}”的合作意向。`,
        de: `„${dc}“ hat die Interessenbekundung von „${ds}“ abgelehnt.`,
        en: `"${ec}" declined the expression of interest of "${es}".`,
      };
    case NotificationKind.INTEREST_WITHDRAWN:
      return {
        zh: `“${zs}”已撤回对“${zc}”的合作意向。`,
        de: `„${ds}“ hat die Interessenbekundung an „${dc}“ zurückgezogen.`,
        en: `"${es}" withdrew its expression of interest in "${ec}".`,
      };
    case NotificationKind.MEETING_SCHEDULED:
      return {
        zh: `“${zs}”与“${zc}”的会面定于 ${when(facts.meetingAt)}，地点：${facts.meetingPlace ?? ''}。`,
        de: `Ein Treffen von „${ds}“ und „${dc}“ ist für ${when(facts.meetingAt)} vereinbart, Ort: ${facts.meetingPlace ?? ''}.`,
        en: `A meeting of "${es}" and "${ec}" is scheduled for ${when(facts.meetingAt)}, place: ${facts.meetingPlace ?? ''}.`,
      };
    case NotificationKind.AGREEMENT_LINKED:
      return {
        zh: `“${zs}”与“${zc}”的合作意向已促成合作协议。`,
        de: `Die Interessenbekundung von „${ds}“ an „${dc}“ hat zu einer Kooperationsvereinbarung geführt.`,
        en: `The expression of interest of "${es}" in "${ec}" led to a cooperation agreement.`,
      };
  }
}
