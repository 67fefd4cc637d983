import 'reflect-metadata';
import { Command } from 'commander';
import { AppConfig, AppLogger, ConfigError, loadConfig } from '@hc/core';
import { CliError, EXIT_FAILURE } from './cli.errors';
import { CliCommand, createCliLogger, createCliRuntime, wantsStacks } from './cli-runtime';
import { exportCompaniesCommand, importCompaniesCommand } from './commands/companies-file.command';
import { createAdminCommand } from './commands/create-admin.command';
import { matchRefreshCommand } from './commands/match-refresh.command';
import { migrateCommand } from './commands/migrate.command';
import { reindexCommand } from './commands/reindex.command';
import { seedDemoCommand } from './commands/seed-demo.command';

/** Logs go through a worker thread (to stderr); waits until they are written. */
function flush(logger: AppLogger): Promise<void> {
  return new Promise((done) => logger.flush(() => done()));
}

/** The message, and its cause's (a refused connection hides there); the stacks only when asked for. */
function describe(error: unknown, stacks: boolean): string {
  if (!(error instanceof Error)) return String(error);
  const text = stacks && error.stack ? error.stack : error.message;
  return error.cause === undefined || error.cause === error ? text : `${text}\n  caused by: ${describe(error.cause, stacks)}`;
}

/**
 * Validates the configuration (exit 1 naming the variable, like the api), runs the command and exits
 * with its code. Expected failures print their message; a stack only with LOG_LEVEL=debug.
 */
async function run(command: CliCommand): Promise<never> {
  let config: AppConfig | undefined;
  let logger: AppLogger | undefined;
  let code: number;
  try {
    config = loadConfig();
    logger = createCliLogger(config);
    code = await command(createCliRuntime(config, logger));
    await flush(logger);
  } catch (error) {
    // The log lines that led here come first.
    if (logger) await flush(logger);
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable and its default.\n`);
    } else {
      process.stderr.write(`${error instanceof CliError ? '' : 'Failed: '}${describe(error, wantsStacks(config))}\n`);
    }
    code = error instanceof CliError ? error.exitCode : EXIT_FAILURE;
  }
  // Explicit: a pool or client socket left open must not keep an operator's shell waiting.
  process.exit(code);
}

const program = new Command()
  .name('cli')
  .description('Operator commands for the Hidden Champions platform. Configuration comes from the same environment variables as the api (.env.example).')
  .showHelpAfterError('(add --help for the commands)')
  .addHelpText(
    'after',
    `
Run with: npm run cli -- <command>   (or node dist/apps/cli/src/main.js <command> after npm run build)
Database: DATABASE_URL, or the embedded PostgreSQL under DATA_DIR when the api is not running.
Exit codes: 0 done, 1 failed (or invalid configuration), 2 not applicable here (nothing changed).`,
  );

program
  .command('reindex')
  .description('Rebuild the Meilisearch index (MEILI_HOST) from PostgreSQL and swap it in; searches keep answering meanwhile')
  .action(() => run(reindexCommand));

program
  .command('migrate')
  .description('Run the pending database migrations and list the ones that ran')
  .action(() => run(migrateCommand));

program
  .command('seed-demo')
  .description('Load the demo dataset (DEMO_COMPANIES, DEMO_PARKS, DEMO_SEED) into an empty database')
  .action(() => run(seedDemoCommand));

program
  .command('create-admin')
  .description('Create an ADMIN account. The password is read from stdin when piped; otherwise a random one is printed once')
  .argument('<email>', 'the admin\'s e-mail address (the sign-in name)')
  .option('--name <name>', 'display name', 'Administrator')
  .action((email: string, options: { name?: string }) => run(createAdminCommand(email, options)));

program
  .command('import')
  .description('Import companies from a CSV or JSONL file (docs/import-format.md); every row is validated first')
  .argument('<what>', 'what to import: companies')
  .argument('<file>', 'a .csv, .jsonl or .ndjson file')
  .option('--skip-invalid', 'write the valid rows even if some rows are bad (they are listed)')
  .option('--dry-run', 'validate and report what would change, write nothing')
  .option('--format <format>', 'csv or jsonl, when the extension does not tell')
  .action((what: string, file: string, options: { skipInvalid?: boolean; dryRun?: boolean; format?: string }) =>
    run(what === 'companies' ? importCompaniesCommand(file, options) : unknownTarget(what)),
  );

program
  .command('export')
  .description('Export all companies in the import format; the file re-imports to the same state')
  .argument('<what>', 'what to export: companies')
  .option('--format <format>', 'jsonl (default) or csv')
  .option('--out <file>', 'write to this file instead of stdout')
  .action((what: string, options: { format?: string; out?: string }) => run(what === 'companies' ? exportCompaniesCommand(options) : unknownTarget(what)));

program
  .command('match')
  .description('Precomputed suggestions: queue the refresh of the stored rankings for the api\'s workers, or compute them here with --now')
  .argument('<action>', 'what to do: refresh')
  .option('--parks', 'refresh the suggestions of every visible park (the default)')
  .option('--companies', 'mark every stored partner ranking stale; each is recomputed when next asked for')
  .option('--now', 'compute the parks here, one after the other, instead of queueing jobs')
  .action((action: string, options: { parks?: boolean; companies?: boolean; now?: boolean }) =>
    run(
      action === 'refresh'
        ? matchRefreshCommand(options)
        : async () => {
            throw new CliError(`Unknown action "${action}"; match knows only "refresh"`);
          },
    ),
  );

function unknownTarget(what: string): CliCommand {
  return async () => {
    throw new CliError(`Unknown target "${what}"; only "companies" can be imported and exported`);
  };
}

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(EXIT_FAILURE);
});
