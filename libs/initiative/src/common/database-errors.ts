/** The PostgreSQL error code of a failed query, if any (TypeORM wraps the driver error). */
function pgCode(error: unknown): { code?: string; constraint?: string } {
  if (!error || typeof error !== 'object') return {};
  const e = error as { code?: unknown; constraint?: unknown; driverError?: { code?: unknown; constraint?: unknown } };
  const code = typeof e.code === 'string' ? e.code : typeof e.driverError?.code === 'string' ? e.driverError.code : undefined;
  const constraint = typeof e.constraint === 'string' ? e.constraint : typeof e.driverError?.constraint === 'string' ? e.driverError.constraint : undefined;
  return { code, constraint };
}

/** A unique-index violation (23505), optionally of one named index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const { code, constraint: actual } = pgCode(error);
  return code === '23505' && (constraint === undefined || constraint === actual);
}
