import { SectorScheme, toIsic } from '@hc/taxonomy';
import { registerDecorator, ValidationArguments } from 'class-validator';

const EXAMPLES: Record<SectorScheme, string> = {
  [SectorScheme.ISIC4]: '2822',
  [SectorScheme.NACE2]: '28.22',
  [SectorScheme.WZ2008]: '28.22.0',
  [SectorScheme.GBT4754]: '34',
};

/** DTO rule on `code`: a known code of the sibling `scheme` field, named in the message when it is not. */
export function IsCodeOfScheme(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCodeOfScheme',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const scheme = (args.object as { scheme?: unknown }).scheme;
          // An unknown scheme is reported on the scheme field itself.
          if (!Object.values(SectorScheme).includes(scheme as SectorScheme)) return true;
          return typeof value === 'string' && toIsic(scheme as SectorScheme, value) !== undefined;
        },
        defaultMessage(args: ValidationArguments) {
          const scheme = (args.object as { scheme: SectorScheme }).scheme;
          return `'${String(args.value)}' is not a known ${scheme} code (for example ${EXAMPLES[scheme]})`;
        },
      },
    });
}
