import { relative, resolve, sep } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import type { ReviewData, ReviewProblem, TranslatorNote } from './src/review-data.ts';

type Tools = typeof import('@smspartner-i18n/i18n-tools');

/**
 * The translator tooling is TypeScript run from source (a private workspace
 * package); Vite bundles this config for Node, which cannot load `.ts`
 * files by itself, so the tools are imported through tsx when needed.
 */
function loadTools(): Promise<Tools> {
  return tsImport('@smspartner-i18n/i18n-tools', import.meta.url) as Promise<Tools>;
}

const virtualId = 'virtual:smspartner-review';
const resolvedId = `\0${virtualId}`;

/**
 * The review data, computed at build time with the repository's own
 * translator tooling: the translator context of every key, the keys each
 * locale still has in English, and every problem the checker reports,
 * with the locale and register of the file it is in.
 */
export async function buildReviewData(repoRoot: string): Promise<ReviewData> {
  const { checkLocales, textLengths, translatorContexts } = await loadTools();
  const localesDir = resolve(repoRoot, 'locales');
  const result = checkLocales({ localesDir });
  const problems: ReviewProblem[] = result.problems.map((problem) => {
    const path = relative(repoRoot, problem.file).split(sep);
    // locales/<lng>/<register>/<file>.json
    const locale = path[0] === 'locales' ? path[1] : undefined;
    const register = path[2] === 'official' || path[2] === 'friendly' ? path[2] : undefined;
    return {
      severity: problem.severity,
      rule: problem.rule,
      message: problem.message,
      ...(problem.key === undefined ? {} : { key: problem.key }),
      ...(locale === undefined ? {} : { locale }),
      ...(register === undefined ? {} : { register }),
      where: `${path.join('/')}:${problem.line}:${problem.column}`,
    };
  });
  const untranslated: Record<string, { official: string[]; friendly: string[] }> = {};
  for (const [locale, lists] of result.untranslated) {
    untranslated[locale] = { official: [...lists.official], friendly: [...lists.friendly] };
  }
  const contexts: Record<string, TranslatorNote> = {};
  for (const [key, context] of translatorContexts()) {
    contexts[key] = {
      key,
      when: context.when,
      audience: context.audience,
      ...(context.note === undefined ? {} : { note: context.note }),
      arguments: context.arguments,
      ...(context.group === undefined ? {} : { group: context.group }),
      aliases: context.aliases,
    };
  }
  return { contexts, untranslated, problems, lengths: textLengths(result) };
}

/** Serves `virtual:smspartner-review`; in dev, editing a file of locales/ reloads it. */
export function reviewDataPlugin(repoRoot: string): Plugin {
  const localesDir = resolve(repoRoot, 'locales');
  return {
    name: 'smspartner-review-data',
    resolveId: (source) => (source === virtualId ? resolvedId : undefined),
    async load(id) {
      if (id !== resolvedId) return undefined;
      this.addWatchFile(localesDir);
      return `export default ${JSON.stringify(await buildReviewData(repoRoot))};`;
    },
    configureServer(server) {
      server.watcher.add(localesDir);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(localesDir)) return;
        const module = server.moduleGraph.getModuleById(resolvedId);
        if (module !== undefined) {
          server.moduleGraph.invalidateModule(module);
          server.ws.send({ type: 'full-reload' });
        }
      });
    },
  };
}
