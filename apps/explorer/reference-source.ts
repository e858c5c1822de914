import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the catalog comes from: SMSPartner's pages copied into reference/, as reference/README.md records them. */
export interface ReferenceSource {
  readonly publisher: string;
  /** The year of SMSPartner's documentation the pages are from. */
  readonly edition: string;
  /** When the pages were copied into the repository (ISO date). */
  readonly copied: string;
  readonly pages: readonly { readonly file: string; readonly what: string; readonly sha256: string }[];
}

/**
 * Reads reference/README.md's provenance and checks each file's SHA-256
 * against it, so the published source is never a stale claim.
 */
export function referenceSource(repoRoot: string): ReferenceSource {
  const readmePath = join(repoRoot, 'reference/README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const copied = /Copied into this repository on (\d{4}-\d{2}-\d{2})/.exec(readme)?.[1];
  const edition = /documentation \((\d{4})\)/.exec(readme)?.[1];
  if (copied === undefined || edition === undefined) {
    throw new Error(
      `${readmePath}: expected the provenance to say "documentation (<year>)" and "Copied into this repository on <YYYY-MM-DD>"`,
    );
  }
  // Two tables name each file: `| file | what it is |` and `| file | sha256 |`.
  const what = new Map<string, string>();
  for (const [, file, cell] of readme.matchAll(/^\|\s*`([^`]+)`\s*\|\s*(.+?)\s*\|\s*$/gm)) {
    if (!/^`[0-9a-f]{64}`$/.test(cell!)) what.set(file!, cell!);
  }
  const pages = [...readme.matchAll(/^\|\s*`([^`]+)`\s*\|\s*`([0-9a-f]{64})`\s*\|\s*$/gm)].map((match) => {
    const file = match[1]!;
    const sha256 = match[2]!;
    const actual = createHash('sha256')
      .update(readFileSync(join(repoRoot, 'reference', file)))
      .digest('hex');
    if (actual !== sha256) {
      throw new Error(`reference/${file}: SHA-256 ${actual}, but ${readmePath} records ${sha256}`);
    }
    return { file: `reference/${file}`, what: (what.get(file) ?? '').replace(/\*\*/g, ''), sha256 };
  });
  if (pages.length === 0) throw new Error(`${readmePath}: no "| \`file\` | \`sha256\` |" row found`);
  return { publisher: 'SMSPartner', edition, copied, pages };
}
