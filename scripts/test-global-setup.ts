import { execFileSync } from 'node:child_process';

/**
 * Tests run the real bundled CLI and server, and every server test database starts from the
 * migrated database the server build dumps (packages/server/dist/empty-database.tar.gz). So the
 * bundles are built once before any test starts, and only when their sources changed.
 */
export function setup(): void {
  execFileSync(process.execPath, ['scripts/build-if-stale.mjs'], {
    stdio: 'inherit',
    cwd: new URL('..', import.meta.url),
  });
}
