// End-to-end tests drive real browsers with the built extension (npm run build first): every
// test file in Chromium, then in Firefox ESR. One browser at a time: a small machine's
// cores and memory go to one browser and the extension in it.
//   npm run test:e2e                      both browsers
//   npm run test:e2e -- --project firefox one of them
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: ['chromium', 'firefox'].map((name) => ({
      extends: true,
      test: { name, env: { RAPPORT_BROWSER: name } },
    })),
  },
});
