import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';

const run = promisify(execFile);

/** The formatjs CLI's entry script, run with this Node (no shell, no PATH lookup). */
function formatjsBin(): string {
  const manifest = createRequire(import.meta.url).resolve('@formatjs/cli/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifest), bin['formatjs'] ?? 'bin/formatjs');
}

export interface CompileOptions {
  /** `en-XA`, `xx-LS`…: formatjs's pseudo-locale transformation of the literal text. */
  readonly pseudoLocale?: string;
}

/**
 * Compiles ICU sources to formatjs ASTs with `formatjs compile --ast`
 * (tags are plain text, as in i18next: `--ignore-tag`). The CLI validates
 * every message too; a failure is raised with its output.
 */
export async function compileWithFormatjs(
  messages: ReadonlyMap<string, string>,
  options: CompileOptions = {},
): Promise<Map<string, MessageFormatElement[]>> {
  const dir = mkdtempSync(join(tmpdir(), 'smspartner-i18n-compile-'));
  try {
    const input = join(dir, 'messages.json');
    const output = join(dir, 'compiled.json');
    writeFileSync(input, JSON.stringify(Object.fromEntries(messages)));
    const args = [
      formatjsBin(),
      'compile',
      '--format',
      'simple',
      '--ast',
      '--ignore-tag',
      input,
      '--out-file',
      output,
    ];
    if (options.pseudoLocale) args.push('--pseudo-locale', options.pseudoLocale);
    try {
      await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      const detail = (error as { stderr?: string }).stderr?.split('\n').find((line) => line.trim() !== '');
      throw new Error(`formatjs compile failed: ${detail ?? String(error)}`);
    }
    const compiled = JSON.parse(readFileSync(output, 'utf8')) as Record<string, MessageFormatElement[]>;
    const result = new Map<string, MessageFormatElement[]>();
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
