/**
 * One `vitest run` for the whole suite, grouped by what a test protects and what it needs:
 *   content  – the content files and schemas (no build needed)            → runs first
 *   site     – the built HTML in dist/ (needs `npm run build`)
 *   kit      – the print kit's PDFs, built by the tests themselves (poppler-utils)
 *   browser  – dist/ served on 127.0.0.1 and driven in the system Chromium
 * Plain Vitest, no Astro/Vite plugins: the tests import src/lib and src/schemas as ordinary modules.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Group orders start at 1: Vitest puts files of order 0 in a catch-all group that runs last
    // when only one worker is available (the default on a 2-core machine).
    projects: [
      {
        extends: true,
        test: { name: 'content', include: ['tests/content/**/*.test.ts'], sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], sequence: { groupOrder: 2 } },
      },
      {
        extends: true,
        // The print kit builds its own PDFs into temporary folders (twice, for determinism) and opens
        // them with pdf-lib and poppler, so it needs no dist/ but does need time.
        test: {
          name: 'kit',
          include: ['tests/kit/**/*.test.ts'],
          sequence: { groupOrder: 2 },
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          sequence: { groupOrder: 3 },
          // One static server and one Chromium for all browser tests (tests/browser/setup.ts).
          globalSetup: ['tests/browser/setup.ts'],
          // Files run one after another; inside a file, pages are checked a few at a time.
          fileParallelism: false,
          maxConcurrency: 2,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
