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
  /** OFFERWISE_TRUST_PROXY: believe X-Forwarded-* from every peer (true) or from these addresses. */
  trustProxy: boolean | string[];
}

export const defaultPort = 4173;
export const defaultDataDir = './.offerwise/data';
const loopback = new Set(['127.0.0.1', 'localhost', '::1']);

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; message: string };

/**
 * Reads `--port`, `--data`, `--host` and the environment (OFFERWISE_MODE, DATABASE_URL, PORT,
 * HOST, OFFERWISE_COOKIE_SECRET, OFFERWISE_TRUST_PROXY). Local mode has no login, so it refuses any non-loopback host:
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
  const trustProxy = parseTrustProxy(env.OFFERWISE_TRUST_PROXY);
  if (trustProxy === undefined) {
    return {
      ok: false,
      message: `OFFERWISE_TRUST_PROXY: expected "true", "false" or proxy addresses such as "10.0.0.2, 10.1.0.0/16", got "${env.OFFERWISE_TRUST_PROXY}"`,
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
      trustProxy,
    },
  };
}

/** `true`/`false`, or a comma-separated list of proxy addresses and CIDR ranges. */
function parseTrustProxy(text: string | undefined): boolean | string[] | undefined {
  const value = text?.trim().toLowerCase();
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  const addresses = value.split(',').map((part) => part.trim());
  const address = /^(?:loopback|linklocal|uniquelocal|[0-9a-f.:]+(?:\/\d{1,3})?)$/;
  return addresses.every((part) => address.test(part)) ? addresses : undefined;
}
