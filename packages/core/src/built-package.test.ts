import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as source from './index.ts';

/**
 * What npm users get is dist/, not src/: both builds must expose the same
 * API and the same catalog as the source the other tests check. `pnpm test`
 * builds first; a stale dist/ fails here rather than in a user's app.
 */
const distDir = join(dirname(fileURLToPath(import.meta.url)), '../dist');
const built = existsSync(join(distDir, 'index.mjs')) && existsSync(join(distDir, 'index.cjs'));

// Under CI a missing dist/ fails these tests instead of skipping them.
describe.runIf(built || process.env.CI)('the built package (dist/)', () => {
  it('is built (run `pnpm build`)', () => expect(built).toBe(true));

  it('exports the same names from its ESM and CJS entries as the source', async () => {
    const esm = await import(pathToFileURL(join(distDir, 'index.mjs')).href);
    const cjs = createRequire(import.meta.url)(join(distDir, 'index.cjs'));
    const names = Object.keys(source).sort();
    expect(Object.keys(esm).sort()).toEqual(names);
    expect(Object.keys(cjs).sort()).toEqual(names);
  });

  it('holds the same catalog as the source (run `pnpm build` if not)', async () => {
    const esm = await import(pathToFileURL(join(distDir, 'index.mjs')).href);
    const cjs = createRequire(import.meta.url)(join(distDir, 'index.cjs'));
    for (const build of [esm, cjs]) {
      expect(build.entries, 'dist/ is stale: run `pnpm build`').toEqual(source.entries);
      expect(build.sections).toEqual(source.sections);
      expect(build.lookup('hlr.error', 'ec_source_address_blacklisted')?.key).toBe(
        'hlr.error.blacklistedSenderAddress',
      );
    }
  });
});
