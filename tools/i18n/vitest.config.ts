import { configDefaults, defineProject } from 'vitest/config';

// The check and generator tests copy locales/ into temp folders and spawn the
// formatjs CLI: slower than unit tests, hence the longer timeout. The
// templates of locale packages hold tests for those packages, not for this one.
export default defineProject({
  test: {
    name: 'i18n-tools',
    exclude: [...configDefaults.exclude, 'templates/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
