import { resolveConfig } from './config';
import { closeOnSignals, type RunningServer, startServer } from './start';

/**
 * `serve [--port N] [--data DIR] [--host H]`, shared by `npm start` (dist/serve.js) and
 * `offerwise serve`: starts the server, prints its URL and stops gracefully on SIGINT/SIGTERM.
 * Returns the server, or a message for a configuration the user must fix.
 */
export async function serve(
  argv: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ ok: true; server: RunningServer } | { ok: false; message: string }> {
  const resolved = resolveConfig(argv, env);
  if (!resolved.ok) return resolved;
  const { config } = resolved;
  const server = await startServer(config);
  const data = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : config.dataDir;
  process.stdout.write(
    `Offerwise is running at ${server.url} (${config.mode} mode, data: ${data}). Press Ctrl+C to stop.\n`,
  );
  closeOnSignals(server, (line) => process.stdout.write(`${line}\n`));
  return { ok: true, server };
}
