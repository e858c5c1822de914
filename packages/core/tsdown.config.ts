import { defineConfig } from 'tsdown';
import { packageConfig } from '../../tsdown.base.ts';

// The catalog and the resolver (index); the resolver without the catalog (runtime), which never
// imports the catalog's chunk; the field layer's recogniser and texts without the catalog (fields);
// what the generator and adapters share (internal); the types.
export default defineConfig(
  packageConfig({
    entry: {
      index: 'src/index.ts',
      runtime: 'src/runtime-entry.ts',
      fields: 'src/fields-entry.ts',
      internal: 'src/internal.ts',
      types: 'src/types-entry.ts',
    },
  }),
);
