export * from './entities';
export * from './demo-seeder';
export * from './access/profile-access.resolver';
