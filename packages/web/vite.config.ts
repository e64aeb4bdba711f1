import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

export default defineConfig(({ command }) => {
  // Vite keeps a NODE_ENV it inherits; the tests' global setup runs the build under vitest
  // (NODE_ENV=test), which would ship React's development build. A build is always production.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    // Brotli and gzip copies beside each file; the server sends them as they are (static-web.ts).
    plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 512 })],
    // The server (issue 6) serves dist/ and the API on 4173; in development /api goes to it.
    server: { proxy: { '/api': 'http://127.0.0.1:4173' } },
    preview: { host: '127.0.0.1', port: 4173 },
    // Steps are lazy chunks; bench/web.bench.ts keeps the first page and each step in budget.
    build: { target: 'es2022', sourcemap: false },
  };
});
