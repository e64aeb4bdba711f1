import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // The server (issue 6) serves dist/ and the API on 4173; in development Vite proxies /api to it.
  server: { proxy: { '/api': 'http://127.0.0.1:4173' } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: false },
});
