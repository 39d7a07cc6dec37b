#!/usr/bin/env node
// The same integration suite in a desktop VS Code (Electron), for developers whose machine
// can download one: @vscode/test-electron fetches VS Code into .vscode-test/ and runs
// out/test/vscode in it. CI and the project machines use scripts/run-vscode-tests.js
// (code-server) instead, since they cannot download VS Code.
// usage: npm run test:vscode:electron   (env VSCODE_VERSION: 'stable' by default, or e.g. 1.100.3)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTests } = require('@vscode/test-electron');

const root = path.resolve(__dirname, '..', '..');

async function main() {
  // A copy of the fixture workspace, as with the code-server launcher: tests may edit files.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'medfacts-electron-test-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(__dirname, 'workspace'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out', 'test', 'vscode', 'index'),
      extensionTestsEnv: { MEDFACTS_TEST_GREP: process.env.MEDFACTS_TEST_GREP || '' },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', path.join(tmp, 'user-data')],
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`[electron] ${err && err.message ? err.message : err}`);
  process.exit(1);
});
