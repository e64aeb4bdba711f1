import { resolveConfig } from './config';
import { DataDirInUse } from './db/data-dir-lock';
import { closeOnSignals, type RunningServer, startServer } from './start';

export type ServeResult =
  | { ok: true; server: RunningServer }
  /** `exitCode` 2: a configuration the user must fix; 1: the data folder is in use. */
  | { ok: false; message: string; exitCode: 1 | 2 };

/**
 * `serve [--port N] [--data DIR] [--host H]`, shared by `npm start` (dist/serve.js) and
 * `offerwise serve`: starts the server, prints its URL and stops gracefully on SIGINT/SIGTERM.
 */
export async function serve(argv: string[], env: NodeJS.ProcessEnv): Promise<ServeResult> {
  const resolved = resolveConfig(argv, env);
  if (!resolved.ok) return { ...resolved, exitCode: 2 };
  const { config } = resolved;
  let server: RunningServer;
  try {
    server = await startServer(config);
  } catch (error) {
    if (error instanceof DataDirInUse) return { ok: false, message: error.message, exitCode: 1 };
    throw error;
  }
  const data = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : config.dataDir;
  process.stdout.write(
    `Offerwise is running at ${server.url} (${config.mode} mode, data: ${data}). Press Ctrl+C to stop.\n`,
  );
  closeOnSignals(server, (line) => process.stdout.write(`${line}\n`));
  return { ok: true, server };
}
