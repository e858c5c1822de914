import { type CatalogEntry, entries, type Register, type SectionId, sections } from '@smspartner-i18n/core';
import { registers } from '@smspartner-i18n/core/runtime';
import { allPages, homeLanguage, inLanguage, type Page, pagePath } from './site.ts';
import { uiText } from './ui-text.ts';

/** The text of a code in a language and register, as an app shows it (the resolver of the built packs). */
export type TextOf = (lng: string, register: Register, entry: CatalogEntry) => string;

export interface SiteFacts {
  /** The public address, with a trailing slash. */
  readonly siteUrl: string;
  /** The languages of the pages, from the locale packages. */
  readonly languages: readonly string[];
  readonly languageNames: Readonly<Record<string, string>>;
  readonly text: TextOf;
}

const xmlEscapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => xmlEscapes[char]!);
}

/** A Markdown link's text, with the characters that would end it escaped. */
function linkText(text: string): string {
  return text.replace(/([\\[\]])/g, '\\$1');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function pageUrl(facts: SiteFacts, page: Page): string {
  return facts.siteUrl + pagePath(page);
}

/** The alternates of a page, one per language, and `x-default`: the home page, or the English page. */
export function alternatesOf(facts: SiteFacts, page: Page): { hreflang: string; href: string }[] {
  const alternates = facts.languages.map((lng) => ({
    hreflang: lng,
    href: pageUrl(facts, inLanguage(page, lng)),
  }));
  const fallback =
    page.kind === 'home' || page.kind === 'language'
      ? ({ kind: 'home' } as const)
      : inLanguage(page, homeLanguage);
  return [...alternates, { hreflang: 'x-default', href: pageUrl(facts, fallback) }];
}

/** `/sitemap.xml`: every page, with its language alternates. */
export function sitemapXml(facts: SiteFacts): string {
  const urls = allPages(facts.languages).map((page) => {
    const links = alternatesOf(facts, page)
      .map(
        (link) =>
          `    <xhtml:link rel="alternate" hreflang="${xml(link.hreflang)}" href="${xml(link.href)}"/>`,
      )
      .join('\n');
    return `  <url>\n    <loc>${xml(pageUrl(facts, page))}</loc>\n${links}\n  </url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

const summary =
  'Every error and status code of the SMSPartner API (SMS, delivery reports, HLR, voice messages, mail, sub-accounts, contact-file rental), each with a stable key, its metadata (who can fix it, retryable or not, final or not) and two texts per language: SMSPartner’s official wording and a friendly sentence for end users.';

function entryTitle(entry: CatalogEntry): string {
  const name = entry.name !== undefined && entry.name !== String(entry.code) ? ` ${entry.name}` : '';
  return `${entry.section} ${entry.code}${name}`;
}

function sectionHeading(section: (typeof sections)[number], lng: string): string {
  return (section.heading as Readonly<Record<string, string>>)[lng] ?? section.heading.en;
}

function sectionEntries(id: SectionId): CatalogEntry[] {
  return entries.filter((entry) => entry.section === id);
}

/** `/llms.txt` (llmstxt.org): a title, a summary, then links to every section and code and to the data. */
export function llmsTxt(facts: SiteFacts): string {
  const lines = [
    '# SMSPartner API codes',
    '',
    `> ${summary}`,
    '',
    `The pages are in ${facts.languages.map((lng) => facts.languageNames[lng] ?? lng).join(', ')}: the language is the first part of the path (${facts.languages.map((lng) => `\`/${lng}/\``).join(', ')}). A code's page is \`/<language>/<section>/<code>/\`; the npm packages \`@smspartner-i18n/react\` and \`@smspartner-i18n/node\` show the same texts in an app, and \`toProblemDetails\` of \`@smspartner-i18n/node\` links its problems' \`type\` to these pages.`,
    '',
    '## Data',
    '',
    `- [llms-full.txt](${facts.siteUrl}llms-full.txt): every code with its metadata and all its texts, in Markdown`,
    `- [catalog.json](${facts.siteUrl}catalog.json): the catalog as JSON, with its source (SMSPartner's reference pages, their date and SHA-256)`,
    `- [sitemap.xml](${facts.siteUrl}sitemap.xml): every page`,
  ];
  for (const section of sections) {
    lines.push(
      '',
      `## ${section.id}: ${section.heading.en}`,
      '',
      `${section.description} [All ${section.size} codes](${pageUrl(facts, { kind: 'section', lng: homeLanguage, section: section.id })}).`,
      '',
    );
    for (const entry of sectionEntries(section.id)) {
      const page: Page = { kind: 'entry', lng: homeLanguage, entry };
      lines.push(
        `- [${linkText(entryTitle(entry))}](${pageUrl(facts, page)}): ${oneLine(facts.text(homeLanguage, 'official', entry))} (\`${entry.key}\`)`,
      );
    }
  }
  lines.push('', '## Optional', '');
  for (const lng of facts.languages) {
    lines.push(
      `- [${facts.languageNames[lng] ?? lng}](${pageUrl(facts, { kind: 'language', lng })}): the catalog in ${lng}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `/llms-full.txt`: every code, its metadata in words, what an app should do, and every text, in Markdown. */
export function llmsFullTxt(facts: SiteFacts): string {
  const english = uiText('en');
  const lines = ['# SMSPartner API codes: the full catalog', '', `> ${summary}`, ''];
  for (const section of sections) {
    const headings = [...new Set(facts.languages.map((lng) => sectionHeading(section, lng)))].join(' / ');
    lines.push(`## ${section.id}: ${headings}`, '', `${section.description} ${section.size} codes.`, '');
    for (const entry of sectionEntries(section.id)) {
      lines.push(`### ${entryTitle(entry)}`, '');
      lines.push(`- Key: \`${entry.key}\``);
      lines.push(`- Section: \`${entry.section}\`; code: \`${entry.code}\``);
      if (entry.aliases.length > 0)
        lines.push(`- Also listed as: ${entry.aliases.map((alias) => `\`${alias}\``).join(', ')}`);
      lines.push(
        `- Pages: ${facts.languages.map((lng) => `[${lng}](${pageUrl(facts, { kind: 'entry', lng, entry })})`).join(' · ')}`,
      );
      for (const lng of facts.languages) {
        for (const register of registers) {
          lines.push(`- ${lng} ${register}: ${oneLine(facts.text(lng, register, entry))}`);
        }
      }
      lines.push(`- In words: ${english.metadataInWords(entry).join(' ')}`);
      lines.push(`- What an app should do: ${english.appAdvice(entry).join(' ')}`);
      if (entry.note !== undefined) lines.push(`- Note: ${oneLine(entry.note)}`);
      lines.push('');
    }
  }
  return lines.join('\n');
}
