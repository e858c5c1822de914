import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CatalogEntry, createResolver, entries, type Register, sections } from '@smspartner-i18n/core';
import * as en from '@smspartner-i18n/locale-en';
import * as fr from '@smspartner-i18n/locale-fr';
import {
  createTranslator,
  defaultProblemTypeBase,
  SmsPartnerError,
  toProblemDetails,
} from '@smspartner-i18n/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, siteCatalogJson, siteLanguages } from '../build-site.ts';
import manifest from '../package.json' with { type: 'json' };
import { languages as appLanguages, languageNames } from './locales.ts';
import {
  allPages,
  entryPage,
  type Page,
  pageData,
  pageFromData,
  pageFromPath,
  pagePath,
  siteUrl,
} from './site.ts';
import { llmsFullTxt, llmsTxt, type SiteFacts, sitemapXml } from './site-files.ts';

const resolvers = new Map(
  ['en', 'fr'].map((lng) => [lng, createResolver({ packs: [en.pack, fr.pack], locale: lng })]),
);
let facts: SiteFacts;

beforeAll(async () => {
  facts = {
    siteUrl,
    languages: await siteLanguages(),
    languageNames,
    text: (lng: string, register: Register, entry: CatalogEntry) =>
      resolvers.get(lng)!.explain(entry.section, entry.code, { register }).text,
  };
});

/** A text as written in locales/ when it has no ICU argument (then it is shown as is). */
function plainSource(lng: 'en' | 'fr', register: Register, key: string): string | undefined {
  const text = (lng === 'en' ? en : fr)[register][key as keyof typeof en.official];
  return text !== undefined && !text.includes('{') ? text : undefined;
}

describe('the site’s pages', () => {
  it('has a language per locale package the explorer depends on, all of which the app can show', () => {
    const packages = Object.keys(manifest.dependencies).filter((name) =>
      name.startsWith('@smspartner-i18n/locale-'),
    );
    expect(facts.languages).toHaveLength(packages.length);
    expect(facts.languages).toEqual(expect.arrayContaining([en.locale, fr.locale]));
    expect([...appLanguages]).toEqual(expect.arrayContaining([...facts.languages]));
  });

  it('gives every page its own folder, and the browser finds the page back from data-page', () => {
    const pages = allPages(facts.languages);
    const paths = pages.map(pagePath);
    expect(new Set(paths).size).toBe(pages.length);
    for (const page of pages) {
      const back = pageFromData(JSON.parse(JSON.stringify(pageData(page))), facts.languages);
      expect(pagePath(back)).toBe(pagePath(page));
    }
    expect(pagePath(entryPage('fr', entries.find((entry) => entry.code === 'not delivered')!))).toBe(
      'fr/sms.deliveryStatus/not%20delivered/',
    );
    expect(
      pageFromData({ kind: 'entry', lng: 'fr', section: 'sms.send', code: 424242 }, facts.languages),
    ).toEqual({
      kind: 'home',
    });
  });

  it('finds the page from its address in any sub-folder (the development server), and the home page otherwise', () => {
    for (const page of allPages(facts.languages)) {
      expect(pagePath(pageFromPath(`/${pagePath(page)}`, facts.languages))).toBe(pagePath(page));
      expect(pagePath(pageFromPath(`/smspartner-i18n/${pagePath(page)}index.html`, facts.languages))).toBe(
        pagePath(page),
      );
    }
    expect(pageFromPath('/fr/sms.send/424242/', facts.languages)).toEqual({ kind: 'home' });
    expect(pageFromPath('/xx/sms.send/11/', facts.languages)).toEqual({ kind: 'home' });
    expect(pageFromPath('/fr/sms.send/%E0%A4%A/', facts.languages)).toEqual({ kind: 'home' });
  });

  it('is where @smspartner-i18n/node’s problem types point, for every code', () => {
    expect(defaultProblemTypeBase).toBe(siteUrl);
    expect(manifest.homepage).toBe(siteUrl);
    const pages = new Set(allPages(facts.languages).map((page) => siteUrl + pagePath(page)));
    for (const entry of entries) {
      const { problem } = toProblemDetails(
        new SmsPartnerError({ section: entry.section, code: entry.code }),
        createTranslator({ locale: 'fr' }),
      );
      expect(problem.type, entry.key).toBe(siteUrl + pagePath(entryPage('en', entry)));
      expect(pages.has(problem.type), problem.type).toBe(true);
    }
  });
});

