import { AppConfig, AppLogger, createLogger } from '@hc/core';

/** What every command receives: the validated configuration, a logger and the two output streams. */
export interface CliRuntime {
  config: AppConfig;
  logger: AppLogger;
  /** Results, one line each (stdout), so they can be piped. */
  print(line: string): void;
  /** Explanations and warnings (stderr). */
  warn(line: string): void;
}

/** A command resolves to its exit code; expected failures throw a CliError. */
export type CliCommand = (runtime: CliRuntime) => Promise<number>;

/**
 * The CLI logs at `warn` unless LOG_LEVEL is set, so the progress bar stays readable, and it logs
 * to stderr, so stdout carries only the results.
 */
export function createCliLogger(config: AppConfig, env: NodeJS.ProcessEnv = process.env): AppLogger {
  const level = env.LOG_LEVEL ? config.LOG_LEVEL : 'warn';
  return createLogger(level, { transport: { target: 'pino/file', options: { destination: 2 } } });
}

/** Stacks are shown only when asked for with LOG_LEVEL=debug (or trace). */
export function wantsStacks(config: AppConfig | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.LOG_LEVEL) && (config?.LOG_LEVEL === 'debug' || config?.LOG_LEVEL === 'trace');
}

export function createCliRuntime(config: AppConfig, logger: AppLogger): CliRuntime {
  return {
    config,
    logger,
    print: (line) => void process.stdout.write(`${line}\n`),
    warn: (line) => void process.stderr.write(`${line}\n`),
  };
}
