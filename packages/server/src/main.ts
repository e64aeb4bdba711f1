import { resolveConfig } from './config';
import { closeOnSignals, startServer } from './start';

// `node packages/server/dist/serve.js [--port N] [--data DIR] [--host H]`
const resolved = resolveConfig(process.argv.slice(2), process.env);
if (!resolved.ok) {
  process.stderr.write(`offerwise serve: ${resolved.message}\n`);
  process.exit(2);
}
const { config } = resolved;
const server = await startServer(config);
const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : config.dataDir;
process.stdout.write(
  `Offerwise is running at ${server.url} (${config.mode} mode, data: ${where})\n`,
);
closeOnSignals(server, (line) => process.stdout.write(`${line}\n`));
