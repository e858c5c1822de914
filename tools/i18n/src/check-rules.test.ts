import { type CatalogEntry, entries } from '@smspartner-i18n/core';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './check.ts';
import { checkAdvice } from './check-advice.ts';
import { lengthBudget, shownLength } from './check-length.ts';
import type { TextUnderCheck } from './check-rules.ts';
import { parseGlossary, readGlossary } from './glossary.ts';
import { defaultLocalesDir } from './paths.ts';
import { copyLocales, expectOne, positionOf, problemsOf } from './test-support.ts';

/**
 * One test per fault class of the text rules (characters, French
 * typography, glossary, length, translation checks) and per contradiction
 * rule: each breaks a private copy of locales/ the way a translator might and
 * expects the rule, file, line, column and key. The repository's own tree is
 * clean of all of them (check.test.ts: "is clean").
 */

const sendEn = 'en/friendly/sms.send.json';
const sendFr = 'fr/friendly/sms.send.json';
const hlrEn = 'en/friendly/hlr.error.json';
const mailFr = 'fr/friendly/mail.json';

const apiKeyRequiredEn =
  'The message could not be sent because of a technical problem on our side. Please contact support.';

describe('strict JSON', () => {
  it('a raw line break inside a string fails, as JSON.parse would', () => {
    const copy = copyLocales();
    copy.replace(sendFr, 'Raccourcissez-le.', 'Raccourcissez-le.\nMerci.');
    const at = positionOf(copy.read(sendFr), '\nMerci');
    const problem = expectOne(copy, 'invalid-json', { file: sendFr, ...at });
    expect(problem.message).toContain('U+000A');
    expect(() => JSON.parse(copy.read(sendFr))).toThrow();
  });

  it('a raw control character inside a string fails', () => {
    const copy = copyLocales();
    copy.replace(sendFr, 'Raccourcissez-le.', 'Raccourcissez\u0007-le.');
    const problem = expectOne(copy, 'invalid-json', {
      file: sendFr,
      ...positionOf(copy.read(sendFr), '\u0007'),
    });
    expect(problem.message).toContain('U+0007');
  });
});

describe('characters', () => {
  it('a control character written as an escape (\\n, \\u0007)', () => {
    const copy = copyLocales();
    copy.replace(sendFr, 'Raccourcissez-le.', 'Raccourcissez-le.\\nMerci.');
    const problem = expectOne(copy, 'control-character', {
      file: sendFr,
      ...positionOf(copy.read(sendFr), '\\nMerci'),
      key: 'sms.send.tooManyConcatenatedSms',
    });
    expect(problem.message).toContain('line break');
  });

  it('a decomposed accent (not NFC)', () => {
    const copy = copyLocales();
    copy.replace(sendFr, 'Raccourcissez-le.', 'Raccourcissez-le, vite.  Re\u0301essayez.');
    const problem = expectOne(copy, 'not-nfc', {
      file: sendFr,
      ...positionOf(copy.read(sendFr), 'e\u0301essayez'),
      key: 'sms.send.tooManyConcatenatedSms',
    });
    expect(problem.message).toContain('NFC');
  });

  it('zero-width and bidi characters', () => {
    const copy = copyLocales();
    copy.replace(sendFr, 'Raccourcissez-le.', 'Raccour\u200bcissez-le.');
    copy.replace(sendEn, 'Please shorten it.', 'Please \u202eshorten it.');
    const found = problemsOf(copy, 'invisible-character');
    expect(found.map(({ file, line, column, key }) => ({ file, line, column, key }))).toEqual([
      {
        file: copy.path(sendEn),
        ...positionOf(copy.read(sendEn), '\u202e'),
        key: 'sms.send.tooManyConcatenatedSms',
      },
      {
        file: copy.path(sendFr),
        ...positionOf(copy.read(sendFr), '\u200b'),
        key: 'sms.send.tooManyConcatenatedSms',
      },
    ]);
    expect(found[0]!.message).toContain('U+202E');
  });

  it('HTML tags and entities', () => {
    const copy = copyLocales();
    copy.replace(sendEn, 'Please shorten it.', 'Please <b>shorten</b> it.');
    copy.replace(sendFr, 'Raccourcissez-le.', 'Raccourcissez&nbsp;le.');
    const found = problemsOf(copy, 'markup');
    expect(found.map(({ line, column }) => ({ line, column }))).toEqual([
      positionOf(copy.read(sendEn), '<b>'),
      positionOf(copy.read(sendFr), '&nbsp;'),
    ]);
  });

  it('a quoted text cannot drive the terminal: control characters print as visible escapes', () => {
    const copy = copyLocales();
    copy.replace(sendEn, 'Please shorten it.', 'Please <b \\u001b[31m>shorten</b> it.');
    const [problem] = problemsOf(copy, 'markup');
    expect(problem!.message).toContain('\u001b');
    const line = formatProblem(problem!, (file) => file);
    expect(line).not.toMatch(/\p{Cc}/u);
    expect(line).toContain('\\x1B[31m');
  });

  it('two spaces in a row, and three dots for an ellipsis', () => {
    const copy = copyLocales();
    copy.replace(sendEn, 'Please shorten it.', 'Please  shorten it...');
    const text = copy.read(sendEn);
    expectOne(copy, 'double-space', {
      file: sendEn,
      ...positionOf(text, '  shorten'),
      key: 'sms.send.tooManyConcatenatedSms',
    });
    expectOne(copy, 'ellipsis', {
      file: sendEn,
      ...positionOf(text, '...'),
      key: 'sms.send.tooManyConcatenatedSms',
      severity: 'warning',
    });
  });
});

