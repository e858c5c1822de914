import { defineConfig } from 'tsdown';
import { packageConfig } from '../../tsdown.base.ts';

// Three entries: the catalog and everything (index), the resolver without the catalog (runtime),
// which shares its chunk with index and never imports the catalog's, and the field layer's
// recogniser and texts without the catalog (fields).
export default defineConfig(
  packageConfig({
    entry: { index: 'src/index.ts', runtime: 'src/runtime-entry.ts', fields: 'src/fields-entry.ts' },
  }),
);
