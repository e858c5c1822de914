// @size-limit/preset-small-lib ships no types: it is size-limit's plugin list (esbuild + file).
declare module '@size-limit/preset-small-lib' {
  const plugins: readonly object[];
  export default plugins;
}
