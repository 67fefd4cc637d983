import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { BadUserInputException } from '@hc/core';
import { CompanyExporter, CompanyImporter, detectFormat, ImportReport, readCompanyFile, summaryOf } from '@hc/company-import';
import { Presets, SingleBar } from 'cli-progress';
import { CliError, EXIT_FAILURE, EXIT_OK } from '../cli.errors';
import { withApplicationContext } from '../cli-context';
import { CliModule } from '../cli.module';
import { CliCommand, CliRuntime } from '../cli-runtime';
import { withDatabase } from '../database/cli-database';

export interface ImportCommandOptions {
  skipInvalid?: boolean;
  dryRun?: boolean;
  format?: string;
}

/** Bad rows are listed up to this many; the summary counts them all. */
const LISTED_PROBLEMS = 200;

/** `import companies FILE`: validate every row, merge, write in one transaction; see docs/import-format.md. */
export function importCompaniesCommand(file: string, options: ImportCommandOptions): CliCommand {
  return (runtime) => {
    if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`No such file: ${file}`);
    const format = formatOf(file, options.format);
    return withDatabase(runtime, async (databaseUrl) => {
      const bar = progressBar();
      const report = await withApplicationContext(CliModule.forImport({ config: runtime.config, logger: runtime.logger, databaseUrl }), runtime.logger, (app) =>
        app.get(CompanyImporter).import(readCompanyFile(createReadStream(file), format), {
          skipInvalid: options.skipInvalid ?? false,
          dryRun: options.dryRun ?? false,
          onProgress: (phase, done) => bar.update(phase, done),
        }),
      );
      bar.stop();
      printReport(runtime, report);
      return report.invalid > 0 && !options.skipInvalid ? EXIT_FAILURE : EXIT_OK;
    });
  };
}

/** `export companies --format jsonl|csv [--out FILE]`: the import format, so an export re-imports to the same state. */
export function exportCompaniesCommand(options: { format?: string; out?: string }): CliCommand {
  return (runtime) => {
    const format = formatOf(options.out ?? '', options.format ?? (options.out ? undefined : 'jsonl'));
    return withDatabase(runtime, async (databaseUrl) => {
      const out = options.out ? createWriteStream(options.out) : process.stdout;
      const count = await withApplicationContext(CliModule.forImport({ config: runtime.config, logger: runtime.logger, databaseUrl }), runtime.logger, (app) =>
        app.get(CompanyExporter).export(format, out),
      );
      if (options.out) {
        out.end();
        await once(out, 'finish');
      }
      runtime.warn(`Exported ${count} companies as ${format}${options.out ? ` to ${options.out}` : ''}.`);
      return EXIT_OK;
    });
  };
}

function formatOf(file: string, explicit?: string) {
  try {
    return detectFormat(file, explicit);
  } catch (error) {
    if (error instanceof BadUserInputException) throw new CliError(error.fields.map((f) => f.message).join('; '));
    throw error;
  }
}

function printReport(runtime: CliRuntime, report: ImportReport): void {
  for (const p of report.problems.slice(0, LISTED_PROBLEMS)) runtime.print(`line ${p.line}: ${p.field}: ${p.reason}`);
  if (report.problems.length > LISTED_PROBLEMS) runtime.print(`... and ${report.problems.length - LISTED_PROBLEMS} more problems`);
  for (const m of report.mergedInFile) runtime.print(`line ${m.line}: merged into ${typeof m.into === 'number' ? `line ${m.into}` : `company ${m.into}`} (same ${m.by}: ${m.key})`);
  for (const m of report.matchedExisting) runtime.print(`line ${m.line}: matches company ${m.into} (same ${m.by}: ${m.key})`);
  runtime.print(summaryOf(report));
}

/** A progress bar on stderr while rows are read and written; silent when stderr is not a terminal. */
function progressBar() {
  let bar: SingleBar | undefined;
  let phase = '';
  return {
    update(next: string, done: number) {
      if (!process.stderr.isTTY) return;
      if (next !== phase) {
        bar?.stop();
        phase = next;
        bar = new SingleBar({ stream: process.stderr, format: `${next === 'read' ? 'Reading and validating' : 'Writing'} | {value} rows`, hideCursor: false }, Presets.shades_classic);
        bar.start(0, done);
      }
      bar?.update(done);
    },
    stop: () => bar?.stop(),
  };
}
