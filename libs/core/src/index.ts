export * from './config/app-config';
export * from './errors/domain.exception';
export * from './pagination/connection';
export * from './i18n/localized-text';
export * from './geo/geo';
export * from './logging/logger';
export * from './errors/uuid.pipe';
export * from './core.module';
