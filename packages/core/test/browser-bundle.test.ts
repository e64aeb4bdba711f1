import { build } from 'esbuild';
import { expect, it } from 'vitest';

it('core bundles for the browser: no Node-only module anywhere in its dependency graph', async () => {
  const result = await build({
    entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  expect(result.errors).toEqual([]);
  const code = result.outputFiles[0]?.text ?? '';
  expect(code).toContain('retext');
  expect(code).not.toMatch(/from\s*["']node:/);
});
