export * from './isic.catalog';
export * from './country.catalog';
export * from './region.catalog';
export * from './isic-code.validator';
export * from './country-code.validator';
export * from './region-code.validator';
export * from './sector.object';
export * from './region.object';
