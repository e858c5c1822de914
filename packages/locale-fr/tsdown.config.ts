import { defineConfig } from 'tsdown';
import { packageConfig } from '../../tsdown.base.ts';
import { entry } from './generated/build-entries.ts';

// Entry points and JSON files come from generated/, which `pnpm build`
// writes from locales/ (smspartner-i18n-tools generate) before this runs.
// Declarations of ~80 entries take most of the build: that is expected, so
// rolldown's plugin-timing warning is turned off.
export default defineConfig(
  packageConfig({
    entry,
    copy: [{ from: 'generated/json', to: 'dist', flatten: false }],
    inputOptions: { checks: { pluginTimings: false } },
  }),
);
