// End-to-end tests drive a real Chromium with the built extension (npm run build first).
// One browser at a time: this machine has two cores and each browser takes ~450 MB.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
