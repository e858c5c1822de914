import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'node', typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] } },
});
