import { Module } from '@nestjs/common';
import { CompaniesModule } from '@hc/companies';
import { OpportunitiesModule } from '@hc/opportunities';
import { CompanyExporter } from './company-exporter';
import { CompanyImportResolver } from './company-import.resolver';
import { CompanyImporter } from './company-importer';

@Module({
  imports: [CompaniesModule, OpportunitiesModule],
  providers: [CompanyImporter, CompanyExporter, CompanyImportResolver],
  exports: [CompanyImporter, CompanyExporter],
})
export class CompanyImportModule {}
