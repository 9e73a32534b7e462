import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repositoryRoot = fileURLToPath(new URL('.', import.meta.url));

/** The web client: built into dist/web, served in dev on :5173 with /api proxied to the server. */
export default defineConfig(({ command }) => {
  // A build is always a production build, even when started from a test run (NODE_ENV=test):
  // otherwise React's development build and JSX dev runtime (+60 kB gzip) ship.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    root: `${repositoryRoot}src/web`,
    plugins: [react()],
    build: {
      outDir: `${repositoryRoot}dist/web`,
      emptyOutDir: true,
      // No inline scripts or styles anywhere: the server sends a strict CSP.
      assetsInlineLimit: 0,
    },
    server: {
      port: 5173,
      strictPort: true,
      // npm run dev starts the API server on PORT (8501 unless set).
      proxy: { '/api': { target: `http://127.0.0.1:${process.env.PORT || 8501}`, changeOrigin: false } },
    },
  };
});
