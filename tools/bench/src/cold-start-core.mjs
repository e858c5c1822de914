// Cold-start probe (run by cold-start.ts in a fresh node) for when the Node adapter is not built:
// core and both packs, and one message.
import { createResolver } from '@smspartner-i18n/core';
import { pack as english } from '@smspartner-i18n/locale-en';
import { pack as french } from '@smspartner-i18n/locale-fr';

process.stdout.write(createResolver({ packs: [english, french], locale: 'fr' }).message('sms.send', 11));
