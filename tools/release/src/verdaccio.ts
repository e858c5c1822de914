import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runServer } from 'verdaccio';
import { runCommand } from './run-command.ts';

/** The registry npm uses here: verdaccio proxies third-party packages to it. */
export async function npmRegistry(): Promise<string> {
  const result = await runCommand('npm', ['config', 'get', 'registry'], { cwd: tmpdir() });
  const configured = result.exitCode === 0 ? result.stdout.trim() : 'https://registry.npmjs.org/';
  return configured.endsWith('/') ? configured : `${configured}/`;
}

/**
 * Our scope is published here and never fetched from elsewhere (nothing of ours can come from
 * npmjs by mistake); every other package is proxied to `uplink` and cannot be published.
 */
export function verdaccioConfig(options: { dir: string; uplink: string | null }) {
  const proxy = options.uplink ? { proxy: 'npmjs' } : {};
  return {
    configPath: join(options.dir, 'config.yaml'),
    storage: join(options.dir, 'storage'),
    auth: { htpasswd: { file: join(options.dir, 'htpasswd'), max_users: 10 } },
    // A slow answer on a busy machine must not mark npmjs offline for the rest of the rehearsal.
    uplinks: options.uplink
      ? { npmjs: { url: options.uplink, timeout: '120s', maxage: '30m', max_fails: 10, fail_timeout: '10s' } }
      : {},
    packages: {
      '@smspartner-i18n/*': { access: '$all', publish: '$all', unpublish: '$all' },
      '**': { access: '$all', publish: '$nobody', ...proxy },
    },
    web: { enable: false },
    publish: { allow_offline: true },
    max_body_size: '50mb',
    log: { type: 'stdout', format: 'pretty', level: 'error' },
  };
}

/** Verdaccio in this process on 127.0.0.1, a port the system picks, its files under `dir`; call `stop()`. */
export async function startRegistry(options: { dir: string; uplink: string | null }) {
  // verdaccio's config type is its YAML schema; the object above is that schema.
  const server: Server = await runServer(verdaccioConfig(options) as never);
  await once(server.listen(0, '127.0.0.1'), 'listening');
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    port,
    stop: () =>
      new Promise<void>((resolveClose) => {
        if (!server.listening) return resolveClose();
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
    async createToken() {
      const name = `rehearsal-${process.pid}`;
      const response = await fetch(new URL(`-/user/org.couchdb.user:${name}`, url), {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          name,
          password: `pw-${Math.random().toString(36).slice(2)}`,
          type: 'user',
          roles: [],
        }),
      });
      const body = (await response.json().catch(() => ({}))) as { token?: string; error?: string };
      if (!response.ok || !body.token) {
        throw new Error(
          `verdaccio refused to create a user (HTTP ${response.status}): ${body.error ?? 'no token'}`,
        );
      }
      return body.token;
    },
  };
}
