import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { localesPlugin } from './locales-plugin.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const manifest = fileURLToPath(new URL('./package.json', import.meta.url));

// Component tests run in happy-dom; the browser test (src/e2e) opts into the
// node environment, builds the explorer and drives Debian's Chromium.
export default defineProject({
  plugins: [localesPlugin(repoRoot, manifest)],
  test: {
    name: 'explorer',
    environment: 'happy-dom',
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
