// Prints the answers as JSON on stdout: `node`, `bun` and `deno` run this file.
import { answers } from './answers.mjs';

const text = JSON.stringify(await answers());
// One write, then let the runtime exit on its own: no output is cut short.
await new Promise((resolve, reject) => {
  process.stdout.write(`${text}\n`, (error) => (error ? reject(error) : resolve()));
});
