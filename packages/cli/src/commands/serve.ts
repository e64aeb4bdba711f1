import type { Command } from 'commander';
import { CliFailure } from '../input';

interface ServeOptions {
  port?: string;
  data?: string;
  host?: string;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('start the Offerwise app and API on http://127.0.0.1:4173 (Ctrl+C stops it)')
    .option('--port <port>', 'port to listen on (default 4173, or $PORT)')
    .option('--data <dir>', 'data directory of the embedded database (default ./.offerwise/data)')
    .option('--host <host>', 'address to listen on; beyond loopback needs OFFERWISE_MODE=server')
    .action(async (options: ServeOptions) => {
      // The server's own bundle, loaded only for this command: it keeps PGlite's WebAssembly
      // and argon2's native addon beside their packages, and the other commands start fast.
      const { serve } = await import('@offerwise/server/dist');
      const argv = Object.entries(options).flatMap(([name, value]) => [`--${name}`, String(value)]);
      const started = await serve(argv, process.env);
      if (!started.ok)
        throw new CliFailure([`offerwise serve: ${started.message}`], started.exitCode);
    });
}
