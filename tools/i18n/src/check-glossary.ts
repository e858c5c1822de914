import { type Finding, languageOf, type TextRule } from './check-rules.ts';

/** A friendly text that uses a variant the glossary forbids fails, naming the term to use. */
export const checkGlossary: TextRule = ({ locale, register, source, glossary }) => {
  if (register !== 'friendly') return [];
  const found: Finding[] = [];
  // An exact column (`pt-BR`) wins over the language's (`pt`).
  const columns = [locale, languageOf(locale)];
  for (const entry of glossary.entries) {
    const language = columns.find((column) => entry.avoid[column] !== undefined);
    if (language === undefined) continue;
    for (const variant of entry.avoid[language]!) {
      const match = variant.pattern.exec(source);
      if (!match) continue;
      const term = entry.terms[language] ?? entry.terms[languageOf(language)];
      found.push({
        severity: 'error',
        rule: 'glossary',
        offset: match.index,
        message: `"${match[0]}" is a variant the glossary rules out (locales/glossary.md:${entry.position.line}); write "${term}"${entry.usage ? ` (${entry.usage})` : ''}`,
      });
    }
  }
  return found;
};
