// Writes dist/catalog.json, the catalog for non-JavaScript users, from the
// same typed source the package exports. Run by `pnpm build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogJson } from '../src/catalog-json.ts';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../dist/catalog.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(catalogJson(), null, 2)}\n`);
