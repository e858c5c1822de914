import { defineConfig } from 'tsdown';
import { packageConfig } from '../../tsdown.base.ts';

export default defineConfig([
  packageConfig({ entry: ['src/index.ts', 'src/i18next.ts'] }),
  // The CLI: Node only, ESM only, no declarations; it bundles this package's own modules.
  packageConfig({ entry: ['src/cli.ts'], format: ['esm'], platform: 'node', dts: false, clean: false }),
]);
