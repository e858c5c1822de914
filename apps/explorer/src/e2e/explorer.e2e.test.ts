// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../build-site.ts';
import { appDir, hasChromium, launch, lowestTextContrast, requireChromiumInCi, serve } from './harness.ts';

const repoRoot = resolve(appDir, '../..');
const artifactsDir = join(repoRoot, 'artifacts');

requireChromiumInCi('explorer e2e');

/** Our French friendly text of a key, read from the file translators edit. */
function frenchFriendly(key: string): string {
  const file = join(repoRoot, 'locales/fr/friendly/sms.send.json');
  const texts = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const text = texts[key];
  if (text === undefined) throw new Error(`explorer e2e: ${file} has no "${key}"`);
  return text;
}

describe.skipIf(!hasChromium())('explorer in a real browser (Chromium)', { timeout: 120_000 }, () => {
  let outDir: string;
  let profileDir: string;
  let server: PreviewServer;
  let browser: BrowserContext;
  let baseUrl: string;
  const requests: string[] = [];

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'explorer-e2e-dist-'));
    profileDir = mkdtempSync(join(tmpdir(), 'explorer-e2e-profile-'));
    await buildSite({ outDir, logLevel: 'error' });
    ({ server, baseUrl } = await serve(outDir));
    browser = await launch(profileDir);
    browser.on('request', (request) => requests.push(request.url()));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    for (const dir of [outDir, profileDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Errors the page logged or threw, per page: each test ends by asserting there were none. */
  const pageErrors = new WeakMap<Page, string[]>();

  async function open(path = ''): Promise<Page> {
    const page = await browser.newPage();
    const errors: string[] = [];
    pageErrors.set(page, errors);
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(baseUrl + path);
    await page.getByRole('heading', { level: 1, name: 'SMSPartner codes explorer' }).waitFor();
    // The page is readable at once; it answers to the controls once hydrated.
    await page.locator('#root[data-state="interactive"]').waitFor();
    return page;
  }

  async function close(page: Page): Promise<void> {
    const errors = pageErrors.get(page) ?? [];
    await page.close();
    expect(errors.join('\n'), 'errors in the page').toBe('');
  }

  it('switches to French, finds sms.send 11, shows the official and friendly French texts; screenshot', async () => {
    const page = await open();
    await expect.poll(() => page.getByRole('row').count()).toBe(227); // 225 codes of the page, the documented sms.send 9 and the header row
    const beforeFrench = requests.length;

    await page.getByRole('radio', { name: /Français/ }).check();
    await page.getByLabel('Section').selectOption('sms.send');
    await page.getByRole('searchbox', { name: /Search by code, name or text/ }).fill('11');
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'sms.send 11', exact: true }) });
    await expect.poll(() => row.textContent()).toContain(frenchFriendly('sms.send.insufficientCredit'));
    // French came as a separate chunk, asked for only once French was chosen.
    const frenchChunks = requests.slice(beforeFrench).filter((url) => url.endsWith('.js'));
    expect(frenchChunks.length).toBeGreaterThan(0);

    // The row links to the code's own page, in the language chosen.
    await row.getByRole('link', { name: 'sms.send 11', exact: true }).click();
    await page.waitForURL(`${baseUrl}fr/sms.send/11/`);
    const detail = page.getByRole('region', { name: /sms\.send\s+11/ });
    await expect.poll(() => detail.getByTestId('text-official-fr').textContent()).toBe('Crédit insuffisant');
    await expect
      .poll(() => detail.getByTestId('text-friendly-fr').textContent())
      .toBe(frenchFriendly('sms.send.insufficientCredit'));
    expect(await detail.getByTestId('text-official-en').textContent()).toBe('Insufficient credit');

    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: join(artifactsDir, 'explorer-sms.send-11-fr.png'), fullPage: false });
    await close(page);
  });

  it('opens a deep link, and serves everything from 127.0.0.1 only', async () => {
    const page = await open('#/hlr.error/EC_UNKNOWN_SUBSCRIBER');
    const detail = page.getByRole('region', { name: /hlr\.error/ });
    // The heading has focus after opening a deep link (keyboard and screen-reader users land on it).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('detail-heading');
    await expect.poll(() => detail.getByText('errorGrpId', { exact: false }).count()).toBeGreaterThan(0);
    await expect.poll(() => detail.getByTestId('text-official-fr').textContent()).not.toBe('');
    expect(await detail.getByRole('term').allTextContents()).toEqual(
      expect.arrayContaining([
        'Retryable',
        'Permanent (HLR)',
        'Final (status)',
        'HLR group',
        'Category',
        'Fixable by',
      ]),
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).hash).toBe('#/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe(
      'search',
    );
    await close(page);
    const foreign = requests.filter((url) => !url.startsWith(baseUrl) && !url.startsWith('data:'));
    expect(foreign).toEqual([]);
  });

  it('gives the texts room on a laptop screen: the longest HLR names wrap instead of widening their column', async () => {
    const page = await open();
    await page.setViewportSize({ width: 1200, height: 900 });
    const widthOf = (name: string) =>
      page
        .getByRole('columnheader', { name, exact: true })
        .evaluate((cell) => cell.getBoundingClientRect().width);
    const [text, name] = [await widthOf('Text'), await widthOf('Name')];
    expect(text, `Text column ${text}px beside Name ${name}px`).toBeGreaterThan(2 * name);
    const longest = page.getByRole('row', { name: /EC_NNR_NOTRANSLATIONFORANADDRESSOFSUCHNATURE/ });
    expect(await longest.getByRole('cell').nth(1).textContent()).toBe(
      'EC_NNR_NOTRANSLATIONFORANADDRESSOFSUCHNATURE',
    );
    await close(page);
  });

  it('fits a phone and a laptop screen: nothing but the code table scrolls sideways, no text runs over another', async () => {
    for (const width of [390, 1200])
      for (const path of ['', '#/hlr.error/1152', '#/review']) {
        const page = await open(path);
        await page.setViewportSize({ width, height: 900 });
        const where = `${path || '#/'} at ${width}px`;
        // The tables scroll in their own box (.table-scroll); the page itself never does.
        expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(
          width,
        );
        // Each metadata value stays within its row (a long key once ran over the translator context).
        const spills = await page.evaluate(() =>
          [...document.querySelectorAll('.meta .row')].flatMap((row) => {
            const box = row.getBoundingClientRect();
            return [...row.children]
              .filter((cell) => cell.getBoundingClientRect().right > box.right + 0.5)
              .map((cell) => cell.textContent ?? '');
          }),
        );
        expect(spills, where).toEqual([]);
        await close(page);
      }
  });

  it('keeps every text at a contrast of at least 4.5:1 (WCAG AA), on the list, an entry and the review', async () => {
    for (const path of ['', '#/sms.send/11', '#/review']) {
      const page = await open(path);
      await page.waitForLoadState('networkidle');
      const worst = await page.evaluate(lowestTextContrast);
      expect(worst.ratio, `${path || '#/'}: ${worst.sample}`).toBeGreaterThanOrEqual(4.5);
      await close(page);
    }
  });

  it('shows the translator review with sources and rendered texts in both languages', async () => {
    const page = await open('#/review');
    await page.getByRole('heading', { name: /Translator review/ }).waitFor();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/of 265 keys shown; 0 flagged\./);
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'sms.send.insufficientCredit' }) });
    await expect.poll(() => row.textContent()).toContain(frenchFriendly('sms.send.insufficientCredit'));
    // The field texts are reviewed like every other key, rendered with sample values.
    const field = page.getByRole('row').filter({ hasText: 'phoneNumbers.invalid' });
    await expect
      .poll(() => field.textContent())
      .toContain('The phone number 922264 is not valid. Check it, with its country code, and try again.');
    await page.screenshot({ path: join(artifactsDir, 'explorer-review.png') });
    await close(page);
  });
});
