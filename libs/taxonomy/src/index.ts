export * from './isic.catalog';
export * from './country.catalog';
export * from './region.catalog';
export * from './sector.object';
export * from './region.object';
export * from './code.validators';
export * from './glossary.catalog';
