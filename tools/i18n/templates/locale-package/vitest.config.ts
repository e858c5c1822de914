import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'locale-%LOCALE%', typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] } },
});
