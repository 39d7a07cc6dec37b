#!/usr/bin/env node
// Runs the extension's integration tests inside a real VS Code: code-server's VS Code
// server + web workbench (installed by scripts/install-code-server.sh, no VS Code
// download), opened by Debian's Chromium through playwright-core, headless. The
// approach and most of this launcher come from shared/vscode-harness, which credits
// VS Code's own test/integration/browser harness.
//
// usage: node scripts/run-vscode-tests.js [options]
//   --extensionTestsPath=DIR      built suite whose index.js exports run() (default out/test/vscode)
//   --extensionDevelopmentPath=DIR  extension under development (default: the repository,
//                                 or with --vsix an empty stand-in, so the installed one is tested)
//   --workspace=DIR               copied to a temporary folder that is opened as the workspace
//                                 (default test/vscode/workspace)
//   --vsix=FILE                   installs this .vsix into the (temporary) extensions dir first
//   --grep=REGEX                  runs only the tests whose full title matches
//   --web                         runs the extension (and the suite, if it lies inside it) in
//                                 the browser's web worker extension host, not the Node one
// env:   CODE_SERVER_HOME (as for the installer; default ./.code-server), or CODE_SERVER_DIR
//        (default $CODE_SERVER_HOME/node_modules/code-server)
//        CHROMIUM_PATH   (default /usr/bin/chromium)
//        VSCODE_TEST_TIMEOUT_S (default 300; exit code 124 on timeout)
//        VSCODE_TEST_SCREENSHOT=file.png  (screenshot of the workbench when the run fails)
//        VSCODE_TEST_VERBOSE=1  (also print code-server's log and the browser console)
// Exit code: 0 when the suite passed, 1 when a test failed or the run broke, 124 on timeout.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const cs = require('./code-server');

const { root, csEntry } = cs;
function arg(name, def) {
  const p = `--${name}=`;
  const a = process.argv.find((x) => x.startsWith(p));
  return a ? a.slice(p.length) : def;
}
const flag = (name) => process.argv.includes(`--${name}`);

const testsPath = path.resolve(arg('extensionTestsPath', path.join(root, 'out', 'test', 'vscode')));
const workspaceSrc = path.resolve(arg('workspace', path.join(root, 'test', 'vscode', 'workspace')));
const vsix = arg('vsix', '') && path.resolve(arg('vsix'));
const web = flag('web');
const grep = arg('grep', '');
const timeoutS = Number(process.env.VSCODE_TEST_TIMEOUT_S || 300);
const verbose = !!process.env.VSCODE_TEST_VERBOSE;

function fail(message) {
  console.error(`[runner] ${message}`);
  process.exit(1);
}

// Clear messages for the usual set-up mistakes, before anything starts.
const missing = cs.missingPrerequisite();
if (missing) fail(missing);
if (!fs.existsSync(path.join(testsPath, 'index.js')) && !fs.existsSync(testsPath + '.js')) fail(`no test suite at ${testsPath}: build it first (node scripts/build-tests.js)`);
const testsModule = fs.existsSync(path.join(testsPath, 'index.js')) ? path.join(testsPath, 'index') : testsPath;
if (vsix && !fs.existsSync(vsix)) fail(`no such .vsix: ${vsix}`);
if (!fs.existsSync(workspaceSrc)) fail(`no such workspace folder: ${workspaceSrc}`);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'medfacts-vscode-test-'));
const userData = path.join(tmp, 'user-data');
const extensionsDir = path.join(tmp, 'extensions');
const workspace = path.join(tmp, 'workspace');
// A copy, so tests may edit and save files without touching the repository.
fs.cpSync(workspaceSrc, workspace, { recursive: true });
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
fs.mkdirSync(extensionsDir, { recursive: true });

// The workbench runs tests only with a development extension. To test an installed .vsix,
// that is an empty stand-in with another id, so the extension under test is the installed one.
function standIn() {
  const dir = path.join(tmp, 'stand-in');
  fs.mkdirSync(dir);
  const manifest = { name: 'test-stand-in', publisher: 'medfacts-tests', version: '0.0.0', engines: { vscode: '*' } };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest));
  return dir;
}
const extDev = path.resolve(arg('extensionDevelopmentPath', '') || (vsix ? standIn() : root));

function extensionId(dir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return `${pkg.publisher}.${pkg.name}`;
}

