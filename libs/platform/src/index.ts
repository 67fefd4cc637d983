export * from './entities';
export * from './demo-seeder';
