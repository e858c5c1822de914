import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'locale-__LOCALE__', typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] } },
});
