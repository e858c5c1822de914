import { gzipSync } from 'node:zlib';

/**
 * The floor under any pack of a section's texts: its sentences as string
 * literals, nothing around them (no codes, no structure, no code to read
 * them), compressed like size-limit does (gzip level 9). BENCHMARKS.md sets
 * what the app ships against it.
 */

/** Every literal of compiled messages (or of a record of strings), in order: strings, and the text between a message's arguments. */
export function sentencesOf(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item === 'object' && item !== null && 'type' in item) {
        if (item.type === 0 && typeof item.value === 'string') found.push(item.value);
      } else sentencesOf(item, found);
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value))
      if (key !== 'locale' && key !== 'params') sentencesOf(child, found);
  }
  return found;
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

/** The sentences as one array literal of JavaScript, minified. */
export function sentencesSource(sentences: readonly string[]): string {
  return `[${sentences.map(asciiLiteral).join(',')}]`;
}

/** Gzip bytes (level 9) of the sentences as an array of string literals. */
export function sentencesGzipBytes(sentences: readonly string[]): number {
  return gzipSync(sentencesSource(sentences), { level: 9 }).length;
}
