import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';

export enum Language {
  ZH = 'zh',
  DE = 'de',
  EN = 'en',
}
registerEnumType(Language, { name: 'Language', description: 'Content languages: Chinese, German, English.' });

export const LANGUAGES: readonly Language[] = [Language.ZH, Language.DE, Language.EN];

/** Text in the platform's three languages. Any of them may be missing. */
export interface Localized {
  zh: string | null;
  de: string | null;
  en: string | null;
}

@ObjectType({ description: 'A text in Chinese, German and English; a language may be missing.' })
export class LocalizedText implements Localized {
  @Field(() => String, { nullable: true }) zh!: string | null;
  @Field(() => String, { nullable: true }) de!: string | null;
  @Field(() => String, { nullable: true }) en!: string | null;
}

export function localized(zh: string | null, de: string | null, en: string | null): LocalizedText {
  return { zh, de, en };
}

/** Picks the text in the wanted language, falling back to English, German, then Chinese. */
export function pickLanguage(text: Localized, language: Language): string | null {
  return text[language] ?? text.en ?? text.de ?? text.zh ?? null;
}

function makeLocalizedInput(maxLength: number, name: string) {
  @InputType(name)
  class LocalizedInput {
    @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(maxLength) zh?: string | null;
    @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(maxLength) de?: string | null;
    @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(maxLength) en?: string | null;
  }
  return LocalizedInput;
}

/** A name: up to 200 characters per language. */
export const LocalizedNameInput = makeLocalizedInput(200, 'LocalizedNameInput');
export type LocalizedNameInput = InstanceType<typeof LocalizedNameInput>;
/** A description: up to 5,000 characters per language. */
export const LocalizedDescriptionInput = makeLocalizedInput(5000, 'LocalizedDescriptionInput');
export type LocalizedDescriptionInput = InstanceType<typeof LocalizedDescriptionInput>;

/** Trims each language and turns blanks into null. */
export function normalizeLocalized(input: Partial<Localized> | null | undefined): Localized {
  const clean = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
  return { zh: clean(input?.zh), de: clean(input?.de), en: clean(input?.en) };
}

/** class-validator rule: at least one language holds non-blank text. */
@ValidatorConstraint({ name: 'hasSomeLanguage' })
export class HasSomeLanguage implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (!value || typeof value !== 'object') return false;
    const v = value as Partial<Localized>;
    return [v.zh, v.de, v.en].some((t) => typeof t === 'string' && t.trim().length > 0);
  }
  defaultMessage(args: ValidationArguments): string {
    return `${args.property} needs a non-empty text in at least one of zh, de, en`;
  }
}
