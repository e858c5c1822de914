import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entries, messageKeys, sections } from '@smspartner-i18n/core';
import { describe, expect, it } from 'vitest';
import { fileIds, keysOfFile, registers, schemaReferenceOf } from './layout.ts';
import { discoverLocales, localeFilePath } from './locale-files.ts';
import { defaultLocalesDir } from './paths.ts';
import { renderSchemas, schemaFileName } from './schema.ts';
import { translatorContexts } from './translator-context.ts';

const schemaDir = join(defaultLocalesDir, 'schema');
const readSchema = (name: string) =>
  JSON.parse(readFileSync(join(schemaDir, name), 'utf8')) as {
    $comment: string;
    properties: Record<string, { description?: string; const?: string; type?: string }>;
    required: string[];
    additionalProperties: boolean;
  };

describe('the JSON Schemas in locales/schema', () => {
  it('are exactly what the catalog generates (run pnpm i18n:schema if not)', () => {
    const fresh = renderSchemas();
    expect(readdirSync(schemaDir).sort()).toEqual([...fresh.keys()].sort());
    for (const [name, content] of fresh)
      expect(readFileSync(join(schemaDir, name), 'utf8'), name).toBe(content);
  });

  it('require every key of their file, allow nothing else, and say they are generated', () => {
    const covered: string[] = [];
    for (const fileId of fileIds) {
      const schema = readSchema(schemaFileName(fileId));
      expect(schema.$comment).toContain('GENERATED');
      expect(schema.required).toEqual([...keysOfFile(fileId)]);
      expect(Object.keys(schema.properties)).toEqual(['$schema', '$sameAsEnglish', ...keysOfFile(fileId)]);
      // The marking of texts meant to stay English lists keys of this file only.
      expect(schema.properties['$sameAsEnglish']).toMatchObject({
        type: 'array',
        items: { enum: [...keysOfFile(fileId)] },
        uniqueItems: true,
      });
      expect(schema.properties['$schema']!.const).toBe(schemaReferenceOf(fileId));
      expect(schema.additionalProperties).toBe(false);
      covered.push(...schema.required);
    }
    expect(covered.sort()).toEqual([...messageKeys].sort());
  });

  it('give every key its translator context as the description', () => {
    const contexts = translatorContexts();
    for (const fileId of fileIds) {
      const schema = readSchema(schemaFileName(fileId));
      for (const key of keysOfFile(fileId)) {
        expect(schema.properties[key]!.description).toBe(contexts.get(key)!.text);
      }
    }
  });

  it('are referenced by every locale file', () => {
    for (const locale of discoverLocales(defaultLocalesDir)) {
      for (const register of registers) {
        for (const fileId of fileIds) {
          const file = JSON.parse(
            readFileSync(localeFilePath(defaultLocalesDir, locale, register, fileId), 'utf8'),
          );
          expect(file.$schema).toBe(schemaReferenceOf(fileId));
        }
      }
    }
  });
});

describe('translator context', () => {
  const contexts = translatorContexts();

  it('exists for every key and says when SMSPartner returns the code', () => {
    expect([...contexts.keys()]).toEqual([...messageKeys]);
    for (const entry of entries) {
      const context = contexts.get(entry.key)!;
      expect(context.when).toContain(String(entry.code));
      const section = sections.find((candidate) => candidate.id === entry.section)!;
      expect(context.text).toContain(`"${section.heading.en}"`);
      expect(context.text).toContain(context.official!.en);
      expect(context.text).toContain(context.official!.fr);
      expect(context.audience.length).toBeGreaterThan(20);
    }
  });

  it('gives each argument its meaning and default value', () => {
    for (const entry of entries) {
      const context = contexts.get(entry.key)!;
      expect(context.arguments.map((arg) => [arg.name, arg.defaultValue])).toEqual(
        Object.entries(entry.params),
      );
      for (const [name, value] of Object.entries(entry.params)) {
        expect(context.text).toContain(`{${name}, number} = `);
        expect(context.text).toContain(`(default ${value})`);
        expect(context.arguments.find((arg) => arg.name === name)!.meaning).not.toContain('the value of');
      }
    }
  });

  it('carries the HLR group paragraph, the alias sentence of 2053 and the entry notes', () => {
    const pending = contexts.get('hlr.status.pendingEnRoute')!;
    expect(pending.group).toEqual({
      heading: 'PENDING (statusGrpId 1)',
      en: 'The message has been processed and sent to the mobile operator.',
      fr: "Le message a été traité et envoyé à l'opérateur mobile.",
    });
    const blacklisted = contexts.get('hlr.error.blacklistedSenderAddress')!;
    expect(blacklisted.aliases).toEqual([
      {
        name: 'EC_SOURCE_ADDRESS_BLACKLISTED',
        en: 'The source address is blacklisted on the SMSPartner account.',
        fr: "L'adresse source est sur la liste noire du compte SMSPartner.",
      },
    ]);
    expect(blacklisted.text).toContain('Also listed as EC_SOURCE_ADDRESS_BLACKLISTED');
    for (const entry of entries.filter((candidate) => candidate.note)) {
      expect(contexts.get(entry.key)!.text).toContain(entry.note);
    }
  });

  it('explains {code} for the texts of unknown codes', () => {
    for (const key of messageKeys.filter((candidate) => candidate.endsWith('unknownCode'))) {
      const context = contexts.get(key)!;
      expect(context.arguments.map((arg) => arg.name)).toEqual(['code']);
      expect(context.text).toContain('{code} = the code SMSPartner sent, cleaned');
    }
  });
});