describe('French typography', () => {
  it('a colon or semicolon without its no-break space', () => {
    const copy = copyLocales();
    copy.replace(sendFr, 'trop long\u202f: il', 'trop long : il');
    copy.replace(mailFr, 'Patientez un instant, puis', 'Patientez un instant; puis');
    const found = problemsOf(copy, 'fr-punctuation-space');
    expect(found.map(({ file, line, column, key }) => ({ file, line, column, key }))).toEqual([
      {
        file: copy.path(sendFr),
        ...positionOf(copy.read(sendFr), ' : il'),
        key: 'sms.send.tooManyConcatenatedSms',
      },
      {
        file: copy.path(mailFr),
        ...positionOf(copy.read(mailFr), '; puis'),
        key: 'mail.tooManyRequests',
      },
    ]);
    expect(found[0]!.message).toContain('not an ordinary space');
    expect(found[1]!.message).toContain('add one');
  });

  it('guillemets without no-break spaces', () => {
    const copy = copyLocales();
    copy.replace(sendFr, 'Raccourcissez-le.', 'Raccourcissez le « texte ».');
    const text = copy.read(sendFr);
    const found = problemsOf(copy, 'fr-guillemet-space');
    expect(found.map(({ line, column }) => ({ line, column }))).toEqual([
      positionOf(text, '« texte'),
      positionOf(text, '».'),
    ]);
  });

  it('a number and its unit joined by an ordinary space', () => {
    const copy = copyLocales();
    copy.replace(sendFr, 'au plus {max, number}\u00a0numéros', 'au plus {max, number} numéros');
    const problem = expectOne(copy, 'fr-number-unit', {
      file: sendFr,
      ...positionOf(copy.read(sendFr), '{max, number} numéros', { shift: '{max, number}'.length }),
      key: 'sms.send.tooManyNumbers',
    });
    expect(problem.message).toContain('{max, number}\u00a0numéros');
  });

  it('an ASCII apostrophe (the ICU quote before a brace is allowed)', () => {
    const copy = copyLocales();
    copy.replace(sendFr, 'Raccourcissez-le.', "Raccourcissez-le, c'est '{'simple'}'.");
    expectOne(copy, 'apostrophe', {
      file: sendFr,
      ...positionOf(copy.read(sendFr), "'est"),
      key: 'sms.send.tooManyConcatenatedSms',
    });
  });
});

describe('glossary', () => {
  it('a forbidden variant fails and names the preferred term', () => {
    const copy = copyLocales();
    copy.replace(mailFr, 'Le nom de l’expéditeur est vide.', 'Le nom de l’expéditeur du courriel est vide.');
    const problem = expectOne(copy, 'glossary', {
      file: mailFr,
      ...positionOf(copy.read(mailFr), 'courriel'),
      key: 'mail.senderNameEmpty',
    });
    expect(problem.message).toContain('write "e-mail"');
    expect(problem.message).toMatch(/locales\/glossary\.md:\d+/);
  });

  it('a variant added to the glossary by a translator is enforced', () => {
    const copy = copyLocales();
    copy.replace('glossary.md', '| recipient | |', '| recipient | `addressee*` |');
    copy.replace(sendEn, 'Remove it from the recipients.', 'Remove it from the addressees.');
    const problem = expectOne(copy, 'glossary', {
      file: sendEn,
      ...positionOf(copy.read(sendEn), 'addressees'),
      key: 'sms.send.numberOnStopList',
    });
    expect(problem.message).toContain('write "recipient"');
  });

  it('a hyphenated term is not a variant ("mail" is not found in "e-mail")', () => {
    const glossary = readGlossary(defaultLocalesDir);
    expect(glossary.problems).toEqual([]);
    const email = glossary.entries.find((entry) => entry.terms.en === 'e-mail')!;
    const patterns = email.avoid.fr!.map((variant) => variant.pattern);
    expect(patterns.some((pattern) => pattern.test('Votre e-mail et vos e-mails'))).toBe(false);
    expect(patterns.some((pattern) => pattern.test('Votre mail'))).toBe(true);
    expect(patterns.some((pattern) => pattern.test('vos emails'))).toBe(true);
  });

  it('a row the check cannot read is an error in glossary.md', () => {
    const copy = copyLocales();
    copy.replace('glossary.md', '| recipient | |', '| recipient |');
    const problem = expectOne(copy, 'glossary-file', {
      file: 'glossary.md',
      ...positionOf(copy.read('glossary.md'), '| recipient |'),
    });
    expect(problem.message).toContain('cells');
    expect(parseGlossary('no table', 'x.md').problems).toHaveLength(1);
  });
});

