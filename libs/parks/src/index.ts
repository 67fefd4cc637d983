export * from './park.model';
export * from './park.entity';
