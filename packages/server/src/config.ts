import { parseArgs } from 'node:util';
import type { Mode } from './plugins/auth';

export interface ServerConfig {
  mode: Mode;
  host: string;
  port: number;
  /** PGlite data directory; ignored when `databaseUrl` is set. */
  dataDir: string;
  databaseUrl: string | undefined;
  cookieSecret: string | undefined;
}

export const defaultPort = 4173;
export const defaultDataDir = './.offerwise/data';
const loopback = new Set(['127.0.0.1', 'localhost', '::1']);

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; message: string };

/**
 * Reads `--port`, `--data`, `--host` and the environment (OFFERWISE_MODE, DATABASE_URL, PORT,
 * HOST, OFFERWISE_COOKIE_SECRET). Local mode has no login, so it refuses any non-loopback host:
 * anyone on the network could otherwise read and change the user's workspaces.
 */
export function resolveConfig(argv: string[], env: NodeJS.ProcessEnv): ConfigResult {
  let values: { port?: string; data?: string; host?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { port: { type: 'string' }, data: { type: 'string' }, host: { type: 'string' } },
    }));
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const modeText = env.OFFERWISE_MODE ?? 'local';
  if (modeText !== 'local' && modeText !== 'server') {
    return {
      ok: false,
      message: `OFFERWISE_MODE: expected "local" or "server", got "${modeText}"`,
    };
  }
  const mode: Mode = modeText;
  const portText = values.port ?? env.PORT ?? String(defaultPort);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    return {
      ok: false,
      message: `--port: expected a port number from 0 to 65535, got "${portText}"`,
    };
  }
  const host = values.host ?? env.HOST ?? '127.0.0.1';
  if (mode === 'local' && !loopback.has(host)) {
    return {
      ok: false,
      message: `Refusing to listen on ${host} in local mode: it has no login, so anyone who can reach that address could read your offers. Use 127.0.0.1, or set OFFERWISE_MODE=server (accounts and sessions).`,
    };
  }
  return {
    ok: true,
    config: {
      mode,
      host,
      port,
      dataDir: values.data ?? defaultDataDir,
      databaseUrl: env.DATABASE_URL || undefined,
      cookieSecret: env.OFFERWISE_COOKIE_SECRET || undefined,
    },
  };
}
