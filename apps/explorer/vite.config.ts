import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { localesPlugin } from './locales-plugin.ts';
import { reviewDataPlugin } from './review-data-plugin.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const manifest = fileURLToPath(new URL('./package.json', import.meta.url));

export default defineConfig({
  // The languages come from the locale packages this app depends on (see locales-plugin.ts).
  plugins: [react(), reviewDataPlugin(repoRoot), localesPlugin(repoRoot, manifest)],
  // Served from any path (vite preview, a static host, a sub-folder).
  base: './',
  build: { target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
