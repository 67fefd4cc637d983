import {
  registerDecorator,
  ValidationArguments,
  ValidationOptions,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { isKnownCountry } from './country.catalog';
import { describeValue, offendingValue } from './offending-value.util';

const acceptsCountry = (value: unknown): boolean => typeof value === 'string' && isKnownCountry(value);

/** Accepts an upper-case ISO 3166-1 alpha-2 code of a country the platform serves. */
@ValidatorConstraint({ name: 'isCountryCode' })
export class IsCountryCodeConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return acceptsCountry(value);
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be a supported ISO 3166-1 alpha-2 country code, got '${describeValue(offendingValue(args.value, acceptsCountry))}'`;
  }
}

/** DTO rule: a supported country code ('DE', 'CN', ...). Use `{ each: true }` for arrays. */
export function IsCountryCode(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCountryCode',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: IsCountryCodeConstraint,
    });
}
