import { SubjectKind } from '@hc/identity';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { RecordAgreementInput } from './agreement/dto/agreement.input';
import { AgreementType } from './agreement/agreement.model';
import { ExpertFilterInput, UpdateExpertInput } from './expert/dto/expert.input';
import { ApplyForMembershipInput, DeclineMembershipArgs } from './membership/dto/membership.input';
import { PublishSharedResourceInput, SharedResourceFilterInput, UpdateSharedResourceInput } from './shared-resource/dto/shared-resource.input';
import { SharedResourceType } from './shared-resource/shared-resource.model';

/** The fields (dotted paths) the DTO rules complain about. */
async function badFields<T extends object>(type: new () => T, plain: object): Promise<string[]> {
  const walk = (errors: Awaited<ReturnType<typeof validate>>, prefix: string): string[] =>
    errors.flatMap((e) => {
      const path = prefix ? `${prefix}.${e.property}` : e.property;
      return [...(e.constraints ? [path] : []), ...walk(e.children ?? [], path)];
    });
  return walk(await validate(plainToInstance(type, plain), { whitelist: true, forbidNonWhitelisted: true }), '').sort();
}

const uuid = '6f1c2d3e-4b5a-4c6d-8e7f-000000000001';

describe('initiative input rules', () => {
  it('a membership application needs a kind, a UUID and a motivation of 1 to 2000 characters', async () => {
    expect(await badFields(ApplyForMembershipInput, { memberKind: SubjectKind.PARK, memberId: uuid, motivation: 'Wir möchten beitreten.' })).toEqual([]);
    expect(await badFields(ApplyForMembershipInput, { memberKind: 'region', memberId: 'x', motivation: 'x'.repeat(2001) })).toEqual(['memberId', 'memberKind', 'motivation']);
    expect(await badFields(ApplyForMembershipInput, { memberKind: SubjectKind.PARK, memberId: uuid, motivation: '   ' })).toEqual(['motivation']);
  });

  it('declining needs a non-blank reason of at most 1000 characters', async () => {
    expect(await badFields(DeclineMembershipArgs, { id: uuid, reason: 'Profile incomplete.' })).toEqual([]);
    expect(await badFields(DeclineMembershipArgs, { id: uuid, reason: ' ' })).toEqual(['reason']);
    expect(await badFields(DeclineMembershipArgs, { id: uuid, reason: 'x'.repeat(1001) })).toEqual(['reason']);
    expect(await badFields(DeclineMembershipArgs, { id: uuid })).toEqual(['reason']);
  });

  it('a shared resource needs a type, a name in some language, a place, and short capacity and conditions', async () => {
    const good = {
      ownerKind: SubjectKind.COMPANY,
      ownerId: uuid,
      type: SharedResourceType.PILOT_LINE,
      name: { de: 'Pilotlinie' },
      country: 'DE',
      region: 'DE-BY',
      city: 'München',
      location: { latitude: 48.1, longitude: 11.6 },
      capacity: 'x'.repeat(500),
      conditions: 'x'.repeat(1000),
    };
    expect(await badFields(PublishSharedResourceInput, good)).toEqual([]);
    expect(
      await badFields(PublishSharedResourceInput, { ...good, type: 'CASTLE', name: { de: ' ' }, country: 'XX', region: 'DE-XX', location: { latitude: 91, longitude: 0 }, capacity: 'x'.repeat(501), conditions: 'x'.repeat(1001) }),
    ).toEqual(['capacity', 'conditions', 'country', 'location.latitude', 'name', 'region', 'type']);
    expect(await badFields(UpdateSharedResourceInput, { capacity: 'more' })).toEqual([]);
    expect(await badFields(UpdateSharedResourceInput, { ownerId: uuid })).toEqual(['ownerId']);
    expect(await badFields(SharedResourceFilterInput, { near: { latitude: 40, longitude: 116, radiusKm: 0 }, type: ['NOPE'] })).toEqual(['near.radiusKm', 'type']);
  });

  it('an agreement needs a title, 1 to 5 ISIC codes, a real date and 2 to 20 distinct parties', async () => {
    const parties = [
      { kind: SubjectKind.PARK, id: uuid },
      { kind: SubjectKind.COMPANY, id: uuid },
    ];
    const good = { title: { zh: '合作协议' }, sectors: ['29'], type: AgreementType.SUPPLY, signedOn: '2024-05-28', parties };
    expect(await badFields(RecordAgreementInput, good)).toEqual([]);
    expect(await badFields(RecordAgreementInput, { ...good, title: {}, sectors: ['29', '27', '62', '63', '85', '28'], signedOn: 'yesterday', suggestionId: 'abc' })).toEqual(['sectors', 'signedOn', 'suggestionId', 'title']);
    expect(await badFields(RecordAgreementInput, { ...good, sectors: [] })).toEqual(['sectors']);
    expect(await badFields(RecordAgreementInput, { ...good, parties: Array.from({ length: 21 }, (_, i) => ({ kind: SubjectKind.COMPANY, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` })) })).toEqual(['parties']);
  });

  it('expert filters and updates use the same code lists', async () => {
    expect(await badFields(ExpertFilterInput, { language: 'de', region: 'CN-JS', sector: '2930', activeOn: '2025-01-31' })).toEqual([]);
    expect(await badFields(ExpertFilterInput, { language: 'klingon', region: 'XX', sector: '9', activeOn: '2025-02-30' })).toEqual(['activeOn', 'language', 'region', 'sector']);
    expect(await badFields(UpdateExpertInput, { languages: ['de', 'de'] })).toEqual(['languages']);
  });
});
