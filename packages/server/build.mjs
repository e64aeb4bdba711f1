// Bundles the server for `npm start` and `offerwise serve`: our TypeScript (and core's) goes into
// dist/, third-party packages stay in node_modules (PGlite loads its WebAssembly from beside its
// own files, and argon2 is a native addon), so start needs no tsx and no compile step.
//
// It also writes dist/empty-database.tar.gz: an embedded database already initialised and
// migrated. Creating one (initdb) takes 4–20 s on a busy 2-core machine; loading this dump into
// a new data folder takes under a second, so a first start and every test database are quick.
import { readdirSync, statSync, utimesSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
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

const template = 'dist/empty-database.tar.gz';
const newest = (dir) =>
  Math.max(
    ...readdirSync(dir, { recursive: true }).map((name) => statSync(join(dir, name)).mtimeMs),
  );
const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};
const pgliteVersion = mtime('node_modules/@electric-sql/pglite/package.json');
const inputs = Math.max(
  newest('drizzle'),
  pgliteVersion,
  mtime('../../node_modules/@electric-sql/pglite/package.json'),
);
if (mtime(template) <= inputs) {
  const client = await PGlite.create();
  await migrate(drizzle(client), { migrationsFolder: 'drizzle' });
  await client.exec('CHECKPOINT');
  const dump = await client.dumpDataDir('gzip');
  await writeFile(template, Buffer.from(await dump.arrayBuffer()));
  await client.close();
} else {
  // Still current: dated like the bundles, so scripts/build-if-stale.mjs sees a complete build.
  utimesSync(template, new Date(), new Date());
}
