// The module worker workerd serves: GET / answers the same JSON as print-answers.mjs.
import { answers } from './answers.mjs';

export default {
  async fetch() {
    try {
      return Response.json(await answers());
    } catch (error) {
      return new Response(String(error?.stack ?? error), { status: 500 });
    }
  },
};
