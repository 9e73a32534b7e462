import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repositoryRoot = fileURLToPath(new URL('.', import.meta.url));

/** The web client: built into dist/web, served in dev on :5173 with /api proxied to the server. */
export default defineConfig(({ command }) => {
  // A build is always a production build, even when started from a test run (NODE_ENV=test):
  // otherwise React's development build and JSX dev runtime (+60 kB gzip) ship.
  if (command === 'build') process.env.NODE_ENV = 'production';
  const apiServer = `http://127.0.0.1:${process.env.PORT || 8501}`;
  return {
    root: `${repositoryRoot}src/web`,
    plugins: [react()],
    build: {
      outDir: `${repositoryRoot}dist/web`,
      emptyOutDir: true,
      // No inline scripts or styles anywhere: the server sends a strict CSP.
      assetsInlineLimit: 0,
      // What the first screen loads is one chunk (gzip packs one file better than several); the
      // parts loaded on first use (result view, practice, settings, form checks) keep their own.
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] } } },
      // Only a hint for the lazily loaded chunks' imports, which every supported browser reads
      // natively (Safari 16 simply loads them one after the other): no polyfill in the first screen.
      modulePreload: { polyfill: false },
    },
    server: {
      port: 5173,
      strictPort: true,
      // npm run dev starts the API server on PORT (8501 unless set).
      proxy: {
        '/api': {
          target: apiServer,
          changeOrigin: false,
          // The API refuses state-changing requests from other origins: this page's own origin
          // (:5173) stands for the server's; any other origin is passed on, and refused there.
          configure: (proxy) =>
            proxy.on('proxyReq', (proxyRequest, request) => {
              if (/^http:\/\/(?:127\.0\.0\.1|localhost):5173$/.test(request.headers.origin ?? '')) {
                proxyRequest.setHeader('origin', apiServer);
              }
            }),
        },
      },
    },
  };
});
