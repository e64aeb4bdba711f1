// Bundles the CLI as one file per command, each tree-shaken on its own. With esbuild's code
// splitting, every command shared one chunk holding all of core (the linter's word lists, the
// date parser) because core is imported through one index; `evaluate` then compiled 1.9 MB to
// start. Now main.js is commander and the command table, and a command loads only its own code.
import { readdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const commands = readdirSync('src/commands')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/, ''));

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: {
    offerwise: 'src/main.ts',
    ...Object.fromEntries(commands.map((name) => [`commands/${name}`, `src/commands/${name}.ts`])),
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // main.ts imports each command by its built path; the server is its own package's bundle.
  // A command that builds an Option gets its own copy of commander: commander reads options and
  // argument errors by their fields, not by class, so main's program accepts them.
  external: ['./commands/*', '@offerwise/server', '@offerwise/server/letters'],
  // Bundled CommonJS packages (yaml, cli-table3) call require for Node's built-ins.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
});
