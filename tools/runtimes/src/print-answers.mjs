// Prints the answers as JSON on stdout: `node`, `bun` and `deno` run this file, and exit once it is written.
import { answers } from './answers.mjs';

console.log(JSON.stringify(await answers()));
