import { serve } from './serve';

// `node packages/server/dist/serve.js [--port N] [--data DIR] [--host H]` (what `npm start` runs).
const started = await serve(process.argv.slice(2), process.env);
if (!started.ok) {
  process.stderr.write(`offerwise serve: ${started.message}\n`);
  process.exitCode = started.exitCode;
}
