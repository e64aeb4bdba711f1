// Bundles the server for `npm start` and `offerwise serve`: our TypeScript (and core's) goes into
// dist/, third-party packages stay in node_modules (PGlite loads its WebAssembly from beside its
// own files, and argon2 is a native addon), so start needs no tsx and no compile step.
import { build } from 'esbuild';

const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@offerwise/') ? undefined : { path: args.path, external: true },
    );
  },
};

await build({
  entryPoints: {
    serve: 'src/main.ts',
    index: 'src/index.ts',
    letters: 'src/letters/read-document.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  plugins: [externalPackages],
});
