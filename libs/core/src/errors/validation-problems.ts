import { ValidationError } from 'class-validator';
import { FieldProblem } from './domain.exception';

/** Flattens class-validator errors into field problems with paths like `activityCodes[1].code`. */
export function validationProblems(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = /^\d+$/.test(e.property) ? `${prefix}[${e.property}]` : prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...validationProblems(e.children ?? [], field)];
  });
}
