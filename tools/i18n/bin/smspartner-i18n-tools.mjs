#!/usr/bin/env node
// The tools are TypeScript run in place (the package is private and never
// built); tsx's loader is registered before the CLI module is imported.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