describe('sitemap.xml', () => {
  it('lists every page once, each with its alternates in every language and x-default', () => {
    const xml = sitemapXml(facts);
    const document = new DOMParser().parseFromString(xml, 'application/xml');
    expect(document.documentElement.tagName).toBe('urlset');
    const urls = [...document.getElementsByTagName('url')];
    const pages: Page[] = allPages(facts.languages);
    expect(urls.map((url) => url.getElementsByTagName('loc')[0]?.textContent)).toEqual(
      pages.map((page) => siteUrl + pagePath(page)),
    );
    for (const url of urls) {
      const alternates = [...url.getElementsByTagName('xhtml:link')].map((link) =>
        link.getAttribute('hreflang'),
      );
      expect(alternates).toEqual([...facts.languages, 'x-default']);
    }
    for (const entry of entries) {
      for (const lng of facts.languages)
        expect(xml).toContain(`<loc>${siteUrl}${pagePath(entryPage(lng, entry))}</loc>`);
    }
  });
});

describe('llms.txt', () => {
  it('follows llmstxt.org: a title, a summary, then sections of links', () => {
    const lines = llmsTxt(facts).split('\n');
    expect(lines[0]).toMatch(/^# \S/);
    expect(lines.find((line, index) => index > 0 && line !== '')).toMatch(/^> \S/);
    const headings = lines.filter((line) => line.startsWith('## '));
    expect(headings).toEqual(
      expect.arrayContaining([
        '## Data',
        '## Optional',
        ...sections.map((section) => `## ${section.id}: ${section.heading.en}`),
      ]),
    );
    // Every item of a list is a Markdown link, then an optional note.
    for (const line of lines.filter((item) => item.startsWith('- ')))
      expect(line).toMatch(/^- \[[^\]]+\]\(https:\/\/[^)\s]+\)(: .+)?$/);
  });

  it('links every code’s page with its official English text and key', () => {
    const text = llmsTxt(facts);
    for (const entry of entries) {
      const line = text
        .split('\n')
        .find((item) => item.includes(`](${siteUrl}${pagePath(entryPage('en', entry))})`));
      expect(line, entry.key).toBeDefined();
      expect(line).toContain(`\`${entry.key}\``);
      const official = plainSource('en', 'official', entry.key);
      if (official !== undefined) expect(line).toContain(official.replace(/\s+/g, ' ').trim());
    }
  });
});

describe('llms-full.txt', () => {
  it('has every code with its key, its pages and its texts in every language and register', () => {
    const text = llmsFullTxt(facts);
    const blocks = text.split('\n### ').slice(1);
    expect(blocks).toHaveLength(entries.length);
    entries.forEach((entry, index) => {
      const block = blocks[index]!;
      expect(block.startsWith(`${entry.section} ${entry.code}`), entry.key).toBe(true);
      expect(block).toContain(`- Key: \`${entry.key}\``);
      for (const lng of facts.languages) {
        expect(block).toContain(`[${lng}](${siteUrl}${pagePath(entryPage(lng, entry))})`);
        for (const register of ['official', 'friendly'] as const) {
          const line = block.split('\n').find((item) => item.startsWith(`- ${lng} ${register}: `));
          expect(line, `${entry.key} ${lng} ${register}`).toBeDefined();
          expect(line!.length).toBeGreaterThan(`- ${lng} ${register}: `.length);
          const source = plainSource(lng as 'en' | 'fr', register, entry.key);
          if (source !== undefined)
            expect(line).toBe(`- ${lng} ${register}: ${source.replace(/\s+/g, ' ').trim()}`);
        }
      }
      expect(block).toContain('- What an app should do: ');
    });
  });
});

describe('catalog.json', () => {
  it('is the core catalog with its source: the reference pages, their date and SHA-256', () => {
    const published = JSON.parse(siteCatalogJson()) as {
      source: { copied: string; edition: string; pages: { file: string; sha256: string }[] };
      entries: unknown[];
      sections: unknown[];
    };
    expect(published.entries).toEqual(JSON.parse(JSON.stringify(entries)));
    expect(published.sections).toHaveLength(sections.length);
    expect(published.source.copied).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(published.source.edition).toMatch(/^\d{4}$/);
    expect(published.source.pages.map((page) => page.file)).toEqual(
      expect.arrayContaining([
        'reference/smspartner-error-codes.en.md',
        'reference/smspartner-error-codes.fr.md',
      ]),
    );
    for (const page of published.source.pages) {
      const actual = createHash('sha256')
        .update(readFileSync(join(repoRoot, page.file)))
        .digest('hex');
      expect(page.sha256, page.file).toBe(actual);
    }
  });
});
