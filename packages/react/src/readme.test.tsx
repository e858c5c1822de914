import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeReadmeExamples } from '@smspartner-i18n/test-support/readme-examples';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { type SmsPartnerMessageFunction, SmsPartnerProvider, useSmsPartnerMessage } from './index.ts';
import { en, fr } from './test-support.tsx';

afterEach(cleanup);

// Every tsx block type-checks against the built packages (tools/test-support); the signatures block is skipped.
describeReadmeExamples({
  packageDir: join(dirname(fileURLToPath(import.meta.url)), '..'),
  expected: { typeChecked: 6, skipped: 1, run: 0 },
});

/** Pushes the texts the README's claims are about. */
function ClaimsProbe({ seen }: { seen: string[] }) {
  const message: SmsPartnerMessageFunction = useSmsPartnerMessage();
  seen.push(
    message('sms.send', 9999, { register: 'official' }),
    message('sms.send', 9999),
    message('sms.send', null),
    message('sms.send', { code: 11 } as never),
    message('no.such.section' as never, 11),
  );
  return null;
}

describe('packages/react/README.md', () => {
  it('says true things about unknown codes, null codes and unknown sections', () => {
    const seen: string[] = [];
    render(
      <SmsPartnerProvider locale="en" packs={[en, fr]}>
        <ClaimsProbe seen={seen} />
      </SmsPartnerProvider>,
    );
    const [official, friendly, nullCode, wrongType, unknownSection] = seen;
    // The official text for an unknown code shows it; the friendly one does not.
    expect(official).toContain('9999');
    expect(official).toBe(en.official['sms.send.unknownCode'].replace('{code}', '9999'));
    expect(friendly).toBe(en.friendly['sms.send.unknownCode']);
    expect(friendly).not.toContain('9999');
    // `null` and a wrong type give the section's text, an unknown section the generic one.
    expect(nullCode).toBe(en.friendly['sms.send.unknownCode']);
    expect(wrongType).toBe(en.friendly['sms.send.unknownCode']);
    expect(unknownSection).toBe(en.friendly.unknownCode);
  });
});
