// Builds the bundles: the extension for Node and for the browser (web worker),
// the CLI, and the dev tools (bench, eval). `node esbuild.js [--watch] [--production]`.
const esbuild = require('esbuild');
const fs = require('fs');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const targets = [
  // The extension in VS Code's Node extension host.
  { entryPoints: ['src/editor/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'] },
  // The same extension in the web worker extension host (vscode.dev): no Node API.
  { entryPoints: ['src/editor/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], mainFields: ['browser', 'module', 'main'] },
  // The command-line tool.
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node18', banner: { js: '#!/usr/bin/env node' } },
  // Developer tools.
  { entryPoints: ['scripts/bench.ts'], outfile: 'dist/bench.js', platform: 'node', format: 'cjs', target: 'node18' },
  { entryPoints: ['scripts/eval.ts'], outfile: 'dist/eval.js', platform: 'node', format: 'cjs', target: 'node18' },
  { entryPoints: ['scripts/compare-engines.ts'], outfile: 'dist/compare-engines.js', platform: 'node', format: 'cjs', target: 'node18', external: ['esbuild'] },
].filter((t) => t.entryPoints.every((p) => fs.existsSync(p)));

async function main() {
  if (watch) {
    for (const t of targets) await (await esbuild.context({ ...common, ...t })).watch();
    return;
  }
  await Promise.all(targets.map((t) => esbuild.build({ ...common, ...t })));
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
}

main().catch((err) => {
  console.error(err.message || err);
  process.exit(1);
});
