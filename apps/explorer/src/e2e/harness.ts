import { statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';

export const appDir = fileURLToPath(new URL('../..', import.meta.url));
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
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

export function hasChromium(): boolean {
  try {
    return statSync(chromiumPath).isFile();
  } catch {
    return false;
  }
}

/** In CI the browser tests must run: a missing browser is a failure, never a silent skip. */
export function requireChromiumInCi(test: string): void {
  const inCi = process.env['CI'] === 'true' || process.env['CI'] === '1';
  if (inCi && !hasChromium()) {
    throw new Error(
      `${test}: no Chromium at ${chromiumPath} (CI=${process.env['CI']}); .ci/run installs it with apt-get install chromium`,
    );
  }
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

/**
 * `vite preview` of a built folder on a free port of 127.0.0.1 (the explorer's, or a copy of it at
 * `root`); returns the server and its address.
 */
export async function serve(
  outDir: string,
  root = appDir,
): Promise<{ server: PreviewServer; baseUrl: string }> {
  const port = await freePort();
  const server = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { server, baseUrl: `http://127.0.0.1:${port}/` };
}

export function launch(
  profileDir: string,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1400, height: 1000 },
    ...options,
  });
}

/**
 * Runs in the page: the lowest contrast between an element's text colour
 * and the background behind it (the nearest ancestor with an opaque one),
 * over every visible element that holds text.
 */
export function lowestTextContrast(): { ratio: number; sample: string } {
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
