import { defineConfig } from 'tsdown';
import { packageConfig } from '../../tsdown.base.ts';

// The catalog and the resolver (index); the resolver without the catalog (runtime), which never
// imports the catalog's chunk; what the generator and adapters share (internal); the types.
export default defineConfig(
  packageConfig({
    entry: {
      index: 'src/index.ts',
      runtime: 'src/runtime-entry.ts',
      internal: 'src/internal.ts',
      types: 'src/types-entry.ts',
    },
  }),
);
