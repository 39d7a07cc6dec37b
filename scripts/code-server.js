// Shared launch code for a real VS Code in this repository: code-server's VS Code
// server + web workbench (installed by scripts/install-code-server.sh), opened by
// Debian's Chromium through playwright-core, headless. Used by run-vscode-tests.js
// (integration tests) and screenshots.js (README screenshots).
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');

const root = path.resolve(__dirname, '..');
// Where scripts/install-code-server.sh put it: $CODE_SERVER_HOME (default ./.code-server).
const csHome = process.env.CODE_SERVER_HOME || path.join(root, '.code-server');
const csDir = path.resolve(process.env.CODE_SERVER_DIR || path.join(csHome, 'node_modules', 'code-server'));
const csEntry = path.join(csDir, 'out', 'node', 'entry.js');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** A clear message for the usual set-up mistakes, or undefined when both are there. */
function missingPrerequisite() {
  if (!fs.existsSync(csEntry)) return `code-server not found in ${csDir}: run \`npm run vscode:install\` (or set CODE_SERVER_DIR)`;
  if (!fs.existsSync(chromiumPath)) return `Chromium not found at ${chromiumPath}: apt-get install chromium (or set CHROMIUM_PATH)`;
  return undefined;
}

/** code-server's arguments for a throw-away window (no auth, telemetry, trust prompt). */
function serverArgs({ userData, extensionsDir, config }) {
  return [
    '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    '--user-data-dir', userData,
    '--extensions-dir', extensionsDir,
    '--config', config,
  ];
}

/** The server's environment: no extension gallery (unreachable anyway), which keeps the log clean. */
function serverEnv(extra = {}) {
  return { EXTENSIONS_GALLERY: '{"serviceUrl":""}', ...process.env, VSCODE_PROXY_URI: '', ...extra };
}

const freePort = () => new Promise((res, rej) => {
  const s = net.createServer();
  s.unref();
  s.on('error', rej);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); });
});

// code-server's own log lines (timestamped) and known harmless messages.
const NOISE = /^\[(\d{4}-\d\d-\d\dT|\d\d:\d\d:\d\d\])|^Ignoring fetching additional builtin extensions|^Updating additional builtin extensions cache|^File not found: .*\/vsda\/|^a socket was left hanging|^(Resolving|Resolved) connection token|^Creating a socket|^Creation of workbench contribution|^\[Service Worker\]|^ChatSessionStore:|^No search provider registered/;

/**
 * Starts code-server on `port` with `workspace` as its folder. Its output goes line by
 * line to `out` / `err` (code-server's own log lines and known noise only when `verbose`).
 * Returns the child process and a promise that resolves once the HTTP server listens.
 */
function startServer({ port, args, env, workspace, verbose, out = process.stdout, err = process.stderr }) {
  const server = spawn(process.execPath, [csEntry, ...args, '--bind-addr', `127.0.0.1:${port}`, workspace], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  let ready;
  const listening = new Promise((r) => (ready = r));
  const pipe = (stream, dest) => {
    let buf = '';
    stream.on('data', (d) => {
      buf += d.toString();
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        if (/HTTP server listening/.test(line)) ready();
        if (verbose || !NOISE.test(line)) dest.write(line + '\n');
      }
    });
  };
  pipe(server.stdout, out);
  pipe(server.stderr, err);
  return { server, listening };
}

/** Headless Chromium from Debian (playwright never downloads a browser here). */
function launchBrowser() {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
}

/** The workbench URL that opens folder `workspace` with the given payload entries. */
function workbenchUrl(port, workspace, payload) {
  const host = `127.0.0.1:${port}`;
  return `http://${host}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** A local path as a vscode-remote URI on the server at `port`. */
function remoteUri(port, p) {
  return `vscode-remote://127.0.0.1:${port}${p.split(path.sep).join('/')}`;
}

module.exports = {
  root, csDir, csEntry, chromiumPath, NOISE,
  missingPrerequisite, serverArgs, serverEnv, freePort, startServer, launchBrowser, workbenchUrl, remoteUri,
};
