// Bundles the CLI as one file per command, each tree-shaken on its own. With esbuild's code
// splitting, every command shared one chunk holding all of core (the linter's word lists, the
// date parser) because core is imported through one index; `evaluate` then compiled 1.9 MB to
// start. Now dist/offerwise.js is commander and the command table, and a command loads only its
// own code (dist/commands/NAME.js).
import { readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

const commands = readdirSync('src/commands')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/, ''));

// cli-table3 0.6.5 truncates a cell's whole text to 10 characters on every line it draws, only
// to build a debug message it then discards, and its truncation measures the text again after
// each character it drops: 20,000 width measurements for `offerwise evaluate`'s two tables, the
// largest single cost of its start (upstream fix proposed: cli-table/cli-table3#362).
const eagerPreview = 'let content = utils.truncate(this.content, 10, this.truncate);';
const skipCellPreview = {
  name: 'skip-cli-table3-cell-preview',
  setup(b) {
    b.onLoad({ filter: /cli-table3[\\/]src[\\/]cell\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(eagerPreview)) {
        throw new Error(
          'cli-table3 has changed: check #362 and remove skipCellPreview (build.mjs)',
        );
      }
      return { contents: source.replace(eagerPreview, "let content = '';"), loader: 'js' };
    });
  },
};

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
  plugins: [skipCellPreview],
  // main.ts imports each command by its built path; the server is its own package's bundle.
  // A command that builds an Option gets its own copy of commander: commander reads options and
  // argument errors by their fields, not by class, so main's program accepts them.
  external: ['./commands/*', '@offerwise/server', '@offerwise/server/letters'],
  // Bundled CommonJS packages (yaml, cli-table3) call require for Node's built-ins.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
});
