// Bundles the page's script (site UI and LMS plugin) into one classic script with no
// imports, so it runs from file:// and inside any LMS frame.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/render/client/main.ts'],
  outfile: 'dist/client/copack.js',
  bundle: true,
  format: 'iife',
  target: 'es2019',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
