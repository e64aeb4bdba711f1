import { fileURLToPath } from 'node:url';

// This file sits one level below the package root both as source (src/) and when bundled
// (dist/), so these paths hold in tests, in `npm start` and in the CLI.
export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));
export const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));
/** An initialised, migrated empty database, written by `npm run build` (build.mjs). */
export const databaseTemplate = fileURLToPath(
  new URL('../dist/empty-database.tar.gz', import.meta.url),
);
