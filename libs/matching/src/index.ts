export * from './park-fit.scorer';
export * from './park-suggestion.objects';
export * from './park-suggestions.service';
export * from './matching.module';
export * from './park-suggestions.resolver';
