import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { type EntryPoint, formatBytes, measureEntryPoints } from '@smspartner-i18n/release-tools';
import { sentencesGzipBytes } from '../text-floor.ts';
import type { Contender } from './contender.ts';
import { contenders } from './contenders.ts';
import { onlyCodes, type PeerTexts, readPeerTexts } from './peer-texts.ts';
import {
  bundleVariant,
  installedVersion,
  numberKey,
  peerAppsRoot,
  sharedExternals,
  writePeerApps,
} from './peers.ts';

/**
 * The peer rows of `pnpm bench:size`: each contender's app (see
 * contender.ts) measured like the React app of the target (size-limit:
 * esbuild minified, gzip level 9, React left out), once with every text of
 * the section and once with only the text with a number argument (and the
 * fallback), against the sentences alone.
 */

/** The literal text of every source of `texts`, for the sentence floor. */
function literalsOf(texts: PeerTexts): string[] {
  return [...texts.messages.map((message) => message.source), texts.fallback].flatMap((source) =>
    parse(source).flatMap((element) => (element.type === TYPE.literal ? [element.value] : [])),
  );
}

function packagesText(contender: Contender): string {
  if (contender.id === 'ours') return 'this repository';
  if (contender.packages.length === 0) return 'none';
  return contender.packages.map((name) => `\`${name}\` ${installedVersion(name)}`).join(', ');
}

interface Row {
  readonly label: string;
  readonly packages: string;
  readonly all: EntryPoint;
  readonly one: EntryPoint | undefined;
}

/** Measures every contender's apps; returns the Markdown between the `peers-size` markers. */
export async function measurePeerSizes(list: readonly Contender[] = contenders): Promise<string> {
  const texts = readPeerTexts();
  const number = texts.messages.find((message) => message.key === numberKey)!;
  const oneText = onlyCodes(texts, [number.code]);
  const root = peerAppsRoot('size');
  rmSync(root, { recursive: true, force: true });
  const allDirs = writePeerApps(join(root, 'all'), texts, list);
  const oneDirs = writePeerApps(
    join(root, 'one'),
    oneText,
    list.filter((contender) => contender.subsets),
  );
  const point = (name: string, file: string): EntryPoint => ({
    packageName: name,
    subpath: '.',
    file,
    external: sharedExternals,
  });

  const rows = new Map<string, Row>();
  for (const contender of list) {
    const allDir = allDirs.get(contender.id)!;
    const oneDir = oneDirs.get(contender.id);
    rows.set(contender.id, {
      label: contender.label,
      packages: packagesText(contender),
      all: point(`peer-${contender.id}`, join(allDir, 'app.mjs')),
      one: oneDir === undefined ? undefined : point(`peer-${contender.id}-one`, join(oneDir, 'app.mjs')),
    });
    for (const [index, variant] of (contender.sizeVariants ?? []).entries()) {
      rows.set(`${contender.id}+${index}`, {
        label: `${contender.label}, ${variant.label}`,
        packages: packagesText(contender),
        all: point(`peer-${contender.id}-${index}`, await bundleVariant(allDir, variant, index)),
        one:
          oneDir === undefined
            ? undefined
            : point(`peer-${contender.id}-one-${index}`, await bundleVariant(oneDir, variant, index)),
      });
    }
  }
  const points = [...rows.values()].flatMap((row) =>
    row.one === undefined ? [row.all] : [row.all, row.one],
  );
  const measured = await measureEntryPoints(points);
  const sizeOf = new Map(points.map((entry, index) => [entry, measured[index]!]));
  rmSync(root, { recursive: true, force: true });

  const floorAll = sentencesGzipBytes(literalsOf(texts));
  const floorOne = sentencesGzipBytes(literalsOf(oneText));
  const bytes = new Map([...rows].map(([id, row]) => [id, sizeOf.get(row.all)!]));
  const oursBytes = bytes.get('ours');
  const floorBytes = bytes.get('floor');
  const lines = [
    `| contender | packages | app, ${texts.messages.length} texts + fallback | beyond the sentences | × floor | × ours | app, one text (\`${numberKey}\`) + fallback |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...[...rows].map(([id, row]) => {
      const size = bytes.get(id)!;
      const ratio = (base: number | undefined) => (base === undefined ? '–' : `${(size / base).toFixed(2)}`);
      const one = row.one === undefined ? 'n/a (a pack per section)' : formatBytes(sizeOf.get(row.one)!);
      const label = id === 'ours' ? `**${row.label}**` : row.label;
      return `| ${label} | ${row.packages} | ${formatBytes(size)} | ${formatBytes(size - floorAll)} | ${ratio(floorBytes)} | ${ratio(oursBytes)} | ${one} |`;
    }),
    `| the sentences alone (string literals, nothing around them) | | ${formatBytes(floorAll)} | 0 B | | | ${formatBytes(floorOne)} |`,
  ];
  return lines.join('\n');
}
