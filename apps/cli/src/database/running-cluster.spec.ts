import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRunningCluster } from './running-cluster';

describe('findRunningCluster', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'hc-cli-cluster-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const writePid = (pid: number, port = '54329') =>
    writeFileSync(join(dir, 'postmaster.pid'), `${pid}\n${dir}\n1795552771\n${port}\n\n127.0.0.1\n  2236624     65596\nready   \n`);

  it('finds nothing without postmaster.pid', () => {
    expect(findRunningCluster(dir)).toBeNull();
  });

  it('reports a live pid with the port PostgreSQL recorded', () => {
    writePid(process.pid);
    expect(findRunningCluster(dir)).toEqual({ pid: process.pid, port: 54329 });
  });

  it('ignores a stale postmaster.pid left by a crashed server', () => {
    const exited = spawnSync(process.execPath, ['-e', '']).pid;
    writePid(exited);
    expect(findRunningCluster(dir)).toBeNull();
  });

  it('ignores a file it cannot read as a pid', () => {
    writeFileSync(join(dir, 'postmaster.pid'), 'garbage\n');
    expect(findRunningCluster(dir)).toBeNull();
  });

  it('still reports a live pid when the port line is missing', () => {
    writeFileSync(join(dir, 'postmaster.pid'), `${process.pid}\n`);
    expect(findRunningCluster(dir)).toEqual({ pid: process.pid });
  });
});
