import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { pack } from '@smspartner-i18n/locale-fr/friendly/sms.send';
import { describe, expect, it } from 'vitest';
import { asciiLiteral, sentencesGzipBytes, sentencesOf, sentencesSource } from './text-floor.ts';

describe('the text floor of bench:size', () => {
  it('collects every sentence of a code pack and nothing else', () => {
    const sentences = sentencesOf(pack);
    const section = pack.codes.friendly!.sections['sms.send']!;
    // Every code's text, the section's fallback and the global one; literal pieces of the texts with arguments.
    expect(sentences.length).toBeGreaterThan(Object.keys(section.codes).length + 1);
    expect(sentences).toContain(section.codes[11]);
    expect(sentences).toContain(pack.codes.friendly!.unknownCode);
    expect(sentences).toContain('Un envoi peut compter au plus ');
    expect(sentences.join(' ')).not.toMatch(/startHour|maxLength|"type"|\bfr\b/);
  });

  it('writes literals the way the minifier does, and measures them gzipped', () => {
    expect(asciiLiteral('n’est pas là')).toBe('"n\\u2019est pas l\\xE0"');
    const sentences = ['Bonjour', 'Crédit épuisé', 'n’est « pas » là'];
    const source = sentencesSource(sentences);
    expect(source).toMatch(/^[\x20-\x7e]+$/);
    expect(runInNewContext(source)).toEqual(sentences);
    expect(sentencesGzipBytes(sentences)).toBe(gzipSync(source, { level: 9 }).length);
  });
});
