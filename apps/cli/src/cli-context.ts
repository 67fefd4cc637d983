import { DynamicModule, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppLogger, NestPinoLogger } from '@hc/core';

/** Runs `work` inside a Nest application context (no HTTP server) and closes it afterwards. */
export async function withApplicationContext<T>(
  module: DynamicModule,
  logger: AppLogger,
  work: (app: INestApplicationContext) => Promise<T>,
): Promise<T> {
  const app = await NestFactory.createApplicationContext(module, { logger: new NestPinoLogger(logger), abortOnError: false });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}
