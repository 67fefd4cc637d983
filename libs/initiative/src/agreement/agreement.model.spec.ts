import { InvalidTransitionException } from '@hc/core';
import { assertAgreementTransition, AgreementStatus } from './agreement.model';

describe('assertAgreementTransition', () => {
  const { SIGNED, IN_IMPLEMENTATION, COMPLETED, TERMINATED } = AgreementStatus;
  const allowed = [
    [SIGNED, IN_IMPLEMENTATION],
    [IN_IMPLEMENTATION, COMPLETED],
    [SIGNED, TERMINATED],
    [IN_IMPLEMENTATION, TERMINATED],
  ];

  it('allows exactly SIGNED -> IN_IMPLEMENTATION -> COMPLETED and termination before the end', () => {
    for (const from of Object.values(AgreementStatus)) {
      for (const to of Object.values(AgreementStatus)) {
        const ok = allowed.some(([f, t]) => f === from && t === to);
        if (ok) expect(() => assertAgreementTransition(from, to, 'a1')).not.toThrow();
        else expect(() => assertAgreementTransition(from, to, 'a1')).toThrow(InvalidTransitionException);
      }
    }
  });

  it('says why a transition is refused', () => {
    expect(() => assertAgreementTransition(COMPLETED, TERMINATED, 'a1')).toThrow('cannot change agreement a1 from completed to terminated: a completed agreement is final');
    expect(() => assertAgreementTransition(TERMINATED, IN_IMPLEMENTATION, 'a1')).toThrow('a terminated agreement is final');
    expect(() => assertAgreementTransition(SIGNED, COMPLETED, 'a1')).toThrow('cannot complete agreement a1: it is signed; it must be in implementation first');
    expect(() => assertAgreementTransition(IN_IMPLEMENTATION, SIGNED, 'a1')).toThrow('cannot change agreement a1 from in implementation back to signed');
    expect(() => assertAgreementTransition(SIGNED, SIGNED, 'a1')).toThrow('agreement a1 is already signed');
  });
});
