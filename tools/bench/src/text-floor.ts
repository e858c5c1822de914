import { gzipSync } from 'node:zlib';

/**
 * The floor under any pack of a section's texts: its sentences as string literals, nothing around them (no
 * codes, no structure, no code to read them), compressed like size-limit does (gzip level 9). BENCHMARKS.md
 * sets what the app ships against it.
 */

/** Every literal piece of the messages (compiled ASTs), in order: the text between their arguments. */
export function sentencesOf(messages: readonly (readonly { type: number; value?: unknown }[])[]): string[] {
  return messages.flatMap((message) =>
    message.flatMap((element) =>
      element.type === 0 && typeof element.value === 'string' ? [element.value] : [],
    ),
  );
}

/** A string literal as esbuild's minifier writes it by default: ASCII only, `\xE9`, `\u2019`. */
export function asciiLiteral(text: string): string {
  return JSON.stringify(text).replace(/[\u0080-\uffff]/g, (character) => {
    const code = character.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

export function sentencesSource(sentences: readonly string[]): string {
  return `[${sentences.map(asciiLiteral).join(',')}]`;
}

export function sentencesGzipBytes(sentences: readonly string[]): number {
  return gzipSync(sentencesSource(sentences), { level: 9 }).length;
}
