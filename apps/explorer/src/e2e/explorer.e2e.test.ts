// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const appDir = fileURLToPath(new URL('../..', import.meta.url));
const repoRoot = resolve(appDir, '../..');
const artifactsDir = join(repoRoot, 'artifacts');
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// The flags the toolchain notes prescribe: no sandbox (containers), nothing that calls home.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

function hasChromium(): boolean {
  try {
    return statSync(chromiumPath).isFile();
  } catch {
    return false;
  }
}

const inCi = process.env['CI'] === 'true' || process.env['CI'] === '1';
if (inCi && !hasChromium()) {
  // In CI the browser test must run: a missing browser is a failure, never a silent skip.
  throw new Error(
    `explorer e2e: no Chromium at ${chromiumPath} (CI=${process.env['CI']}); .ci/run installs it with apt-get install chromium`,
  );
}

/** A port nobody listens on right now, on the loopback interface only. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolvePort(address.port)
          : reject(new Error(`explorer e2e: could not read the port of ${String(address)}`)),
      );
    });
  });
}

/** Our French friendly text of a key, read from the file translators edit. */
function frenchFriendly(key: string): string {
  const file = join(repoRoot, 'locales/fr/friendly/sms.send.json');
  const texts = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const text = texts[key];
  if (text === undefined) throw new Error(`explorer e2e: ${file} has no "${key}"`);
  return text;
}

/**
 * Runs in the page: the lowest contrast between an element's text colour
 * and the background behind it (the nearest ancestor with an opaque one),
 * over every visible element that holds text.
 */
function lowestTextContrast(): { ratio: number; sample: string } {
  const channels = (color: string): number[] => (color.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r = 0, g = 0, b = 0]: number[]): number => {
    const linear = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const background = (element: Element | null): number[] => {
    for (let node = element; node !== null; node = node.parentElement) {
      const [r, g, b, alpha = 1] = channels(getComputedStyle(node).backgroundColor);
      if (alpha > 0.5 && r !== undefined) return [r, g ?? 0, b ?? 0];
    }
    return [255, 255, 255];
  };
  let worst = { ratio: 21, sample: 'no text' };
  for (const element of document.body.querySelectorAll('*')) {
    const ownText = [...element.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
    );
    const box = element.getBoundingClientRect();
    if (!ownText || box.width === 0 || box.height === 0 || element.closest('.skip-link, .visually-hidden'))
      continue;
    const foreground = luminance(channels(getComputedStyle(element).color));
    const behind = luminance(background(element));
    const ratio = (Math.max(foreground, behind) + 0.05) / (Math.min(foreground, behind) + 0.05);
    if (ratio < worst.ratio)
      worst = { ratio, sample: `${element.tagName} "${element.textContent?.trim().slice(0, 40)}"` };
  }
  return worst;
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
    const configFile = join(appDir, 'vite.config.ts');
    await build({ root: appDir, configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } });
    const port = await freePort();
    server = await preview({
      root: appDir,
      configFile,
      logLevel: 'error',
      build: { outDir },
      preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    });
    baseUrl = `http://127.0.0.1:${port}/`;
    browser = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
      viewport: { width: 1400, height: 1000 },
    });
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

    await row.getByRole('link', { name: 'sms.send 11', exact: true }).click();
    expect(new URL(page.url()).hash).toBe('#/sms.send/11');
    const detail = page.getByRole('region', { name: /sms\.send\s+11/ });
    await expect.poll(() => detail.getByTestId('text-official-fr').textContent()).toBe('Crédit insuffisant');
    await expect
      .poll(() => detail.getByTestId('text-friendly-fr').textContent())
      .toBe(frenchFriendly('sms.send.insufficientCredit'));
    expect(await detail.getByTestId('text-official-en').textContent()).toBe('Insufficient credit');
    // The heading has focus after following the link (keyboard and screen-reader users land on it).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('detail-heading');

    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: join(artifactsDir, 'explorer-sms.send-11-fr.png'), fullPage: false });
    await close(page);
  });

  it('opens a deep link, and serves everything from 127.0.0.1 only', async () => {
    const page = await open('#/hlr.error/EC_UNKNOWN_SUBSCRIBER');
    const detail = page.getByRole('region', { name: /hlr\.error/ });
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
