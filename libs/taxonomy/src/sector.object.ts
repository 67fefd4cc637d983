import { Field, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from '@hc/core';
import { isicEntry, IsicEntry } from './isic.catalog';

@ObjectType('Sector', { description: 'An ISIC Rev.4 section, division, group or class.' })
export class SectorObject {
  @Field(() => String, { description: "ISIC Rev.4 code: a section letter ('C') or 2–4 digits ('28', '2822')." })
  code!: string;

  @Field(() => String, { description: 'section, division, group or class.' })
  level!: string;

  @Field(() => String, { description: 'Section letter, A–U.' })
  section!: string;

  @Field(() => String, { nullable: true, description: 'Two-digit division; null for a section.' })
  division!: string | null;

  @Field(() => LocalizedText, { description: 'Title; groups and classes are in English only.' })
  label!: LocalizedText;
}

export function toSectorObject(entry: IsicEntry): SectorObject {
  // Copies so resolvers can never mutate the shared catalogue entries.
  return Object.assign(new SectorObject(), {
    code: entry.code,
    level: entry.level,
    section: entry.section,
    division: entry.division,
    label: { zh: entry.label.zh, de: entry.label.de, en: entry.label.en },
  });
}

/** The known ISIC entries of a list of codes, in order, as GraphQL objects. */
export function sectorObjectsOf(codes: readonly string[]): SectorObject[] {
  return codes.flatMap((code) => {
    const entry = isicEntry(code);
    return entry ? [toSectorObject(entry)] : [];
  });
}
