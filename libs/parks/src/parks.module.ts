import { Module } from '@nestjs/common';
import { ParksResolver } from './parks.resolver';
import { ParksService } from './parks.service';

@Module({ providers: [ParksService, ParksResolver], exports: [ParksService] })
export class ParksModule {}
