export * from './park.model';
export * from './park.entity';
export * from './park.object';
export * from './park.mapper';
export * from './parks.service';
export * from './parks.module';
export * from './dto/park.input';
export * from './parks.resolver';
