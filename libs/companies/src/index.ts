export * from './company.model';
export * from './company.entity';
