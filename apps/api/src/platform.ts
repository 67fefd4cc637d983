import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, AppLogger, NestPinoLogger } from '@hc/core';
import { RunningPostgres, startEmbeddedPostgres } from '@hc/persistence';
import { MatchJobs, MatchRefreshPlanner } from '@hc/matching';
import { DemoSeeder } from '@hc/platform';
import { ExpirySweeper, IndexSyncService } from '@hc/search';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import pinoHttp from 'pino-http';
import { AppModule } from './app.module';
import { bodyLimit, requestErrors } from './http/request-errors';

export interface RunningPlatform {
  app: INestApplication;
  url: string;
  database: 'embedded' | 'external';
  close(): Promise<void>;
}

/**
 * Starts the whole platform: the database (external via DATABASE_URL, or embedded), migrations,
 * demo data, the search index and the HTTP server. Used by main.ts and by in-process tests.
 */
export async function startPlatform(config: AppConfig, logger: AppLogger): Promise<RunningPlatform> {
  let embedded: RunningPostgres | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const started = Date.now();
    embedded = await startEmbeddedPostgres({
      dataDir: join(config.DATA_DIR, 'postgres'),
      port: config.EMBEDDED_PG_PORT,
      database: 'hidden_champions',
      persistent: true,
      onLog: (message) => logger.debug({ context: 'postgres' }, message.trim()),
    });
    databaseUrl = embedded.url;
    logger.info({ port: embedded.port, dataDir: config.DATA_DIR, ms: Date.now() - started }, 'embedded PostgreSQL started');
  }
  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, logger, databaseUrl }), {
      logger: new NestPinoLogger(logger),
      abortOnError: false,
    });
    // GraphQL bodies up to what importCompanies accepts (its content is JSON-escaped, hence the margin).
    app.useBodyParser('json', { limit: bodyLimit(config) });
    app.use(
      pinoHttp({
        logger,
        genReqId: (req, res) => {
          const id = (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id']) || randomUUID();
          res.setHeader('x-request-id', id);
          return id;
        },
        autoLogging: { ignore: (req) => req.url?.startsWith('/graphiql/assets') ?? false },
      }),
    );
    await app.init();
    // Errors of the body parser (too large, not JSON) as GraphQL-shaped JSON, never an HTML stack trace.
    app.use(requestErrors);
    await app.get(DemoSeeder).seedIfEmpty();
    await app.get(IndexSyncService).start();
    app.get(ExpirySweeper).start();
    // Precomputed suggestions: the job queue (pg-boss, schema pgboss) and the planner that feeds it.
    if (config.MATCH_PRECOMPUTE) {
      await app.get(MatchJobs).start();
      app.get(MatchRefreshPlanner).start();
    }
    await app.listen(config.PORT, config.HOST);
    const address = app.getHttpServer().address() as { port: number };
    const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
    const url = `http://${host}:${address.port}`;
    // From here on the api's SIGINT/SIGTERM handler (main.ts) closes the app first, then stops the server.
    embedded?.leaveSignalsToCaller();
    return {
      app,
      url,
      database: embedded ? 'embedded' : 'external',
      close: async () => {
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
