// Every entry point of every installed package of ours loads with `import`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertLocal, check, installedPackages } from './local-resolution.mjs';

let count = 0;
for (const { name, dir } of installedPackages()) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    const specifier = subpath === '.' ? name : `${name}${subpath.slice(1)}`;
    if (subpath.includes('*')) {
      // A JSON folder (`./json/*`): every file under it parses.
      const folder = join(dir, String(target).replace(/\*.*$/, ''));
      const files = readdirSync(folder, { recursive: true }).filter((file) => String(file).endsWith('.json'));
      check(files.length > 0, `${specifier}: no JSON file under ${folder}`);
      for (const file of files) {
        const url = import.meta.resolve(`${name}${subpath.slice(1).replace('*', String(file))}`);
        assertLocal(url, `${name} ${file}`);
        JSON.parse(readFileSync(new URL(url), 'utf8'));
        count += 1;
      }
      continue;
    }
    const url = import.meta.resolve(specifier);
    assertLocal(url, specifier);
    if (url.endsWith('.json')) {
      JSON.parse(readFileSync(new URL(url), 'utf8'));
    } else {
      const module = await import(specifier);
      check(
        Object.keys(module).length > 0 || subpath.endsWith('i18next') || subpath === './types',
        `${specifier}: imported with no export`,
      );
    }
    count += 1;
  }
}
check(count > 0, 'no entry point was checked');
console.log(`ok: import of ${count} entry points and JSON files, all inside the project`);
