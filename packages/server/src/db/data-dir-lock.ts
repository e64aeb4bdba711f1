import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Another live process has the embedded database's data folder open. */
export class DataDirInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another Offerwise process (pid ${pid}). Stop that process first, or start this one with --data pointing at another folder.`,
    );
  }
}

const lockName = 'offerwise.pid';
const heldHere = new Set<string>();

/**
 * Claims `dataDir` for this process with a pid file, as PostgreSQL's postmaster.pid does. PGlite
 * runs PostgreSQL inside one process and takes no lock of its own, so two servers on one folder
 * would both write and silently lose acknowledged changes. A pid file whose process is gone (a
 * crash, a kill -9) is taken over.
 */
export function lockDataDir(dataDir: string): { release(): void } {
  const folder = resolve(dataDir);
  const file = join(folder, lockName);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      heldHere.add(folder);
      return {
        release() {
          heldHere.delete(folder);
          if (holder(file) === process.pid) rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = holder(file);
    // Our own pid in the file is ours only if this process opened the folder; otherwise it is a
    // previous process's file whose pid was reused (a restarted container is pid 1 again).
    const live = pid !== undefined && (pid === process.pid ? heldHere.has(folder) : alive(pid));
    if (live) throw new DataDirInUse(folder, pid);
    rmSync(file, { force: true });
  }
  throw new Error(`could not lock ${folder}: its pid file keeps reappearing`);
}

function holder(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
