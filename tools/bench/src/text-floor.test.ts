import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { compiled } from '@smspartner-i18n/locale-fr/sms.send';
import { describe, expect, it } from 'vitest';
import { asciiLiteral, sentencesGzipBytes, sentencesOf, sentencesSource } from './text-floor.ts';

describe('the text floor of bench:size', () => {
  it('collects every sentence of compiled messages and nothing else', () => {
    const sentences = sentencesOf(Object.values(compiled.friendly));
    // Every code's text, the section's fallback and the global one; literal pieces of the texts with arguments.
    expect(sentences.length).toBeGreaterThan(Object.keys(compiled.friendly).length);
    expect(sentences).toContain(compiled.friendly['sms.send.insufficientCredit'][0]!.value);
    expect(sentences).toContain(compiled.friendly.unknownCode[0]!.value);
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