// The user settings of the test window. An extension with both `main` and `browser`
// runs in the Node host when one is available; `remote.extensionKind: ["web"]` makes
// the workbench pick the web worker host for it instead.
const settings = { 'workbench.startupEditor': 'none', 'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false };
if (web) settings['remote.extensionKind'] = { [extensionId(root)]: ['web'] };
fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));

const serverArgs = cs.serverArgs({ userData, extensionsDir, config: path.join(tmp, 'config.yaml') });
// The Node extension host inherits this environment: test/vscode/index.ts reads the grep.
const serverEnv = cs.serverEnv({ MEDFACTS_TEST_GREP: grep });

if (vsix) {
  const t = Date.now();
  const r = spawnSync(process.execPath, [csEntry, ...serverArgs, '--install-extension', vsix], { env: serverEnv, encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    fail(`installing ${vsix} failed (exit ${r.status})`);
  }
  console.log(`[runner] installed ${path.basename(vsix)} in ${((Date.now() - t) / 1000).toFixed(1)}s: ${r.stdout.trim().split('\n').pop()}`);
}

let exiting = false;
let stop = (code) => process.exit(code); // becomes finish() once the server runs
(async () => {
  const t0 = Date.now();
  const port = await cs.freePort();
  // The Node extension host's output (the mocha reporter) goes to the server's stdout and
  // stderr; code-server's own timestamped log lines are shown only when verbose.
  const { server, listening } = cs.startServer({ port, args: serverArgs, env: serverEnv, workspace, verbose });

  // Never leave the server behind, whatever way this process ends.
  process.on('exit', () => { try { server.kill('SIGKILL'); } catch { /* already gone */ } });
  let browser;
  let page;
  const finish = async (code, why) => {
    if (exiting) return;
    exiting = true;
    if (why) console.log(`[runner] ${why}`);
    if (code !== 0 && process.env.VSCODE_TEST_SCREENSHOT && page) {
      try {
        await page.screenshot({ path: process.env.VSCODE_TEST_SCREENSHOT });
        console.log(`[runner] screenshot: ${process.env.VSCODE_TEST_SCREENSHOT}`);
      } catch { /* the page may be gone */ }
    }
    try { if (browser) await browser.close(); } catch { /* already closed */ }
    // Let the server stop before we go, so it does not write into closed pipes.
    if (server.exitCode === null) {
      const stopped = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([stopped, new Promise((r) => setTimeout(r, 3000))]);
    }
    try { fs.rmSync(tmp, { recursive: true, force: true }); } catch { /* best effort */ }
    console.log(`[runner] exit code ${code} after ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    process.exit(code);
  };
  stop = finish;
  setTimeout(() => finish(124, `timeout after ${timeoutS}s (VSCODE_TEST_TIMEOUT_S)`), timeoutS * 1000).unref();
  process.on('SIGINT', () => finish(130, 'interrupted'));
  process.on('SIGTERM', () => finish(143, 'terminated'));

  const { NOISE } = cs;
  server.on('exit', (c) => finish(c || 1, `code-server exited early (${c})`));
  await listening;

  browser = await cs.launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => console.error('[browser pageerror]', e.message));
  if (verbose) page.on('console', (m) => console.log('[browser]', m.text()));
  // In test mode the workbench forwards the extension hosts' console here (the mocha
  // reporter of the web worker suite, for one) and reports the suite's result.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    if (!verbose && args && args.length === 1 && typeof args[0] === 'string' && (NOISE.test(args[0]) || !args[0].trim())) return;
    (console[type] || console.log)(...(args || []));
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(code, 'extension tests finished'));

  const remote = (p) => cs.remoteUri(port, p);
  const payload = [
    // A module path without '.js': Node's require and the web worker's loader (which
    // appends '.js' itself) both accept it; the web worker one does not resolve folders.
    ['extensionTestsPath', remote(testsModule)],
    ['enableProposedApi', ''],
    ['skipWelcome', 'true'],
  ];
  payload.unshift(['extensionDevelopmentPath', remote(extDev)]);
  const url = cs.workbenchUrl(port, workspace, payload);
  console.log(`[runner] code-server up after ${((Date.now() - t0) / 1000).toFixed(1)}s; opening the workbench${web ? ' (extension in the web worker host)' : ''}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120000 });
})().catch((e) => {
  if (exiting) return; // e.g. page.goto aborted because we are already shutting down
  console.error('[runner]', e);
  stop(1);
});
