// Every JavaScript entry point of every installed package of ours loads with `require`.
const { readFileSync, readdirSync, realpathSync } = require('node:fs');
const { join, sep } = require('node:path');

const projectDir = __dirname;
const scopeDir = join(projectDir, 'node_modules', '@smspartner-i18n');
let count = 0;
for (const folder of readdirSync(scopeDir)) {
  const name = `@smspartner-i18n/${folder}`;
  const manifest = JSON.parse(readFileSync(join(scopeDir, folder, 'package.json'), 'utf8'));
  for (const subpath of Object.keys(manifest.exports ?? {})) {
    if (subpath.includes('*')) continue;
    const specifier = subpath === '.' ? name : `${name}${subpath.slice(1)}`;
    const file = require.resolve(specifier);
    const real = realpathSync(file);
    if (real !== file || !real.startsWith(join(projectDir, 'node_modules') + sep)) {
      throw new Error(
        `${specifier} resolved to ${real}, outside ${projectDir}/node_modules or through a link.`,
      );
    }
    if (file.endsWith('.json')) JSON.parse(readFileSync(file, 'utf8'));
    else {
      const module = require(specifier);
      // Type declarations only (`./i18next`, core's `./types`): their JavaScript module is empty.
      if (Object.keys(module).length === 0 && !subpath.endsWith('i18next') && subpath !== './types') {
        throw new Error(`${specifier}: required with no export`);
      }
      if (file.endsWith('.mjs')) throw new Error(`${specifier}: require gave the ESM file ${file}`);
    }
    count += 1;
  }
}
if (count === 0) throw new Error('no entry point was checked');
console.log(`ok: require of ${count} entry points, all inside the project`);
