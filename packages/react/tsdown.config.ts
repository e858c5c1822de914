import { defineConfig } from 'tsdown';
import { packageConfig } from '../../tsdown.base.ts';

// Three entry points, one per setup, and the field errors (fields), which work under any of them;
// the context they share lands in one chunk, so a component imported from one entry sees a
// provider from another.
// Every chunk uses hooks or context, so React Server Components frameworks
// must treat them as client modules.
export default defineConfig(
  packageConfig({
    entry: ['src/index.ts', 'src/i18next.tsx', 'src/intl.tsx', 'src/fields.ts'],
    banner: { js: "'use client';" },
  }),
);
