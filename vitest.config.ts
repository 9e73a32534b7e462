import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
    restoreMocks: true,
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/forget-vite-mode.ts'],
  },
});