describe('advice that contradicts the catalog', () => {
  it('retry wording for a code that is not retryable and only a developer can fix', () => {
    const copy = copyLocales();
    copy.replace(sendEn, `${apiKeyRequiredEn}"`, `${apiKeyRequiredEn} Please try again later."`);
    const problem = expectOne(copy, 'advice-retry', {
      file: sendEn,
      ...positionOf(copy.read(sendEn), 'try again later'),
      key: 'sms.send.apiKeyRequired',
    });
    expect(problem.message).toContain('fixableBy: developer, retryable: false');
  });

  it('retry wording in French for a code only the account administrator can fix', () => {
    const copy = copyLocales();
    copy.replace(sendFr, 'de le recharger."', 'de le recharger, puis réessayez plus tard."');
    expectOne(copy, 'advice-retry', {
      file: sendFr,
      ...positionOf(copy.read(sendFr), 'réessayez plus tard'),
      key: 'sms.send.insufficientCredit',
    });
  });

  it('temporary wording for a permanent code', () => {
    const copy = copyLocales();
    copy.replace(
      hlrEn,
      'no longer in service, so it cannot receive messages."',
      'no longer in service, so it cannot receive messages for now."',
    );
    const problem = expectOne(copy, 'advice-temporary', {
      file: hlrEn,
      ...positionOf(copy.read(hlrEn), 'for now'),
      key: 'hlr.error.unknownSubscriber',
    });
    expect(problem.message).toContain('permanent: true');
  });

  it('"right now" for a developer code (IP not authorized is not temporary)', () => {
    const copy = copyLocales();
    copy.replace(
      sendEn,
      'Sending is not possible because of',
      'Sending is not possible right now because of',
    );
    const problem = expectOne(copy, 'advice-temporary', {
      file: sendEn,
      ...positionOf(copy.read(sendEn), 'right now'),
      key: 'sms.send.ipNotAuthorized',
    });
    expect(problem.message).toContain('retryable: false, fixableBy: developer');
  });

  it('an instruction to the end user for a code only the developer can fix', () => {
    const copy = copyLocales();
    copy.replace(
      sendFr,
      'Votre message n’a pas pu être traité en raison d’un problème technique de notre côté. Contactez le support.',
      'Votre message n’a pas pu être traité en raison d’un problème technique de notre côté. Vérifiez le texte.',
    );
    expectOne(copy, 'advice-end-user-instruction', {
      file: sendFr,
      ...positionOf(copy.read(sendFr), 'Vérifiez le texte'),
      key: 'sms.send.malformedJson',
    });
  });

  it('a developer code that does not use the glossary cause phrase', () => {
    const copy = copyLocales();
    copy.replace(
      sendEn,
      apiKeyRequiredEn,
      'Our sending service is not set up correctly. Please contact support.',
    );
    const problem = expectOne(copy, 'advice-cause', {
      file: sendEn,
      ...positionOf(copy.read(sendEn), '"Our sending'),
      key: 'sms.send.apiKeyRequired',
    });
    expect(problem.message).toContain('"technical problem on our side"');
  });

  it('an account-owner code that does not say to turn to the account administrator', () => {
    const copy = copyLocales();
    copy.replace(sendFr, 'Demandez à l’administrateur du compte de le recharger.', 'Rechargez-le.');
    const problem = expectOne(copy, 'advice-administrator', {
      file: sendFr,
      ...positionOf(copy.read(sendFr), '"Le crédit SMS'),
      key: 'sms.send.insufficientCredit',
    });
    expect(problem.message).toContain('"administrateur du compte"');
  });

  it('reads the metadata, so a code the catalog adds later is covered without a new rule', () => {
    const base = entries.find((entry) => entry.key === 'sms.send.apiKeyRequired')!;
    const glossary = readGlossary(defaultLocalesDir);
    const text = (entry: CatalogEntry, source: string): TextUnderCheck => ({
      locale: 'en',
      register: 'friendly',
      key: entry.key,
      source,
      entry,
      glossary,
    });
    const futureDeveloperCode = {
      ...base,
      code: 9999,
      key: 'sms.send.futureCode',
    } as unknown as CatalogEntry;
    const rules = (entry: CatalogEntry, source: string) =>
      checkAdvice(text(entry, source)).map((f) => f.rule);
    expect(rules(futureDeveloperCode, 'Something failed. Check the number and try again later.')).toEqual([
      'advice-retry',
      'advice-end-user-instruction',
      'advice-cause',
    ]);
    // The same words are right for a code the end user can fix, or that may clear.
    const endUser = { ...futureDeveloperCode, fixableBy: 'end-user' } as CatalogEntry;
    const retryLater = { ...futureDeveloperCode, fixableBy: 'retry-later', retryable: true } as CatalogEntry;
    expect(rules(endUser, 'Something failed. Check the number and try again later.')).toEqual([]);
    expect(rules(retryLater, 'It failed for now. Try again later.')).toEqual([]);
  });
});

