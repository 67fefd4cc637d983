import { SubjectKind } from '@hc/identity';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DismissSuggestionArgs, ExpressInterestInput, InterestsArgs, MarkNotificationsReadArgs, ScheduleMeetingArgs } from './dto/feedback.args';
import { InterestAction, InterestStatus, interestTransition, OPEN_INTEREST_STATUSES } from './feedback.model';

const ID = 'i-1';

describe('interestTransition', () => {
  it('follows SENT -> ACCEPTED -> MEETING_SCHEDULED -> AGREED, and SENT -> DECLINED or WITHDRAWN', () => {
    expect(interestTransition(InterestAction.ACCEPT, InterestStatus.SENT, ID)).toBe(InterestStatus.ACCEPTED);
    expect(interestTransition(InterestAction.DECLINE, InterestStatus.SENT, ID)).toBe(InterestStatus.DECLINED);
    expect(interestTransition(InterestAction.WITHDRAW, InterestStatus.SENT, ID)).toBe(InterestStatus.WITHDRAWN);
    expect(interestTransition(InterestAction.SCHEDULE_MEETING, InterestStatus.ACCEPTED, ID)).toBe(InterestStatus.MEETING_SCHEDULED);
    expect(interestTransition(InterestAction.SCHEDULE_MEETING, InterestStatus.MEETING_SCHEDULED, ID)).toBe(InterestStatus.MEETING_SCHEDULED);
    expect(interestTransition(InterestAction.LINK_AGREEMENT, InterestStatus.MEETING_SCHEDULED, ID)).toBe(InterestStatus.AGREED);
  });

  it('refuses every other step with a sentence, and nothing leaves a final status', () => {
    expect(() => interestTransition(InterestAction.WITHDRAW, InterestStatus.ACCEPTED, ID)).toThrow('cannot withdraw interest i-1: it was already accepted');
    expect(() => interestTransition(InterestAction.LINK_AGREEMENT, InterestStatus.SENT, ID)).toThrow(
      'cannot link an agreement to interest i-1: it must be accepted and a meeting scheduled first',
    );
    for (const final of [InterestStatus.DECLINED, InterestStatus.WITHDRAWN, InterestStatus.AGREED]) {
      expect(OPEN_INTEREST_STATUSES).not.toContain(final);
      for (const action of Object.values(InterestAction)) {
        expect(() => interestTransition(action, final, ID)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
      }
    }
  });
});

/** The fields the DTO rules complain about. */
async function badFields<T extends object>(type: new () => T, plain: object): Promise<string[]> {
  const walk = (errors: Awaited<ReturnType<typeof validate>>, prefix: string): string[] =>
    errors.flatMap((e) => {
      const path = prefix ? `${prefix}.${e.property}` : e.property;
      return [...(e.constraints ? [path] : []), ...walk(e.children ?? [], path)];
    });
  return walk(await validate(plainToInstance(type, plain), { whitelist: true, forbidNonWhitelisted: true }), '').sort();
}

const uuid = '6f1c2d3e-4b5a-4c6d-8e7f-000000000001';

describe('feedback input rules', () => {
  it('a pair is a kind and two UUIDs; a dismissal reason is short', async () => {
    expect(await badFields(DismissSuggestionArgs, { subjectKind: SubjectKind.PARK, subjectId: uuid, candidateId: uuid, reason: 'Too far away.' })).toEqual([]);
    expect(await badFields(DismissSuggestionArgs, { subjectKind: 'region', subjectId: 'x', candidateId: 1, reason: 'x'.repeat(501) })).toEqual([
      'candidateId',
      'reason',
      'subjectId',
      'subjectKind',
    ]);
  });

  it('an expression of interest needs a message of 1 to 2000 characters', async () => {
    const good = { subjectKind: SubjectKind.COMPANY, subjectId: uuid, candidateId: uuid, message: 'Wollen wir gemeinsam Getriebe entwickeln?' };
    expect(await badFields(ExpressInterestInput, good)).toEqual([]);
    expect(await badFields(ExpressInterestInput, { ...good, message: '' })).toEqual(['message']);
    expect(await badFields(ExpressInterestInput, { ...good, message: 'x'.repeat(2001) })).toEqual(['message']);
  });

  it('a meeting needs a date and time and a place', async () => {
    expect(await badFields(ScheduleMeetingArgs, { interestId: uuid, at: '2025-06-02T09:30:00Z', place: 'Taicang' })).toEqual([]);
    expect(await badFields(ScheduleMeetingArgs, { interestId: uuid, at: 'next Tuesday', place: '' })).toEqual(['at', 'place']);
  });

  it('marks 1 to 200 distinct notification ids', async () => {
    expect(await badFields(MarkNotificationsReadArgs, { ids: [uuid] })).toEqual([]);
    expect(await badFields(MarkNotificationsReadArgs, { ids: [] })).toEqual(['ids']);
    expect(await badFields(MarkNotificationsReadArgs, { ids: [uuid, uuid] })).toEqual(['ids']);
    expect(await badFields(MarkNotificationsReadArgs, { ids: ['not-an-id'] })).toEqual(['ids']);
  });

  it('filters interests by a known direction and status', async () => {
    expect(await badFields(InterestsArgs, { first: 10, filter: { direction: 'received', status: 'sent' } })).toEqual([]);
    expect(await badFields(InterestsArgs, { first: 500, filter: { direction: 'sideways' } })).toEqual(['filter.direction', 'first']);
  });
});
