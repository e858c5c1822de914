import type { UserConfig } from 'tsdown';

/**
 * The one build configuration every published package shares: ESM + CJS +
 * declarations, no bundled dependencies, Node 20 and evergreen browsers.
 * A package passes only its entry points (and, rarely, an override).
 */
export function packageConfig(options: Partial<UserConfig> & { entry: UserConfig['entry'] }): UserConfig {
  return {
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    unbundle: false,
    fixedExtension: true,
    outDir: 'dist',
    ...options,
  };
}
