import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** A folder-like address the app could show: `/fr/`, `/fr/sms.send/`, `/fr/sms.send/11/`. */
const pagePath = /^\/[a-z]{2,3}(?:-[A-Za-z0-9]+)*\/(?:[^/?#.][^/?#]*\/){0,2}$/;

/**
 * The site's folders in the servers: in development, a page address gets
 * the app's index.html (it renders the page from the address); in
 * `vite preview`, an address without its final slash is redirected to the
 * folder, as GitHub Pages does, so relative links keep working.
 */
export function pagesPlugin(appDir: string): Plugin {
  return {
    name: 'smspartner-explorer-pages',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!;
        if (req.method !== 'GET' || !pagePath.test(path)) return next();
        const html = await server.transformIndexHtml(
          req.url!,
          readFileSync(join(appDir, 'index.html'), 'utf8'),
        );
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(html);
      });
    },
    configurePreviewServer(server) {
      const outDir = resolve(appDir, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const [path = '', query] = (req.url ?? '').split('?');
        if (req.method !== 'GET' || path.endsWith('/')) return next();
        let folder: string;
        try {
          folder = join(outDir, decodeURIComponent(path));
        } catch {
          return next();
        }
        if (
          !folder.startsWith(outDir) ||
          !existsSync(join(folder, 'index.html')) ||
          !statSync(folder).isDirectory()
        )
          return next();
        res.statusCode = 301;
        res.setHeader('location', `${path}/${query === undefined ? '' : `?${query}`}`);
        res.end();
      });
    },
  };
}
