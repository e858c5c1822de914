/**
 * Starts the stand-in SMSPartner API and the example server:
 *   pnpm --filter @smspartner-i18n/example-node-server start
 * then try the curl commands it prints.
 */
import { buildApp } from './app.ts';
import { startSmsPartnerStandIn } from './smspartner-stand-in.ts';

const apiKey = 'example-key';
const standIn = await startSmsPartnerStandIn({ apiKey, credit: 3 });
const app = buildApp({ smsPartnerUrl: standIn.url, apiKey });
const port = Number(process.env['PORT'] ?? 3000);
const address = await app.listen({ port, host: '127.0.0.1' });

console.log(`Stand-in SMSPartner API: ${standIn.url}
Example server:           ${address}

Try (the stand-in has credit for 3 SMS):
  curl -s -H 'content-type: application/json' -H 'accept-language: fr-CA,fr;q=0.9' \\
    -d '{"phoneNumbers":"+33600000001","message":"Bonjour"}' ${address}/notifications/sms
  curl -s -H 'content-type: application/json' -H 'accept-language: en' \\
    -d '{"phoneNumbers":"12","message":"","sender":"A very long sender"}' ${address}/notifications/sms
`);

async function shutDown() {
  await app.close();
  await standIn.close();
}
process.once('SIGINT', shutDown);
process.once('SIGTERM', shutDown);
