import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import { formatBytes, measureEntryPoints } from '@smspartner-i18n/release-tools';
import { numberCase } from '../bench-data.ts';
import { ratio } from '../report.ts';
import { sentencesGzipBytes, sentencesOf } from '../text-floor.ts';
import type { Contender } from './contender.ts';
import { onlyCodes, type PeerTexts, readPeerTexts } from './peer-texts.ts';
import {
  bundleVariant,
  contenders,
  installedVersion,
  peerAppsRoot,
  sharedExternals,
  writePeerApps,
} from './peers.ts';

/**
 * The peer rows of `pnpm bench:size`: each contender's app measured like the React app of the target
 * (size-limit: esbuild minified, gzip level 9, React left out), with every text of the section and with only
 * the text with a number argument (and the fallback), against the sentences alone.
 */

/** The sentence floor of `texts`: the literal text of every source, as string literals alone. */
function floorBytes(texts: PeerTexts): number {
  const sources = [...texts.messages.map((message) => message.source), texts.fallback];
  return sentencesGzipBytes(sentencesOf(sources.map((source) => parse(source))));
}

function packagesText(contender: Contender): string {
  if (contender.id === 'ours') return 'this repository';
  if (contender.packages.length === 0) return 'none';
  return contender.packages.map((name) => `\`${name}\` ${installedVersion(name)}`).join(', ');
}

/** Measures every contender's apps; returns the Markdown between the `peers-size` markers. */
export async function measurePeerSizes(): Promise<string> {
  const texts = readPeerTexts();
  const number = texts.messages.find((message) => message.key === numberCase.key)!;
  const oneText = onlyCodes(texts, [number.code]);
  const root = peerAppsRoot('size');
  rmSync(root, { recursive: true, force: true });
  const allDirs = writePeerApps(join(root, 'all'), texts, contenders);
  const subsets = contenders.filter((contender) => contender.subsets);
  const oneDirs = writePeerApps(join(root, 'one'), oneText, subsets);
  // A row per contender, then per size variant of it: the app with every text, and with one text if it can.
  const rows: { contender: Contender; label: string; all: string; one: string | undefined }[] = [];
  for (const contender of contenders) {
    const allDir = allDirs.get(contender.id)!;
    const oneDir = oneDirs.get(contender.id);
    rows.push({
      contender,
      label: contender.label,
      all: join(allDir, 'app.mjs'),
      one: oneDir && join(oneDir, 'app.mjs'),
    });
    for (const [index, variant] of (contender.sizeVariants ?? []).entries())
      rows.push({
        contender,
        label: `${contender.label}, ${variant.label}`,
        all: await bundleVariant(allDir, variant, index),
        one: oneDir && (await bundleVariant(oneDir, variant, index)),
      });
  }
  const files = rows.flatMap((row) => (row.one === undefined ? [row.all] : [row.all, row.one]));
  const measured = await measureEntryPoints(
    files.map((file) => ({ packageName: file, subpath: '.', file, external: sharedExternals })),
  );
  const sizeOf = (file: string) => measured[files.indexOf(file)]!;
  rmSync(root, { recursive: true, force: true });
  const floorAll = floorBytes(texts);
  // A contender's own row comes before its variants.
  const [oursBytes, floorAppBytes] = ['ours', 'floor'].map((id) => {
    const row = rows.find((candidate) => candidate.contender.id === id);
    return row && sizeOf(row.all);
  });
  return [
    `| contender | packages | app, ${texts.messages.length} texts + fallback | beyond the sentences | × floor | × ours | app, one text (\`${numberCase.key}\`) + fallback |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(({ contender, label, all, one }) => {
      const size = sizeOf(all);
      const oneSize = one === undefined ? 'n/a (a pack per section)' : formatBytes(sizeOf(one));
      const name = contender.id === 'ours' && label === contender.label ? `**${label}**` : label;
      return `| ${name} | ${packagesText(contender)} | ${formatBytes(size)} | ${formatBytes(size - floorAll)} | ${ratio(size, floorAppBytes)} | ${ratio(size, oursBytes)} | ${oneSize} |`;
    }),
    `| the sentences alone (string literals, nothing around them) | | ${formatBytes(floorAll)} | 0 B | | | ${formatBytes(floorBytes(oneText))} |`,
  ].join('\n');
}
