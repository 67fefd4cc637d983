import { Args, Field, Float, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { BadUserInputException, Language, LocalizedText, pickLanguage } from '@hc/core';
import { gbtDivisions, SectorScheme } from './sector-scheme.catalog';
import { isicDivisions, isicSections } from './isic.catalog';
import { Public } from '@hc/core';

export enum SectorLevel {
  SECTION = 'section',
  DIVISION = 'division',
}

registerEnumType(SectorScheme, { name: 'SectorScheme', description: 'ISIC Rev.4 (pivot), NACE Rev.2, WZ 2008, GB/T 4754-2017.' });
registerEnumType(SectorLevel, { name: 'SectorLevel' });

@ObjectType('IsicLink', { description: 'An ISIC Rev.4 code a sector maps to, with the share of its scope (1 = same).' })
export class IsicLinkObject {
  @Field() code!: string;
  @Field(() => Float) confidence!: number;
}

@ObjectType('SectorEntry', { description: 'A sector of a classification scheme, labelled in zh, de and en, with its ISIC mapping.' })
export class SectorEntryObject {
  @Field(() => SectorScheme) scheme!: SectorScheme;
  @Field() code!: string;
  @Field(() => SectorLevel) level!: SectorLevel;
  @Field(() => LocalizedText) label!: LocalizedText;
  @Field({ description: 'The label in the requested language (falling back to en, de, zh).' }) name!: string;
  @Field(() => [IsicLinkObject]) isic!: IsicLinkObject[];
}

/** Sector lists for dashboards: facet labels and pickers in zh, de and en. */
@Resolver()
export class TaxonomyResolver {
  @Public()
  @Query(() => [SectorEntryObject], { description: 'Sections or divisions of a classification scheme, with labels in zh, de and en.' })
  sectors(
    @Args('scheme', { type: () => SectorScheme, defaultValue: SectorScheme.ISIC4 }) scheme: SectorScheme,
    @Args('level', { type: () => SectorLevel, defaultValue: SectorLevel.DIVISION }) level: SectorLevel,
    @Args('language', { type: () => Language, defaultValue: Language.EN }) language: Language,
  ): SectorEntryObject[] {
    if (scheme === SectorScheme.GBT4754) {
      // The GB/T concordance is kept at division level only.
      if (level !== SectorLevel.DIVISION) {
        throw new BadUserInputException([{ field: 'level', message: 'GB/T 4754 is available at DIVISION level only' }]);
      }
      return gbtDivisions().map((d) => {
        const label = { zh: d.zh, de: null, en: d.en };
        return { scheme, level, code: d.code, label, name: pickLanguage(label, language) ?? d.code, isic: d.isic };
      });
    }
    // NACE Rev.2 and WZ 2008 equal ISIC Rev.4 at section and division level.
    const entries = level === SectorLevel.SECTION ? isicSections() : isicDivisions();
    return entries.map((e) => ({
      scheme,
      level,
      code: e.code,
      label: { zh: e.label.zh, de: e.label.de, en: e.label.en },
      name: pickLanguage(e.label, language) ?? e.code,
      isic: [{ code: e.code, confidence: 1 }],
    }));
  }
}
