// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { entries, lookup } from '@smspartner-i18n/core';
import type { BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, siteLanguages } from '../../build-site.ts';
import { allPages, pageLanguage, pagePath, siteUrl } from '../site.ts';
import { appDir, hasChromium, launch, lowestTextContrast, requireChromiumInCi, serve } from './harness.ts';

const repoRoot = resolve(appDir, '../..');

requireChromiumInCi('explorer site e2e');

/** A text as translators wrote it in locales/ (for texts without ICU arguments, also what is shown). */
function localeText(lng: string, register: 'official' | 'friendly', key: string): string {
  const section = key.slice(0, key.lastIndexOf('.'));
  const file = join(repoRoot, `locales/${lng}/${register}/${section}.json`);
  const text = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)[key];
  if (text === undefined) throw new Error(`site e2e: ${file} has no "${key}"`);
  return text;
}

const decodeEntities = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

interface Crawled {
  readonly status: number;
  readonly lang: string | undefined;
  readonly title: string | undefined;
}

describe.skipIf(!hasChromium())('the static site: a page per code and language', { timeout: 120_000 }, () => {
  let outDir: string;
  let profileDir: string;
  let server: PreviewServer;
  let browser: BrowserContext;
  let staticBrowser: BrowserContext;
  let baseUrl: string;
  let languages: string[];
  const requests: string[] = [];

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'explorer-site-dist-'));
    profileDir = mkdtempSync(join(tmpdir(), 'explorer-site-profile-'));
    languages = await siteLanguages();
    await buildSite({ outDir, logLevel: 'error' });
    ({ server, baseUrl } = await serve(outDir));
    browser = await launch(join(profileDir, 'js'));
    staticBrowser = await launch(join(profileDir, 'no-js'), { javaScriptEnabled: false });
    for (const context of [browser, staticBrowser])
      context.on('request', (request) => requests.push(request.url()));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await staticBrowser?.close();
    await server?.close();
    for (const dir of [outDir, profileDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The local address of a public one (canonical and alternate links name the public site). */
  const local = (url: string) => (url.startsWith(siteUrl) ? baseUrl + url.slice(siteUrl.length) : url);

  it('reaches every page from the home page by its links, with no broken link, each with a title and a lang', async () => {
    const seen = new Map<string, Crawled>();
    const broken: string[] = [];
    const external = new Set<string>();
    let queue = [baseUrl];
    const enqueued = new Set(queue);
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      await Promise.all(
        batch.map(async (url) => {
          const response = await fetch(url, { redirect: 'manual' });
          const type = response.headers.get('content-type') ?? '';
          const body = await response.text();
          if (response.status !== 200) return void broken.push(`${url}: HTTP ${response.status}`);
          if (!type.startsWith('text/html'))
            return void seen.set(url, { status: 200, lang: undefined, title: undefined });
          seen.set(url, {
            status: response.status,
            lang: /<html lang="([^"]*)"/.exec(body)?.[1],
            title: /<title>([^<]*)<\/title>/.exec(body)?.[1],
          });
          for (const [, raw] of body.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
            const href = decodeEntities(raw!);
            if (href.startsWith('data:')) continue;
            const target = new URL(local(href), url);
            target.hash = '';
            if (target.origin !== new URL(baseUrl).origin) {
              external.add(target.href);
              continue;
            }
            if (!enqueued.has(target.href)) {
              enqueued.add(target.href);
              queue.push(target.href);
            }
          }
        }),
      );
    }
    expect(broken, 'links that do not answer 200').toEqual([]);
    expect([...external], 'links that leave the site').toEqual([]);

    const pages = allPages(languages);
    expect(pages.length).toBe(1 + languages.length * (1 + 12 + entries.length));
    const missing = pages.map((page) => baseUrl + pagePath(page)).filter((url) => !seen.has(url));
    expect(missing, 'pages no link leads to').toEqual([]);
    for (const page of pages) {
      const crawled = seen.get(baseUrl + pagePath(page))!;
      expect(crawled.lang, pagePath(page)).toBe(pageLanguage(page));
      expect(crawled.title?.trim(), pagePath(page)).not.toBe('');
      if (page.kind === 'entry')
        expect(crawled.title, pagePath(page)).toContain(`${page.entry.section} ${page.entry.code}`);
    }
    // As on GitHub Pages, a page's address without its final slash leads to the folder.
    const bare = await fetch(`${baseUrl}fr/sms.deliveryStatus/not%20delivered`, { redirect: 'manual' });
    expect([bare.status, bare.headers.get('location')]).toEqual([
      301,
      '/fr/sms.deliveryStatus/not%20delivered/',
    ]);
    // The files for programs are linked from every page, and served.
    for (const file of ['sitemap.xml', 'llms.txt', 'llms-full.txt', 'catalog.json'])
      expect(seen.has(baseUrl + file)).toBe(true);
  });

  async function openStatic(path: string): Promise<Page> {
    const page = await staticBrowser.newPage();
    const response = await page.goto(baseUrl + path);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  it('shows a code’s page with JavaScript off: texts, name, key, section, metadata in words, advice, usage', async () => {
    const page = await openStatic('fr/sms.send/11/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    // The head is in the page's language too.
    expect(await page.title()).toBe('sms.send 11\u202f: Crédit insuffisant · API SMSPartner');
    const detail = page.getByRole('region', { name: /sms\.send\s+11/ });
    expect(await detail.getByTestId('text-official-fr').textContent()).toBe('Crédit insuffisant');
    expect(await detail.getByTestId('text-friendly-fr').textContent()).toBe(
      localeText('fr', 'friendly', 'sms.send.insufficientCredit'),
    );
    expect(await detail.getByTestId('text-official-en').textContent()).toBe('Insufficient credit');
    const text = (await detail.textContent()) ?? '';
    for (const expected of [
      'sms.send.insufficientCredit',
      // The page's own words are French on a French page.
      'Seul le titulaire du compte',
      'Réessayer ne sert à rien',
      'Ce qu’une application doit faire',
      '<SmsPartnerMessage section="sms.send" code={11} />',
      "createTranslator({ locale: 'fr' })",
      `${siteUrl}en/sms.send/11/`,
    ]) {
      expect(text, expected).toContain(expected);
    }
    // The list of the section's codes is there too, as links.
    expect(await page.getByRole('link', { name: 'sms.send 10', exact: true }).getAttribute('href')).toBe(
      '../../../fr/sms.send/10/',
    );

    // The head: description, canonical, alternates and the JSON-LD term.
    const head = await page.evaluate(() => ({
      description: document.querySelector('meta[name="description"]')?.getAttribute('content'),
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      alternates: [...document.querySelectorAll('link[rel="alternate"]')].map(
        (link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`,
      ),
      jsonLd: JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null'),
    }));
    expect(head.description).toBe(
      `Erreur 11 de SMSPartner (sms.send, sms.send.insufficientCredit)\u202f: «\u202fCrédit insuffisant\u202f». ${localeText('fr', 'friendly', 'sms.send.insufficientCredit')}`,
    );
    expect(head.canonical).toBe(`${siteUrl}fr/sms.send/11/`);
    expect(head.alternates).toEqual([
      ...languages.map((lng) => `${lng} ${siteUrl}${lng}/sms.send/11/`),
      `x-default ${siteUrl}en/sms.send/11/`,
    ]);
    expect(head.jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'DefinedTerm',
      termCode: '11',
      inLanguage: 'fr',
      url: `${siteUrl}fr/sms.send/11/`,
      inDefinedTermSet: {
        '@type': 'DefinedTermSet',
        url: `${siteUrl}fr/sms.send/`,
        name: 'Codes sms.send de SMSPartner\u202f: Envoi de SMS',
      },
    });
    await page.close();
  });

  it('names the code on HLR pages, and its language links lead to the same code in the other language', async () => {
    const entry = lookup('hlr.error', 'EC_UNKNOWN_SUBSCRIBER')!;
    const page = await openStatic(`en/hlr.error/${entry.code}/`);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toContain(
      'EC_UNKNOWN_SUBSCRIBER',
    );
    expect(await page.title()).toContain('EC_UNKNOWN_SUBSCRIBER');
    for (const lng of languages.filter((other) => other !== 'en')) {
      await page
        .getByRole('navigation', { name: 'Pages of the site' })
        .locator(`a[hreflang="${lng}"]`)
        .click();
      await page.waitForURL(`${baseUrl}${lng}/hlr.error/${entry.code}/`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lng);
      expect(await page.getByTestId(`text-official-${lng}`).textContent()).toBe(
        localeText(lng, 'official', entry.key),
      );
      await page.locator('nav.site-nav').locator('a[hreflang="en"]').click();
      await page.waitForURL(`${baseUrl}en/hlr.error/${entry.code}/`);
    }
    // A section page lists its codes, each linking to its page.
    await page.getByRole('link', { name: 'hlr.error', exact: true }).click();
    await page.waitForURL(`${baseUrl}en/hlr.error/`);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toContain('hlr.error');
    const rows = page.getByRole('table', { name: /SMSPartner codes/ }).getByRole('row');
    expect(await rows.count()).toBe(entries.filter((other) => other.section === 'hlr.error').length + 1);
    await page.close();
  });

  it('hydrates every kind of page without an error, and search and filters work on a code’s page', async () => {
    const samples = [
      '',
      'fr/',
      'en/sms.dlr/',
      'fr/sms.deliveryStatus/not%20delivered/',
      'en/vms/NOT_CREDIT/',
      'fr/sms.send/11/',
    ];
    for (const path of samples) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
      });
      await page.goto(baseUrl + path);
      await page.locator('#root[data-state="interactive"]').waitFor();
      if (path === 'fr/sms.send/11/') {
        await page.getByLabel('Section', { exact: true }).selectOption('all');
        await page
          .getByRole('searchbox', { name: /Search by code, name or text/ })
          .fill('EC_UNKNOWN_SUBSCRIBER');
        await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^1 of 226 codes match/);
        expect(await page.getByRole('link', { name: /^hlr\.error / }).getAttribute('href')).toMatch(
          /^\.\.\/\.\.\/\.\.\/fr\/hlr\.error\/\d+\/$/,
        );
      }
      await page.close();
      expect(errors.join('\n'), `errors on /${path}`).toBe('');
    }
  });

  it('keeps every text at a contrast of at least 4.5:1 (WCAG AA), with and without JavaScript', async () => {
    for (const [context, path] of [
      [staticBrowser, 'fr/sms.send/11/'],
      [staticBrowser, 'en/hlr.error/'],
      [browser, 'en/hlr.error/1/'],
      [browser, 'fr/'],
    ] as const) {
      const page = await context.newPage();
      await page.goto(baseUrl + path);
      if (context === browser) await page.locator('#root[data-state="interactive"]').waitFor();
      const worst = await page.evaluate(lowestTextContrast);
      expect(worst.ratio, `/${path}: ${worst.sample}`).toBeGreaterThanOrEqual(4.5);
      await page.close();
    }
    const foreign = requests.filter((url) => !url.startsWith(baseUrl) && !url.startsWith('data:'));
    expect(foreign, 'requests that left 127.0.0.1').toEqual([]);
  });
});
