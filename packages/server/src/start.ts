import { buildApp } from './app';
import type { ServerConfig } from './config';
import { openDatabase } from './db/database';
import { databaseTemplate, defaultWebDist, migrationsFolder } from './paths';

export interface RunningServer {
  url: string;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
}

/** Opens the database (running migrations), builds the app and listens. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  // Until the app's logger exists, a dropped connection is written as the same kind of JSON line.
  let connectionLost = (error: Error): void => {
    process.stdout.write(
      `${JSON.stringify({ level: 50, time: Date.now(), msg: 'database connection lost; the next query reconnects', err: { message: error.message } })}\n`,
    );
  };
  const database = await openDatabase(
    config.databaseUrl
      ? { kind: 'postgres', url: config.databaseUrl }
      : { kind: 'pglite', dataDir: config.dataDir },
    migrationsFolder,
    { template: databaseTemplate, onConnectionError: (error) => connectionLost(error) },
  );
  try {
    const app = await buildApp({
      database,
      mode: config.mode,
      webDist: defaultWebDist,
      cookieSecret: config.cookieSecret,
      trustProxy: config.trustProxy,
      checkResponses: false,
      // Server faults are logged (as JSON lines on stdout) since clients only see "internal".
      logLevel: 'error',
    });
    connectionLost = (error) => {
      app.log.error({ err: error }, 'database connection lost; the next query reconnects');
    };
    const address = await app.listen({ host: config.host, port: config.port });
    return {
      url: address,
      async close() {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Closes the server on SIGINT/SIGTERM; a second signal exits at once. */
export function closeOnSignals(server: RunningServer, log: (line: string) => void): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) process.exit(130);
    closing = true;
    log(`${signal}: finishing requests in progress, then stopping…`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`could not stop cleanly: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
