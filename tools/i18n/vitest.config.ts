import { defineProject } from 'vitest/config';

// The check and generator tests copy locales/ into temp folders and spawn the
// formatjs CLI: slower than unit tests, hence the longer timeout.
export default defineProject({ test: { name: 'i18n-tools', testTimeout: 60_000, hookTimeout: 120_000 } });
