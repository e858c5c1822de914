// The module worker workerd runs: `workerd test` calls its test handler, which prints the same
// JSON as print-answers.mjs (a thrown error fails the run, its stack on stderr).
import { answers } from './answers.mjs';

export default {
  async test() {
    console.log(JSON.stringify(await answers()));
  },
};
