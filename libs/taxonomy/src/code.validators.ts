import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { isKnownCountry } from './country.catalog';
import { isKnownIsicCode } from './isic.catalog';
import { describeValue, offendingValue } from './offending-value.util';
import { isKnownRegion } from './region.catalog';

/** Builds a DTO decorator that accepts strings known to a catalogue and names the offending value. */
function codeRule(name: string, isKnown: (code: string) => boolean, problem: (property: string, shown: string) => string) {
  const accepts = (value: unknown): boolean => typeof value === 'string' && isKnown(value);
  return (options?: ValidationOptions): PropertyDecorator =>
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name,
        target: target.constructor,
        propertyName: String(propertyName),
        ...(options ? { options } : {}),
        validator: {
          validate: accepts,
          defaultMessage: (args: ValidationArguments) => problem(args.property, describeValue(offendingValue(args.value, accepts))),
        },
      });
}

/** DTO rule: a known ISIC Rev.4 division, group or class ('28', '282', '2822'). Use `{ each: true }` for arrays. */
export const IsIsicCode = codeRule('isIsicCode', isKnownIsicCode, (p, v) => `${p} contains unknown ISIC Rev.4 code '${v}'`);

/** DTO rule: a supported ISO 3166-1 alpha-2 country code ('DE', 'CN', ...). */
export const IsCountryCode = codeRule(
  'isCountryCode',
  isKnownCountry,
  (p, v) => `${p} must be a supported ISO 3166-1 alpha-2 country code, got '${v}'`,
);

/** DTO rule: a known ISO 3166-2 region code ('DE-BY', 'CN-JS', ...). */
export const IsRegionCode = codeRule('isRegionCode', isKnownRegion, (p, v) => `${p} must be a supported ISO 3166-2 region code, got '${v}'`);
