import 'reflect-metadata';
import { ConfigError, createLogger, loadConfig } from '@hc/core';
import { startPlatform } from './platform';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable and its default.\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const started = Date.now();
  const platform = await startPlatform(config, logger);
  logger.info({ ms: Date.now() - started, database: platform.database }, 'platform ready');
  process.stdout.write(
    `\nHidden Champions API is ready after ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
      `  GraphQL:  ${platform.url}/graphql\n` +
      (config.GRAPHIQL ? `  GraphiQL: ${platform.url}/graphiql\n` : '') +
      `  Health:   ${platform.url}/healthz\n\n`,
  );
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    platform.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Startup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
