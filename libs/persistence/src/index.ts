export * from './data-source';
export * from './embedded/embedded-postgres';
export * from './outbox/outbox-event.entity';
export * from './outbox/outbox';
export * from './bulk/copy-rows';
export * from './migrations';
export * from './pagination/keyset-page';
export * from './profile/reviewable-profile.columns';