describe('length and translation checks', () => {
  it('counts a text as shown, its numbers at their defaults, and budgets twice that, at least 40', () => {
    const tooManyNumbers = entries.find((entry) => entry.key === 'sms.send.tooManyNumbers');
    expect(shownLength('At most {max, number} numbers.', tooManyNumbers)).toBe('At most 500 numbers.'.length);
    expect(shownLength('Hello {name}.', undefined)).toBe('Hello {name}.'.length);
    expect(lengthBudget('At most {max, number} numbers.', tooManyNumbers)).toBe(40);
    expect(lengthBudget('x'.repeat(21), undefined)).toBe(42);
  });

  it('a friendly text over its length budget is a warning', () => {
    const copy = copyLocales();
    copy.replace(
      sendFr,
      'Raccourcissez-le.',
      `Raccourcissez-le. ${'Vraiment, il faut le raccourcir beaucoup. '.repeat(4).trim()}`,
    );
    const problem = expectOne(copy, 'length', {
      file: sendFr,
      ...positionOf(copy.read(sendFr), '"Ce message est trop long'),
      key: 'sms.send.tooManyConcatenatedSms',
      severity: 'warning',
    });
    // The English text is 76 characters long once shown ("more than 10 SMS"): a budget of 152.
    expect(problem.message).toMatch(
      /^the text is \d+ characters long once shown, over its budget of 152 \(twice the English text, at least 40\); shorten it/,
    );
  });

  it('a text left as the English one is counted untranslated, not reported one key at a time', () => {
    const copy = copyLocales();
    copy.replace(
      sendFr,
      '"Cet envoi programmé n’a pas de date. Choisissez-en une."',
      '"This scheduled send has no date. Please choose one."',
    );
    expect(problemsOf(copy, 'same-as-source')).toEqual([]);
    expectOne(copy, 'untranslated', {
      file: sendFr,
      ...positionOf(copy.read(sendFr), '"This scheduled'),
      severity: 'warning',
    });
  });

  it('closing punctuation that differs from English, and a word written twice', () => {
    const copy = copyLocales();
    copy.replace(sendFr, 'Choisissez-en une."', 'Choisissez-en une une"');
    const text = copy.read(sendFr);
    expectOne(copy, 'end-punctuation', {
      file: sendFr,
      ...positionOf(text, 'une une"', { shift: 'une un'.length }),
      key: 'sms.send.dateRequired',
      severity: 'warning',
    });
    expectOne(copy, 'duplicate-word', {
      file: sendFr,
      ...positionOf(text, 'une une'),
      key: 'sms.send.dateRequired',
      severity: 'warning',
    });
  });

  it('one English text translated two ways', () => {
    const copy = copyLocales();
    copy.replace(
      'en/friendly/mail.json',
      '"This scheduled e-mail has no date. Please choose one."',
      '"This scheduled send has no date. Please choose one."',
    );
    const problem = expectOne(copy, 'inconsistent', {
      file: mailFr,
      ...positionOf(copy.read(mailFr), '"L’envoi programmé de cet e-mail'),
      key: 'mail.dateRequired',
      severity: 'warning',
    });
    expect(problem.message).toContain('sms.send.dateRequired');
  });
});
