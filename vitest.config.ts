import { defineConfig } from 'vitest/config';

// One vitest run for the whole repository: each package is a project, so
// `pnpm test` at the root runs every test with one reporter and one summary.
export default defineConfig({
  test: {
    projects: ['packages/*', 'tools/*', 'apps/*', 'examples/*'],
    // Vitest's default (every core but one) leaves half of a two-core CI
    // machine idle; many of our tests wait on child processes (tsc, Chromium,
    // vite builds), so every core gets a worker.
    maxWorkers: '100%',
  },
});
