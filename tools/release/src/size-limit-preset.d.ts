// @size-limit/preset-small-lib ships no types: it is size-limit's plugin list (esbuild + file), typed as size-limit takes it.
declare module '@size-limit/preset-small-lib' {
  const plugins: Parameters<typeof import('size-limit').default>[0];
  export default plugins;
}
