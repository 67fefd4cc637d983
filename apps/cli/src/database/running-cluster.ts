import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RunningCluster {
  pid: number;
  /** The port the server listens on, when postmaster.pid records it. */
  port?: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (PostgreSQL may run as `postgres`).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Finds a PostgreSQL server running on the cluster in `dataDir`, the way PostgreSQL itself decides
 * that its lock file is not stale: `postmaster.pid` exists and names a live process.
 * Lines of postmaster.pid: pid, data directory, start time, port, socket directory, ...
 */
export function findRunningCluster(dataDir: string): RunningCluster | null {
  let lines: string[];
  try {
    lines = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]?.trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  const port = Number(lines[3]?.trim());
  return Number.isInteger(port) && port > 0 ? { pid, port } : { pid };
}
