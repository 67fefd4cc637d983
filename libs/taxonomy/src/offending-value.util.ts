const MAX_SHOWN = 40;

/**
 * The value a validation message should name. With `{ each: true }` class-validator passes the
 * whole array to defaultMessage, so we pick the first rejected item to name the actual culprit.
 */
export function offendingValue(value: unknown, accepts: (item: unknown) => boolean): unknown {
  const items = Array.isArray(value) ? value : value instanceof Set || value instanceof Map ? [...value.values()] : null;
  if (!items) return value;
  const index = items.findIndex((item) => !accepts(item));
  return index === -1 ? value : items[index];
}

/** Renders a rejected value for a message, cut short because it is user input echoed back. */
export function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}
