// Cold-start probe (run by cold-start.ts in a fresh node): import the Node adapter, with the
// English and French packs it carries, and answer one message.
import { createTranslator } from '@smspartner-i18n/node';

process.stdout.write(createTranslator({ locale: 'fr' }).message('sms.send', 11));
