import { fileURLToPath } from 'node:url';
import { describeReadmeExamples, readmeBlocks } from '@smspartner-i18n/test-support/readme-examples';
import { describe, expect, it } from 'vitest';
import { createTranslator, parseResponse, toProblemDetails } from './index.ts';

// The README is what users copy: its examples type-check and run here (tools/test-support).
describeReadmeExamples({
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  expected: { typeChecked: 7, skipped: 0, run: 4 },
});

// What the README shows without running it: the fetch example's comments and the JSON problems.
const blocks = readmeBlocks('packages/node/README.md');
const insufficientCredit = { success: false, code: 11, message: 'Crédit insuffisant' };

describe('packages/node/README.md outputs', () => {
  it("the fetch example's comments are what an answer with code 11 gives", async () => {
    const example = blocks.find((block) => block.code.includes('showToUser('))!;
    const { error } = await parseResponse(new Response(JSON.stringify(insufficientCredit)), {
      section: 'sms.send',
    });
    expect(example.code).toContain(`console.error(error.message); // ${JSON.stringify(error!.message)}`);
    const french = error!.localize('fr');
    expect(example.code).toContain(`// "${french.slice(0, french.indexOf('.') + 1)} …"`);
  });

  it('the problems shown are what toProblemDetails gives', () => {
    const [credit, validation] = blocks
      .filter((block) => block.lang === 'json')
      .map((block) => JSON.parse(block.code));
    const { error } = parseResponse(insufficientCredit, { section: 'sms.send' });
    expect(toProblemDetails(error, createTranslator({ locale: 'fr' })).problem).toEqual(credit);
    const invalid = parseResponse(
      {
        success: false,
        code: 9,
        error: [
          {
            elementId: 'children[phoneNumbers].data',
            message: "Ce numero de telephone n'est pas valide (922264)",
          },
        ],
      },
      { section: 'sms.send' },
    );
    // The second example leaves members out ("…": "…").
    const { '…': _, ...shown } = validation;
    expect(toProblemDetails(invalid.error, createTranslator({ locale: 'en' })).problem).toMatchObject(shown);
  });
});
