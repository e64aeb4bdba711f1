import { execSync } from 'node:child_process';

/** Tests run the real bundled CLI (and server), so build them once before any test starts. */
export function setup(): void {
  execSync('npm run build', { stdio: 'inherit', cwd: new URL('..', import.meta.url) });
}
