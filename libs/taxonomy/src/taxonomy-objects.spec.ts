// @nestjs/graphql 14 is ESM-only and Jest cannot require ESM on Node < 24.9, so the decorators
// (and @hc/core, which loads them) are stubbed: this spec checks the mapping, not the schema.
jest.mock('@nestjs/graphql', () => ({ Field: () => () => undefined, ObjectType: () => () => undefined }));
jest.mock('@hc/core', () => ({ LocalizedText: class LocalizedText {} }));

import { isicEntry } from './isic.catalog';
import { regionByCode } from './region.catalog';
import { RegionObject, toRegionObject } from './region.object';
import { SectorObject, toSectorObject } from './sector.object';

describe('GraphQL mappers', () => {
  it('map an ISIC entry to a Sector', () => {
    const entry = isicEntry('2822');
    if (!entry) throw new Error('2822 missing');
    const sector = toSectorObject(entry);
    expect(sector).toBeInstanceOf(SectorObject);
    expect(sector).toEqual({
      code: '2822',
      level: 'class',
      section: 'C',
      division: '28',
      label: { zh: null, de: null, en: 'Manufacture of metal-forming machinery and machine tools' },
    });
    expect(sector.label).not.toBe(entry.label);
    expect(toSectorObject(isicEntry('C') ?? entry).division).toBeNull();
  });

  it('map a region to a Region', () => {
    const region = regionByCode('CN-JS');
    if (!region) throw new Error('CN-JS missing');
    const object = toRegionObject(region);
    expect(object).toBeInstanceOf(RegionObject);
    expect(object).toEqual({ code: 'CN-JS', country: 'CN', label: { zh: '江苏省', de: 'Jiangsu', en: 'Jiangsu' } });
  });
});
