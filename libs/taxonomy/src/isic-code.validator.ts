import {
  registerDecorator,
  ValidationArguments,
  ValidationOptions,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { isKnownIsicCode } from './isic.catalog';
import { describeValue, offendingValue } from './offending-value.util';

const acceptsIsic = (value: unknown): boolean => typeof value === 'string' && isKnownIsicCode(value);

/** Accepts a known ISIC Rev.4 division, group or class ('28', '282', '2822'). */
@ValidatorConstraint({ name: 'isIsicCode' })
export class IsIsicCodeConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return acceptsIsic(value);
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} contains unknown ISIC Rev.4 code '${describeValue(offendingValue(args.value, acceptsIsic))}'`;
  }
}

/** DTO rule: a known ISIC Rev.4 division, group or class. Use `{ each: true }` for arrays. */
export function IsIsicCode(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isIsicCode',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: IsIsicCodeConstraint,
    });
}
