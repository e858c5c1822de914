import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, render } from '@testing-library/react';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import { type SmsPartnerMessageFunction, SmsPartnerProvider, useSmsPartnerMessage } from './index.ts';
import { en, fr } from './test-support.ts';

afterEach(cleanup);

const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../README.md'), 'utf8');

/**
 * For each block of TSX, the names it uses but neither imports nor declares
 * (TS2304 "Cannot find name"); imports are not resolved, so only the block's
 * own scope is checked. One program for all blocks: the DOM lib is read once.
 */
function undefinedNames(...sources: string[]): string[][] {
  const files = new Map(sources.map((source, index) => [`readme-example-${index}.tsx`, source]));
  const options: ts.CompilerOptions = {
    jsx: ts.JsxEmit.ReactJSX,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    noResolve: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => {
    const source = files.get(name);
    return source === undefined
      ? getSourceFile(name, version)
      : ts.createSourceFile(name, source, version, true, ts.ScriptKind.TSX);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return [...files.keys()].map((name) =>
    program
      .getSemanticDiagnostics(program.getSourceFile(name))
      .filter((diagnostic) => diagnostic.code === 2304 || diagnostic.code === 2552)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')),
  );
}

/** Pushes the texts the README's claims are about. */
function ClaimsProbe({ seen }: { seen: string[] }) {
  const message: SmsPartnerMessageFunction = useSmsPartnerMessage();
  seen.push(
    message('sms.send', 9999, { tone: 'official' }),
    message('sms.send', 9999),
    message('sms.send', null),
    message('sms.send', { code: 11 } as never),
    message('no.such.section' as never, 11),
  );
  return null;
}

describe('packages/react/README.md', () => {
  it('the standalone example defines every name it uses', () => {
    const section = readme.slice(readme.indexOf('## 1. Standalone'));
    const example = /```tsx\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toContain('useSmsPartnerMessage');
    // The second block proves the check is real: a name used but not defined is reported.
    expect(undefinedNames(example!, `${example}\nnotify2('x');\n`)).toEqual([
      [],
      ["Cannot find name 'notify2'."],
    ]);
  }, 60_000);

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
