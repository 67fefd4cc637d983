import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { EntityManager } from 'typeorm';

/** How a JS value is written into a COPY text-format cell. */
export type CopyColumnKind = 'text' | 'number' | 'boolean' | 'json' | 'text[]';

export interface CopyColumn {
  name: string;
  kind: CopyColumnKind;
}

/** Rows per chunk of text handed to the COPY stream. */
const CHUNK_ROWS = 2000;

/**
 * Streams rows into `table` with COPY ... FROM STDIN on the transaction's own connection, so
 * they commit or roll back with everything else the transaction wrote. COPY is the fastest way
 * into PostgreSQL (about 10x a multi-row INSERT); columns left out take their defaults.
 */
export async function copyRows(manager: EntityManager, table: string, columns: readonly CopyColumn[], rows: Iterable<readonly unknown[]>): Promise<void> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('copyRows must run inside a transaction');
  const client = (await runner.connect()) as PoolClient;
  const sql = `COPY ${quoteIdent(table)} (${columns.map((c) => quoteIdent(c.name)).join(', ')}) FROM STDIN`;
  await pipeline(Readable.from(chunks(columns, rows)), client.query(copyFrom(sql)));
}

function* chunks(columns: readonly CopyColumn[], rows: Iterable<readonly unknown[]>): Generator<string> {
  let buffer: string[] = [];
  for (const row of rows) {
    buffer.push(encodeRow(columns, row));
    if (buffer.length === CHUNK_ROWS) {
      yield buffer.join('');
      buffer = [];
    }
  }
  if (buffer.length) yield buffer.join('');
}

export function encodeRow(columns: readonly CopyColumn[], row: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) {
    if (i > 0) line += '\t';
    line += encodeCell(columns[i]!.kind, row[i]);
  }
  return `${line}\n`;
}

function encodeCell(kind: CopyColumnKind, value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  switch (kind) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`COPY: not a finite number: ${String(value)}`);
      return String(value);
    case 'boolean':
      return value ? 't' : 'f';
    case 'json':
      return escapeText(JSON.stringify(value));
    case 'text[]':
      return escapeText(arrayLiteral(value as readonly string[]));
    case 'text':
      return escapeText(String(value));
  }
}

/** COPY text format: backslash, tab, newline and carriage return are escaped. */
function escapeText(text: string): string {
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : text;
}

/** A PostgreSQL array literal with every element quoted: {"a","b \"c\""}. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
