import { Readable } from 'node:stream';
import { Inject } from '@nestjs/common';
import { Args, Field, InputType, Int, Mutation, ObjectType, registerEnumType, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, BadUserInputException } from '@hc/core';
import type { AppConfig } from '@hc/core';
import { IsBoolean, IsEnum, IsOptional, IsString, MinLength } from 'class-validator';
import { CompanyImporter } from './company-importer';
import { isRowProblem, readCompanyFile } from './format/company-file.reader';
import type { CompanyFileFormat, LocatedRecord, RowProblem } from './format/company-file.record';
import { summaryOf } from './import-report';
import { Role, Roles } from '@hc/identity';

/** Rows the mutation accepts; larger files go through the CLI. */
export const GRAPHQL_IMPORT_MAX_ROWS = 1000;

export enum ImportFormat {
  CSV = 'csv',
  JSONL = 'jsonl',
}
registerEnumType(ImportFormat, { name: 'ImportFormat' });

@InputType()
export class ImportCompaniesInput {
  @Field({ description: 'The file content, in the format of docs/import-format.md; at most IMPORT_MAX_BYTES and 1,000 rows.' })
  @IsString()
  @MinLength(1)
  content!: string;

  @Field(() => ImportFormat) @IsEnum(ImportFormat) format!: ImportFormat;

  @Field({ nullable: true, description: 'Write the valid rows even if some are bad; false by default (then nothing is written).' })
  @IsOptional()
  @IsBoolean()
  skipInvalid?: boolean;

  @Field({ nullable: true, description: 'Validate and report what would happen, write nothing.' })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}

@ObjectType('ImportProblem')
export class ImportProblemObject {
  @Field(() => Int) line!: number;
  @Field() field!: string;
  @Field() reason!: string;
}

@ObjectType('ImportMerge')
export class ImportMergeObject {
  @Field(() => Int) line!: number;
  @Field({ description: 'The line it was merged into, or the id of the stored company it matched.' }) into!: string;
  @Field({ description: 'id, registry id, or name and city.' }) by!: string;
  @Field() key!: string;
}

@ObjectType('ImportReport')
export class ImportReportObject {
  @Field(() => Int) rows!: number;
  @Field(() => Int) valid!: number;
  @Field(() => Int) invalid!: number;
  @Field(() => [ImportProblemObject]) problems!: ImportProblemObject[];
  @Field(() => [ImportMergeObject]) mergedInFile!: ImportMergeObject[];
  @Field(() => [ImportMergeObject]) matchedExisting!: ImportMergeObject[];
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field() written!: boolean;
  @Field() summary!: string;
}

@Resolver()
export class CompanyImportResolver {
  constructor(
    private readonly importer: CompanyImporter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Roles(Role.ADMIN)
  @Mutation(() => ImportReportObject, {
    description: 'Imports a small company file (CSV or JSONL). All rows are validated first; nothing is written if one is bad, unless skipInvalid.',
  })
  async importCompanies(@Args('input') input: ImportCompaniesInput): Promise<ImportReportObject> {
    const bytes = Buffer.byteLength(input.content, 'utf8');
    if (bytes > this.config.IMPORT_MAX_BYTES) {
      throw new BadUserInputException([
        { field: 'input.content', message: `is ${bytes} bytes; the mutation takes at most ${this.config.IMPORT_MAX_BYTES} (use the CLI: npm run cli -- import companies FILE)` },
      ]);
    }
    const report = await this.importer.import(limited(readCompanyFile(Readable.from([input.content]), input.format as CompanyFileFormat)), {
      skipInvalid: input.skipInvalid ?? false,
      dryRun: input.dryRun ?? false,
    });
    const merge = (m: { line: number; into: number | string; by: string; key: string }) => ({ ...m, into: String(m.into) });
    return {
      ...report,
      mergedInFile: report.mergedInFile.map(merge),
      matchedExisting: report.matchedExisting.map(merge),
      summary: summaryOf(report),
    };
  }
}

async function* limited(items: AsyncIterable<LocatedRecord | RowProblem>): AsyncGenerator<LocatedRecord | RowProblem> {
  let rows = 0;
  for await (const item of items) {
    if (!isRowProblem(item) && ++rows > GRAPHQL_IMPORT_MAX_ROWS) {
      throw new BadUserInputException([
        { field: 'input.content', message: `holds more than ${GRAPHQL_IMPORT_MAX_ROWS} rows; use the CLI for large files (npm run cli -- import companies FILE)` },
      ]);
    }
    yield item;
  }
}
