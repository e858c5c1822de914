#!/usr/bin/env node
// The tools are TypeScript run in place (the package is private and never
// built). tsx's loader maps @smspartner-i18n/core to its source (see
// tsconfig.cli.json), so `pnpm i18n:check` works before anything is built.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.cli.json', import.meta.url)) });
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
