import { defineConfig } from 'vitest/config';

// One Vite config for the repository. Vitest reads its `test` block; the extension and PWA builds
// (issues 4 and 5) add their own entries here.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'cli/**/*.test.ts', 'tests/**/*.test.ts', 'extension/**/*.test.ts', 'extension/**/*.test.tsx', 'pwa/**/*.test.ts', 'pwa/**/*.test.tsx'],
    environment: 'node',
    globalSetup: ['tests/support/build-cli.global-setup.ts'],
    pool: 'threads',
    testTimeout: 30_000,
    reporters: ['default'],
  },
});
