import { Module } from '@nestjs/common';
import { CompanyOpportunitiesResolver, OpportunitiesResolver } from './opportunities.resolver';
import { OpportunitiesService } from './opportunities.service';

@Module({
  providers: [OpportunitiesService, OpportunitiesResolver, CompanyOpportunitiesResolver],
  exports: [OpportunitiesService],
})
export class OpportunitiesModule {}
