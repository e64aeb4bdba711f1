import { fileURLToPath } from 'node:url';
import { type PreviewServer, preview } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Serves the built app (packages/web/dist, built by the tests' global setup) on a free port. */
export async function startPreview(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    root,
    configFile: false,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
