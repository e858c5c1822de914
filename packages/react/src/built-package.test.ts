import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The standalone and react-intl entries must not pull in core's main entry: it carries the
 * catalog (all 225 codes and their metadata, about 8 kB gzip) that the React size target of
 * BENCHMARKS.md leaves no room for. The shared chunk is the easy place to bring it back by
 * accident, so every module an entry loads is followed, in both builds.
 */
const distDir = join(dirname(fileURLToPath(import.meta.url)), '../dist');
const built = existsSync(join(distDir, 'index.mjs')) && existsSync(join(distDir, 'index.cjs'));

/** The packages imported by an entry file and every module of ours it loads. */
function packagesImportedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\brequire\()["']([^"']+)["']/g)) {
      if (specifier!.startsWith('.')) visit(join(dirname(file), specifier!));
      else packages.add(specifier!);
    }
  };
  visit(join(distDir, entry));
  return packages;
}

// Under CI a missing dist/ fails these tests instead of skipping them.
describe.runIf(built || process.env.CI)('the built package (dist/)', () => {
  it('is built (run `pnpm build`)', () => expect(built).toBe(true));

  it.each(['index.mjs', 'index.cjs', 'intl.mjs', 'intl.cjs'])(
    '%s resolves with core/runtime, never core with its catalog',
    (entry) => {
      const imported = packagesImportedBy(entry);
      expect(imported).toContain('@smspartner-i18n/core/runtime');
      expect(imported).not.toContain('@smspartner-i18n/core');
    },
  );

  it.each(['fields.mjs', 'fields.cjs'])(
    '%s recognises field messages with core/fields, never core with its catalog',
    (entry) => {
      const imported = packagesImportedBy(entry);
      expect(imported).toContain('@smspartner-i18n/core/fields');
      expect(imported).not.toContain('@smspartner-i18n/core');
    },
  );

  it.each(['index.mjs', 'index.cjs', 'intl.mjs', 'intl.cjs', 'i18next.mjs', 'i18next.cjs'])(
    '%s leaves the field recogniser out (it ships with the fields entry only)',
    (entry) => {
      expect(packagesImportedBy(entry)).not.toContain('@smspartner-i18n/core/fields');
    },
  );

  it.each(['i18next.mjs', 'i18next.cjs'])(
    '%s uses core with its catalog (it maps codes to keys)',
    (entry) => {
      expect(packagesImportedBy(entry)).toContain('@smspartner-i18n/core');
    },
  );
});
