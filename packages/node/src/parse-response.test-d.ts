import { describe, expectTypeOf, it } from 'vitest';
import { parseResponse, type SmsPartnerResult } from './parse-response.ts';

describe('parseResponse overloads', () => {
  it('returns a Promise for a Response and a result for a body in hand', async () => {
    expectTypeOf(parseResponse(new Response('{}'), { section: 'sms.send' })).toEqualTypeOf<
      Promise<SmsPartnerResult>
    >();
    expectTypeOf(parseResponse('{}', { section: 'sms.send' })).toEqualTypeOf<SmsPartnerResult>();
    expectTypeOf(
      parseResponse({ success: true, code: 200 }, { section: 'mail' }),
    ).toEqualTypeOf<SmsPartnerResult>();
    expectTypeOf(parseResponse(new Uint8Array(), { section: 'vms' })).toEqualTypeOf<SmsPartnerResult>();
    expectTypeOf(parseResponse(null, { section: 'vms' })).toEqualTypeOf<SmsPartnerResult>();
    // biome-ignore lint/suspicious/noExplicitAny: what response.json() returns
    const parsedJson: any = { success: true, code: 200 };
    expectTypeOf(parseResponse(parsedJson, { section: 'sms.send' })).toEqualTypeOf<
      SmsPartnerResult | Promise<SmsPartnerResult>
    >();
    expectTypeOf(await parseResponse(parsedJson, { section: 'sms.send' })).toEqualTypeOf<SmsPartnerResult>();
    interface SendBody {
      readonly success: boolean;
      readonly code: number;
    }
    const typedJson: SendBody = { success: true, code: 200 };
    expectTypeOf(parseResponse(typedJson, { section: 'sms.send' })).toEqualTypeOf<SmsPartnerResult>();
    const unknownBody: unknown = undefined;
    expectTypeOf(parseResponse(unknownBody, { section: 'sms.send' })).toEqualTypeOf<
      SmsPartnerResult | Promise<SmsPartnerResult>
    >();
  });

  it('needs a section of the catalog', () => {
    // @ts-expect-error: not a section id
    parseResponse('{}', { section: 'sms.sned' });
  });

  it('narrows on ok', () => {
    const result = parseResponse('{}', { section: 'sms.send' });
    if (result.ok) expectTypeOf(result.data).toEqualTypeOf<Readonly<Record<string, unknown>>>();
    else expectTypeOf(result.error.code).toEqualTypeOf<number | string | undefined>();
  });
});
