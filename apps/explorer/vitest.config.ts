import { defineProject } from 'vitest/config';

// Component tests run in happy-dom; the browser test (src/e2e) opts into the
// node environment, builds the explorer and drives Debian's Chromium.
export default defineProject({
  test: {
    name: 'explorer',
    environment: 'happy-dom',
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
