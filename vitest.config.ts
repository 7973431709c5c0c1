import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // A few unit tests start processes or draw images, which can take far longer than Vitest's
        // default 5 s on a busy machine (and longer again when measuring coverage); none hangs.
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        // Build tests run astro builds of fixture folders: one at a time, they share the project's `.astro/`.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], fileParallelism: false, testTimeout: 300_000, hookTimeout: 300_000 },
      },
      {
        // The commands for comms staff and translators, run as child processes on fixture copies; some
        // tests build a site, so files run one at a time like the build tests.
        test: { name: 'tools', include: ['tests/tools/**/*.test.ts'], fileParallelism: false, testTimeout: 300_000, hookTimeout: 300_000 },
      },
      {
        // The web editor in headless Chromium on copies of a fixture, which it builds three times: one
        // file at a time, like the build tests.
        test: {
          name: 'editor',
          include: ['tests/editor/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        // The sample is built once per run (globalSetup) and served to headless Chromium.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
