import { defineConfig } from 'vitest/config';

// One vitest run for the whole repository: each package is a project, so
// `pnpm test` at the root runs every test with one reporter and one summary.
export default defineConfig({
  test: {
    projects: ['packages/*', 'tools/*', 'apps/*', 'examples/*'],
  },
});
