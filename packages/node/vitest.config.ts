import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'node',
    setupFiles: ['src/test-setup.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
  },
});
