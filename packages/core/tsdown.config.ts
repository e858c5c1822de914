import { defineConfig } from 'tsdown';
import { packageConfig } from '../../tsdown.base.ts';

// Two entries: the catalog and everything (index), and the resolver without the catalog
// (runtime), which shares its chunk with index and never imports the catalog's.
export default defineConfig(
  packageConfig({ entry: { index: 'src/index.ts', runtime: 'src/runtime-entry.ts' } }),
);
