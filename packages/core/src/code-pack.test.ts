import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { entries, messageKeys, sections } from './catalog.ts';
import { toCodePack, toCodeTexts, toSectionTexts } from './code-pack.ts';
import { compileText } from './compile-text.ts';
import { lookup } from './lookup.ts';
import { createExplainer } from './resolver.ts';
import { messagePackOf } from './test-packs.ts';
import type { CompiledMessage } from './types.ts';

const compile = (source: string) => parse(source, { ignoreTag: true }) as unknown as CompiledMessage;
const french = messagePackOf('fr');

const toPackText = (message: CompiledMessage) => compileText(message, 'fr');
/** What a pack text says with the default arguments, as the resolver renders it. */
const said = (texts: { codes: Record<string, unknown> }, code: string) =>
  createExplainer({
    packs: [{ locale: 'fr', codes: { friendly: { sections: { 'sms.send': texts as never } } } }],
    locale: 'fr',
  }).explain('sms.send', code).text;

describe('compileText', () => {
  it('turns a message of one literal into its string and any other into a function of its arguments', () => {
    expect(toPackText(compile('Le crédit est épuisé.'))).toBe('Le crédit est épuisé.');
    expect(toPackText(compile("L'apostrophe '{'reste'}'"))).toBe("L'apostrophe {reste}");
    const withArgument = toPackText(compile('Au plus {max, number} numéros.'));
    expect(typeof withArgument).toBe('function');
    expect(said({ codes: { 1: withArgument } }, '1')).toBe('Au plus  numéros.');
    expect(
      said(
        { codes: { 1: compileText(compile('Au plus {max, number} numéros.'), 'fr', { max: 1500 }) } },
        '1',
      ),
    ).toBe('Au plus 1\u202f500 numéros.');
  });
});

describe('toSectionTexts', () => {
  it('keys every text of a section by its code as lookup normalises it, with the section fallback', () => {
    const texts = toSectionTexts('sms.send', french.compiled.friendly!)!;
    const sendEntries = entries.filter((entry) => entry.section === 'sms.send');
    expect(Object.keys(texts.codes)).toHaveLength(sendEntries.length);
    expect(texts.codes['11']).toBe(
      'Le crédit SMS du compte est insuffisant pour cet envoi. Demandez à l’administrateur du compte de le recharger.',
    );
    expect(texts.unknownCode).toEqual(toPackText(french.compiled.friendly!['sms.send.unknownCode']!));
    // Every code of the section finds its own text through the code pack's key.
    for (const entry of sendEntries) {
      const text = toPackText(french.compiled.friendly![entry.key]!);
      if (typeof text === 'string') expect(texts.codes[String(entry.code)]).toBe(text);
      else expect(typeof texts.codes[String(entry.code)]).toBe('function');
    }
  });

  it('compiles in the default arguments of the texts that take some, and only those', () => {
    const texts = toSectionTexts('sms.send', french.compiled.friendly!, 'fr')!;
    expect(said(texts, '50')).toMatch(/\s500\s/);
    const withParams = entries.filter((e) => e.section === 'sms.send' && Object.keys(e.params).length > 0);
    const functions = Object.keys(texts.codes).filter((code) => typeof texts.codes[code] === 'function');
    expect(functions.sort()).toEqual(withParams.map((e) => String(e.code)).sort());
  });

  it('maps the other names of HLR and status codes to the code, normalised as lookup reads them', () => {
    const hlr = toSectionTexts('hlr.error', french.compiled.official!)!;
    const blacklisted = lookup('hlr.error', 'EC_SOURCE_ADDRESS_BLACKLISTED')!;
    expect(hlr.aliases?.['EC_SOURCE_ADDRESS_BLACKLISTED']).toBe(blacklisted.code);
    expect(hlr.codes[String(blacklisted.code)]).toBeDefined();
    const delivery = toSectionTexts('sms.deliveryStatus', french.compiled.friendly!)!;
    expect(Object.keys(delivery.codes).every((code) => code === code.toLowerCase())).toBe(true);
    // DLR codes are their own names: no alias repeats a code.
    const dlr = toSectionTexts('sms.dlr', french.compiled.friendly!)!;
    for (const [alias, code] of Object.entries(dlr.aliases ?? {})) expect(alias).not.toBe(code);
  });

  it('holds nothing for messages of other sections, and leaves out texts that are not compiled messages', () => {
    expect(toSectionTexts('mail', { 'sms.send.insufficientCredit': compile('x') })).toBeUndefined();
    const texts = toSectionTexts('sms.send', {
      'sms.send.insufficientCredit': [] as unknown as CompiledMessage,
      'sms.send.accountBlocked': 'not compiled' as unknown as CompiledMessage,
      'sms.send.unknownCode': compile('Fallback'),
    });
    expect(texts).toEqual({ codes: {}, unknownCode: 'Fallback' });
  });
});

describe('toCodePack', () => {
  it('keeps every text of a whole pack: one per catalog entry, section fallback, the global one and field text', () => {
    const pack = toCodePack(french);
    expect(pack.locale).toBe('fr');
    for (const register of ['official', 'friendly'] as const) {
      const texts = pack.codes[register]!;
      const count =
        Object.values(texts.sections).reduce(
          (sum, section) =>
            sum +
            Object.keys(section!.codes).length +
            (section!.unknownCode ? 1 : 0) +
            Object.keys(section!.fields ?? {}).length,
          0,
        ) + (texts.unknownCode ? 1 : 0);
      expect(count).toBe(messageKeys.length);
      expect(Object.keys(texts.sections).sort()).toEqual(sections.map((section) => section.id).sort());
    }
  });

  it('makes a register-only pack from a register-only message pack', () => {
    const friendlyOnly = toCodePack({ locale: 'fr', compiled: { friendly: french.compiled.friendly! } });
    expect(friendlyOnly.codes.official).toBeUndefined();
    expect(toCodeTexts({}).sections).toEqual({});
  });

  it('leaves out a register whose compiled messages are not an object, from JavaScript or a JSON file', () => {
    for (const official of [null, 'texts', 7]) {
      const pack = toCodePack({
        locale: 'fr',
        compiled: { official, friendly: french.compiled.friendly },
      } as never);
      expect(pack.codes.official).toBeUndefined();
      expect(Object.keys(pack.codes.friendly?.sections ?? {})).toEqual(sections.map((section) => section.id));
      expect(pack.codes.friendly?.sections['sms.send']?.codes['11']).toBe(
        toCodePack(french).codes.friendly?.sections['sms.send']?.codes['11'],
      );
    }
  });
});
