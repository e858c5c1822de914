import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { localesPlugin } from './locales-plugin.ts';
import { pagesPlugin } from './pages-plugin.ts';
import { reviewDataPlugin } from './review-data-plugin.ts';

const appDir = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const manifest = fileURLToPath(new URL('./package.json', import.meta.url));

export default defineConfig({
  // The languages come from the locale packages this app depends on (see locales-plugin.ts).
  plugins: [react(), reviewDataPlugin(repoRoot), pagesPlugin(appDir), localesPlugin(repoRoot, manifest)],
  // The public address the pages link to (canonical, alternates, sitemap), when it is not the `homepage`.
  ...(process.env['SITE_URL']
    ? { define: { 'import.meta.env.SITE_URL': JSON.stringify(process.env['SITE_URL']) } }
    : {}),
  // Pages are folders with an index.html: a missing one is a 404, never the home page.
  appType: 'mpa',
  // Served from any path (vite preview, a static host, a sub-folder).
  base: './',
  build: { target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
