import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '@hc/core';

/** The largest request body: an importCompanies file of IMPORT_MAX_BYTES, JSON-escaped, plus the query. */
export function bodyLimit(config: Pick<AppConfig, 'IMPORT_MAX_BYTES'>): number {
  return 2 * config.IMPORT_MAX_BYTES + 64 * 1024;
}

/**
 * Express error handler for what fails before GraphQL sees the request (a body over the limit,
 * malformed JSON): a GraphQL-shaped JSON answer with the HTTP status, never an HTML stack trace.
 */
export function requestErrors(error: { status?: number; type?: string; message?: string }, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message =
    error.type === 'entity.too.large'
      ? 'the request body is too large; import large files with the CLI (npm run cli -- import companies FILE)'
      : status < 500
        ? `the request could not be read: ${error.message ?? 'bad request'}`
        : 'internal error';
  res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR' } }] });
}
