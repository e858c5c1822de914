import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanPackageManagerEnv, runCommand } from './run-command.ts';
import { startRegistry, verdaccioConfig } from './verdaccio.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('verdaccioConfig', () => {
  it('publishes our scope locally only and proxies everything else to the uplink', () => {
    const config = verdaccioConfig({ dir: '/r', uplink: 'https://registry.npmjs.org/' });
    const ours = config.packages['@smspartner-i18n/*'];
    expect(ours.publish).toBe('$all');
    expect(ours).not.toHaveProperty('proxy');
    expect(config.packages['**']).toMatchObject({ proxy: 'npmjs', publish: '$nobody' });
    expect(config.uplinks).toEqual({
      npmjs: {
        url: 'https://registry.npmjs.org/',
        timeout: '120s',
        maxage: '30m',
        max_fails: 10,
        fail_timeout: '10s',
      },
    });
  });
});

describe('startRegistry', () => {
  it('serves on 127.0.0.1, takes a publish of our scope, refuses any other, and stops for good', async () => {
    dir = mkdtempSync(join(tmpdir(), 'smspartner-verdaccio-test-'));
    const registry = await startRegistry({ dir: join(dir, 'registry'), uplink: null });
    try {
      expect(registry.url).toBe(`http://127.0.0.1:${registry.port}/`);
      expect(registry.port).toBeGreaterThan(1023);
      const token = await registry.createToken();
      const npmrc = join(dir, '.npmrc');
      writeFileSync(npmrc, `registry=${registry.url}\n//127.0.0.1:${registry.port}/:_authToken=${token}\n`);
      const makePackage = (name: string) => {
        const pkgDir = join(dir!, name.replace('/', '-'));
        mkdirSync(pkgDir);
        writeFileSync(join(pkgDir, 'package.json'), JSON.stringify({ name, version: '1.2.3' }));
        writeFileSync(join(pkgDir, 'index.js'), 'module.exports = 1;\n');
        return pkgDir;
      };
      const env = cleanPackageManagerEnv({ npm_config_userconfig: npmrc, npm_config_registry: registry.url });
      const publish = await runCommand('npm', ['publish', '--provenance=false'], {
        cwd: makePackage('@smspartner-i18n/probe'),
        env,
        timeoutMs: 60_000,
      });
      expect(publish.exitCode, publish.stderr).toBe(0);
      const view = await runCommand('npm', ['view', '@smspartner-i18n/probe', 'version'], {
        cwd: dir,
        env,
        timeoutMs: 60_000,
      });
      expect(view.stdout.trim()).toBe('1.2.3');
      const other = await runCommand('npm', ['publish', '--provenance=false'], {
        cwd: makePackage('not-our-scope-probe'),
        env,
        timeoutMs: 60_000,
      });
      expect(other.exitCode).not.toBe(0);
      expect(other.stderr).toMatch(/403|not allowed|forbidden/i);
    } finally {
      await registry.stop();
    }
    await expect(fetch(`${registry.url}-/ping`)).rejects.toThrow();
  });
});
