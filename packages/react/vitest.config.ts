import { defineProject } from 'vitest/config';

// happy-dom for Testing Library (jsdom 31 needs Node 22); the SSR tests opt
// into the node environment per file.
export default defineProject({
  test: {
    name: 'react',
    environment: 'happy-dom',
  },
});
