import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import type { ExplorerLanguage } from './src/locale-list.ts';

type Tools = typeof import('@smspartner-i18n/i18n-tools');

const virtualId = 'virtual:smspartner-locales';
const resolvedId = `\0${virtualId}`;

/** `Français`, `Español`: the language's name in itself, as a language switch shows it. */
function nameOf(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

/**
 * The languages the explorer shows: every language of locales/ whose
 * package (`@smspartner-i18n/locale-<lng>`) the explorer depends on, English
 * first, with how many texts of each register are still English. A new
 * language (`pnpm i18n:add-locale`, which adds the dependency) appears with
 * no change to the explorer's code.
 */
export async function discoverLanguages(repoRoot: string, manifestPath: string): Promise<ExplorerLanguage[]> {
  const tools = (await tsImport('@smspartner-i18n/i18n-tools', import.meta.url)) as Tools;
  const localesDir = resolve(repoRoot, 'locales');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const dependencies = new Set(Object.keys(manifest.dependencies ?? {}));
  const checked = tools.checkLocales({ localesDir });
  return tools
    .discoverLocales(localesDir)
    .filter((tag) => dependencies.has(tools.packageNameOf(tag)))
    .map((tag) => {
      const untranslated = checked.untranslated.get(tag);
      return {
        tag,
        name: nameOf(tag),
        packageName: tools.packageNameOf(tag),
        untranslated: {
          official: untranslated?.official.size ?? 0,
          friendly: untranslated?.friendly.size ?? 0,
        },
      };
    });
}

/** Serves `virtual:smspartner-locales`: the languages, and a loader (its own chunk) per language but English. */
export function localesPlugin(repoRoot: string, manifestPath: string): Plugin {
  return {
    name: 'smspartner-locales',
    resolveId: (source) => (source === virtualId ? resolvedId : undefined),
    async load(id) {
      if (id !== resolvedId) return undefined;
      this.addWatchFile(manifestPath);
      const languages = await discoverLanguages(repoRoot, manifestPath);
      const loaders = languages
        .filter((language) => language.tag !== 'en')
        .map(
          (language) =>
            `  ${JSON.stringify(language.tag)}: () => import(${JSON.stringify(language.packageName)}),`,
        );
      return [
        `export const languages = ${JSON.stringify(languages)};`,
        'export const loaders = {',
        ...loaders,
        '};',
        '',
      ].join('\n');
    },
  };
}
