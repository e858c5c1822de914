import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editions, isEdition, referenceDir } from './parse-reference.ts';

/**
 * The reference pages are evidence: the catalog and the official texts are
 * checked against them, so they must stay byte for byte what was copied.
 * reference/README.md records their SHA-256; this test holds them to it.
 */

const readme = readFileSync(join(referenceDir, 'README.md'), 'utf8');

/** The rows of the README's `| file | sha256 |` table. */
const pinned = new Map(
  [...readme.matchAll(/^\|\s*`([^`]+)`\s*\|\s*`([0-9a-f]{64})`\s*\|\s*$/gm)].map((match) => [
    match[1]!,
    match[2]!,
  ]),
);

describe('reference/', () => {
  it('pins the four source files in its README', () => {
    expect([...pinned.keys()].sort()).toEqual([
      'api-responses.md',
      'code-table-defects.md',
      'smspartner-error-codes.en.md',
      'smspartner-error-codes.fr.md',
    ]);
  });

  it('holds one page per edition, and isEdition knows exactly those', () => {
    const pages = readdirSync(referenceDir).flatMap(
      (file) => /^smspartner-error-codes\.(.+)\.md$/.exec(file)?.[1] ?? [],
    );
    expect(pages.sort()).toEqual([...editions].sort());
    expect(['en', 'fr', 'de', 'fr-CA', 'EN', ''].filter(isEdition)).toEqual(['en', 'fr']);
  });

  it('holds no file that the README does not pin', () => {
    const files = readdirSync(referenceDir).filter((file) => file !== 'README.md');
    expect(files.sort()).toEqual([...pinned.keys()].sort());
  });

  it.each([...pinned])('%s still has the SHA-256 recorded in reference/README.md', (file, sha256) => {
    const actual = createHash('sha256')
      .update(readFileSync(join(referenceDir, file)))
      .digest('hex');
    expect(actual, `reference/${file} changed; these files are verbatim copies and must not be edited`).toBe(
      sha256,
    );
  });
});
