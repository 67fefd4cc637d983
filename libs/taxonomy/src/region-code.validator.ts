import {
  registerDecorator,
  ValidationArguments,
  ValidationOptions,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { isKnownRegion } from './region.catalog';
import { describeValue, offendingValue } from './offending-value.util';

const acceptsRegion = (value: unknown): boolean => typeof value === 'string' && isKnownRegion(value);

/** Accepts the ISO 3166-2 code of a German state or a mainland Chinese provincial division. */
@ValidatorConstraint({ name: 'isRegionCode' })
export class IsRegionCodeConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return acceptsRegion(value);
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be a supported ISO 3166-2 region code, got '${describeValue(offendingValue(args.value, acceptsRegion))}'`;
  }
}

/** DTO rule: a known region code ('DE-BY', 'CN-JS', ...). Use `{ each: true }` for arrays. */
export function IsRegionCode(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isRegionCode',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: IsRegionCodeConstraint,
    });
}
