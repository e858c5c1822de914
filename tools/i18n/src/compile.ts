import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CompileOpts, compile } from '@formatjs/cli-lib';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** `formatjs compile --ast --ignore-tag`, in process: it reads files only, so the sources go through one. */
export async function compileWithFormatjs<Key extends string>(
  messages: ReadonlyMap<Key, string>,
  /** `en-XA`, `xx-LS`…: formatjs's pseudo-locale transformation of the literal text. */
  options: { readonly pseudoLocale?: string } = {},
): Promise<Map<Key, MessageFormatElement[]>> {
  const dir = mkdtempSync(join(tmpdir(), 'smspartner-i18n-compile-'));
  try {
    const input = join(dir, 'messages.json');
    writeFileSync(input, JSON.stringify(Object.fromEntries(messages)));
    let compiled: Record<string, MessageFormatElement[]>;
    try {
      compiled = JSON.parse(
        await compile([input], {
          format: 'simple',
          ast: true,
          ignoreTag: true,
          pseudoLocale: options.pseudoLocale as CompileOpts['pseudoLocale'],
        }),
      );
    } catch (error) {
      throw new Error(`formatjs compile failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    const result = new Map<Key, MessageFormatElement[]>();
    for (const key of messages.keys()) {
      const ast = compiled[key];
      if (!ast) throw new Error(`formatjs compile returned no message for ${key}`);
      result.set(key, ast);
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
