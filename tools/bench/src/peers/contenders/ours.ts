import { createResolver } from '@smspartner-i18n/core/runtime';
import { pack } from '@smspartner-i18n/locale-fr/friendly/sms.send';
import type { Contender } from '../contender.ts';

/**
 * Ours: the React app of the size target (`SmsPartnerProvider` + `SmsPartnerMessage` and the French friendly
 * `sms.send` entry, built from the same JSON by `pnpm build`), and `message()` of a resolver over the same
 * pack. When the pack's shape changes, only this module changes.
 */

const app = `import { createElement } from 'react';
import { SmsPartnerMessage, SmsPartnerProvider } from '@smspartner-i18n/react';
import { pack } from '@smspartner-i18n/locale-fr/friendly/sms.send';

const packs = [pack];

export function App({ code, values }) {
  return createElement(
    SmsPartnerProvider,
    { locale: 'fr', packs },
    createElement(SmsPartnerMessage, { section: 'sms.send', code, params: values }),
  );
}`;

export const ours: Contender = {
  id: 'ours',
  label: 'ours (`@smspartner-i18n/react` + `@smspartner-i18n/locale-fr/friendly/sms.send`)',
  packages: ['@smspartner-i18n/react', '@smspartner-i18n/locale-fr', '@smspartner-i18n/core'],
  subsets: false,
  files: () => ({ 'app.mjs': app }),
  async runtime(_dir, texts) {
    const resolver = createResolver({ packs: [pack], locale: texts.locale });
    // A local constant, as an app passes a literal.
    const section = 'sms.send' as const;
    return {
      text: (code, values) => resolver.message(section, code, values && { params: values }),
      benches({ staticCodes, numberCode, numberValues, mask }, sink) {
        const options = numberValues.map((params) => ({ params }));
        let i = 0;
        return {
          static: () => sink(resolver.message(section, staticCodes[i++ & mask]!)),
          number: () => sink(resolver.message(section, numberCode, options[i++ & mask]!)),
        };
      },
    };
  },
};
