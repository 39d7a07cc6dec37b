// Builds the integration test bundles that run inside VS Code (scripts/run-vscode-tests.js):
// - out/test/vscode: for the Node extension host; index.js plus one *.test.js per
//   test/vscode/*.test.ts (index.js loads them with the project's mocha at run time).
// - out/test/web: for the web worker extension host; one self-contained index.js with
//   mocha's browser build, test/web/*.test.ts and test/vscode/*.test.ts inside (a web
//   worker host can only `require('vscode')`). So test/vscode tests use no Node API,
//   except those named *.node.test.ts, which only the Node suite runs.
// Kept apart from esbuild.js so the product build never depends on test code.
// `node scripts/build-tests.js`
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const common = { bundle: true, sourcemap: 'inline', logLevel: 'warning', legalComments: 'none', external: ['vscode'] };
const testFiles = (dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => path.join(dir, f));

const targets = [
  {
    entryPoints: ['test/vscode/index.ts', ...testFiles('test/vscode')],
    outdir: 'out/test/vscode', outbase: 'test/vscode',
    platform: 'node', format: 'cjs', target: 'node18',
    // mocha from the project's node_modules: it reads its reporters from disk.
    external: ['vscode', 'mocha'],
  },
  {
    // Generated entry: runSuites() loads the web-only tests and the shared ones.
    stdin: {
      contents: [
        "import { runSuites } from './test/web/index';",
        'export const run = () => runSuites(() => {',
        ...[...testFiles('test/web'), ...testFiles('test/vscode').filter((f) => !f.endsWith('.node.test.ts'))].map((f) => `  require('./${f.split(path.sep).join('/')}');`),
        '});',
      ].join('\n'),
      resolveDir: __dirname + '/..', sourcefile: 'web-suite.ts', loader: 'ts',
    },
    entryPoints: ['test/web/index.ts'], // not built itself; listed so a missing file skips the target
    outfile: 'out/test/web/index.js',
    platform: 'browser', format: 'cjs', target: 'es2022',
    // No Node `assert` in a web worker; a few assertions of our own stand in.
    alias: { assert: './test/web/assert.ts' },
    define: { global: 'globalThis' },
  },
].filter((t) => t.entryPoints.every((p) => fs.existsSync(p)));
for (const t of targets) if (t.stdin) delete t.entryPoints;

async function main() {
  fs.rmSync('out/test', { recursive: true, force: true });
  await Promise.all(targets.map((t) => esbuild.build({ ...common, ...t })));
}

main().catch((err) => {
  console.error(err.message || err);
  process.exit(1);
});
