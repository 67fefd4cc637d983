import { isKnownCountry, isKnownRegion } from '@hc/taxonomy';
import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { isCalendarDate } from './calendar-date';

function rule(name: string, accepts: (value: unknown) => boolean, message: (args: ValidationArguments) => string) {
  return (options?: ValidationOptions): PropertyDecorator =>
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name,
        target: target.constructor,
        propertyName: String(propertyName),
        ...(options ? { options } : {}),
        validator: { validate: accepts, defaultMessage: message },
      });
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : String(JSON.stringify(value));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** DTO rule: a calendar date written YYYY-MM-DD. */
export const IsCalendarDate = rule('isCalendarDate', isCalendarDate, (a) => `${a.property} must be a date such as 2024-05-28, got '${shown(a.value)}'`);

/** DTO rule: text that is not only white space. */
export const IsNotBlank = rule(
  'isNotBlank',
  (v) => typeof v === 'string' && v.trim().length > 0,
  (a) => `${a.property} must not be blank`,
);

/** DTO rule: an ISO 3166-1 alpha-2 country ('DE') or an ISO 3166-2 region ('DE-BY') the platform knows. */
export const IsCountryOrRegionCode = rule(
  'isCountryOrRegionCode',
  (v) => typeof v === 'string' && (isKnownCountry(v) || isKnownRegion(v)),
  (a) => {
    const items = Array.isArray(a.value) ? (a.value as unknown[]) : [a.value];
    const bad = items.find((v) => !(typeof v === 'string' && (isKnownCountry(v) || isKnownRegion(v))));
    return `${a.property} must hold ISO 3166-1 country codes (DE) or ISO 3166-2 region codes (DE-BY), got '${shown(bad)}'`;
  },
);
