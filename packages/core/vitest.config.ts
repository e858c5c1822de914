import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'core', typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] } },
});
