// Bundles the extension client, the language server, the CLI and the preview webview with esbuild.
// Usage: node scripts/build.mjs [--watch] [--minify]
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const common = {
  define: { MATHLENS_VERSION: JSON.stringify(version) },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify,
  logLevel: 'info',
};

const builds = [
  {
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/client.js',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: ['server/src/server.ts'],
    outfile: 'dist/server.js',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // Runs inside the preview webview (a browser page under a strict CSP): no Node, no 'vscode'.
    ...common,
    define: {},
    platform: 'browser',
    target: 'chrome114',
    format: 'iife',
    entryPoints: ['client/webview/preview.ts'],
    outfile: 'dist/webview/preview.js',
  },
];

mkdirSync('dist', { recursive: true });
cpSync('node_modules/katex/dist/katex.min.css', 'dist/katex/katex.min.css', { recursive: true });
cpSync('node_modules/katex/dist/fonts', 'dist/katex/fonts', { recursive: true });
mkdirSync('dist/webview', { recursive: true });
for (const name of readdirSync('media')) {
  if (name.endsWith('.css')) cpSync(`media/${name}`, `dist/webview/${name}`);
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
