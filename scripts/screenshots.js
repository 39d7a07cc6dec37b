#!/usr/bin/env node
// Takes the README's screenshots from the real extension: code-server's VS Code
// workbench (see scripts/code-server.js) with this repository as the development
// extension, sample/trial-news.md open, driven by playwright like a user would.
// Builds nothing: run `npm run build` first (or `npm run screenshots`).
//
// usage: node scripts/screenshots.js [--out=DIR]   (default media/)
//   writes DIR/screenshot-hover.png (a hover on a drug name) and
//          DIR/screenshot-sidebar.png (the Facts sidebar with a few values expanded)
// env:   CODE_SERVER_DIR, CHROMIUM_PATH as for run-vscode-tests.js;
//        SCREENSHOTS_VERBOSE=1 also prints code-server's log and the browser console.
// Exit code: 0 when both screenshots were taken, 1 otherwise.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Writable } = require('stream');
const cs = require('./code-server');

const outArg = process.argv.find((a) => a.startsWith('--out='));
const outDir = path.resolve(outArg ? outArg.slice('--out='.length) : path.join(cs.root, 'media'));
const sample = path.join(cs.root, 'sample', 'trial-news.md');
const verbose = !!process.env.SCREENSHOTS_VERBOSE;
// The word the hover shot points at, and the Facts values whose mentions the sidebar shot shows.
const HOVER_WORD = 'nivolumab';
const EXPAND = ['nivolumab', 'NCT05123456'];

function log(message) { console.log(`[screenshots] ${message}`); }
function fail(message) { console.error(`[screenshots] ${message}`); process.exit(1); }

const missing = cs.missingPrerequisite();
if (missing) fail(missing);
if (!fs.existsSync(path.join(cs.root, 'dist', 'extension.js'))) fail('dist/extension.js is missing: run `npm run build` first');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'medfacts-screenshots-'));
const dirs = { userData: path.join(tmp, 'user-data'), extensionsDir: path.join(tmp, 'extensions'), config: path.join(tmp, 'config.yaml') };
const workspace = path.join(tmp, 'workspace');
fs.mkdirSync(workspace);
fs.copyFileSync(sample, path.join(workspace, path.basename(sample)));
fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
fs.mkdirSync(dirs.extensionsDir);
// A calm window: no start page, no hints, the hover shows soon and stays while we shoot.
const settings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.layoutControl.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'editor.hover.delay': 200,
  'editor.hover.sticky': true,
  'editor.minimap.enabled': false,
  'editor.occurrencesHighlight': 'off',
  'editor.selectionHighlight': false,
  'editor.wordWrap': 'on',
  'chat.commandCenter.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};
fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));

let server;
let browser;
async function cleanup() {
  try { if (browser) await browser.close(); } catch { /* already closed */ }
  if (server && server.exitCode === null) {
    const stopped = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await Promise.race([stopped, new Promise((r) => setTimeout(r, 3000))]);
  }
  try { fs.rmSync(tmp, { recursive: true, force: true }); } catch { /* best effort */ }
}
process.on('exit', () => { try { if (server) server.kill('SIGKILL'); } catch { /* already gone */ } });

/** Retries `attempt` (which throws when the UI is not there yet) until it passes or `ms` runs out. */
async function until(what, attempt, ms = 30000) {
  const end = Date.now() + ms;
  for (;;) {
    try { return await attempt(); } catch (e) {
      if (Date.now() > end) throw new Error(`${what}: ${e.message}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** The centre of `word`'s first occurrence in the editor's visible lines (page coordinates). */
function wordCentre(page, word) {
  return page.evaluate((w) => {
    for (const line of document.querySelectorAll('.editor-instance .monaco-editor .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent.indexOf(w);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + w.length);
        const r = range.getBoundingClientRect();
        if (r.width > 0) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return null;
  }, word);
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await until(`command "${title}" in the palette`, async () => {
    const label = await page.locator('.quick-input-list .monaco-list-row').first().innerText({ timeout: 1000 });
    if (!label.includes(title.split(': ').pop())) throw new Error(`first entry is "${label}"`);
  });
  await page.keyboard.press('Enter');
}

(async () => {
  const t0 = Date.now();
  const port = await cs.freePort();
  let started;
  ({ server, listening: started } = cs.startServer({
    port, args: cs.serverArgs(dirs), env: cs.serverEnv(), workspace, verbose,
    // The extension host's chatter is of no use here; errors still show.
    out: verbose ? process.stdout : new Writable({ write: (_chunk, _enc, done) => done() }),
  }));
  server.on('exit', (c) => { if (!browser) fail(`code-server exited early (${c})`); });
  await started;

  browser = await cs.launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  if (verbose) page.on('console', (m) => console.log('[browser]', m.text()));
  // Without a tests path the workbench is an ordinary development window that stays open.
  const payload = [
    ['extensionDevelopmentPath', cs.remoteUri(port, cs.root)],
    ['skipWelcome', 'true'],
  ];
  await page.goto(cs.workbenchUrl(port, workspace, payload), { waitUntil: 'domcontentloaded', timeout: 120000 });
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: 120000 });
  log(`workbench up after ${((Date.now() - t0) / 1000).toFixed(1)}s`);

  // Open the article through quick open, as a user would.
  await until('quick open', async () => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 2000 });
  });
  await page.keyboard.type(path.basename(sample));
  await until('the article in quick open', async () => {
    const label = await page.locator('.quick-input-list .monaco-list-row').first().innerText({ timeout: 1000 });
    if (!label.includes(path.basename(sample))) throw new Error(`first entry is "${label}"`);
  });
  await page.keyboard.press('Enter');
  await page.locator('.editor-instance .monaco-editor .view-line').first().waitFor({ state: 'visible', timeout: 30000 });

  // The analysis is done when the status bar counts the facts.
  const status = page.locator('.part.statusbar .statusbar-item', { hasText: 'MedFacts:' });
  await status.first().waitFor({ state: 'visible', timeout: 60000 });
  log(`analysis shown: "${(await status.first().innerText()).trim()}"`);
  await page.waitForTimeout(1000); // underlines and the injection grammar's colours settle

  // (1) A hover on a drug name.
  fs.mkdirSync(outDir, { recursive: true });
  const hoverPng = path.join(outDir, 'screenshot-hover.png');
  await until(`a hover on "${HOVER_WORD}"`, async () => {
    const at = await wordCentre(page, HOVER_WORD);
    if (!at) throw new Error('word not visible in the editor');
    await page.mouse.move(at.x - 40, at.y + 40);
    await page.mouse.move(at.x, at.y, { steps: 5 });
    const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)', { hasText: HOVER_WORD });
    await hover.first().waitFor({ state: 'visible', timeout: 4000 });
    // Wait for every provider's part (ours, and e.g. markdown's) to have rendered.
    await page.waitForTimeout(1000);
  });
  await page.screenshot({ path: hoverPng });
  log(`wrote ${path.relative(cs.root, hoverPng)}`);

  // (2) The Facts sidebar, with a couple of values expanded to show their mentions.
  await page.mouse.move(1200, 780);
  await page.keyboard.press('Escape');
  await runCommand(page, 'MedFacts: Show Facts');
  const view = page.locator('.part.sidebar .pane', { hasText: 'Facts' });
  const rows = page.locator('.part.sidebar .monaco-list-row');
  await until('the Facts tree', async () => {
    if (await rows.count() < 3) throw new Error('the tree has no rows yet');
  });
  for (const value of EXPAND) {
    const row = page.locator('.part.sidebar .monaco-list-row[aria-expanded="false"]', { hasText: value }).first();
    await until(`expanding "${value}"`, async () => {
      await row.click({ timeout: 2000 });
      await page.locator('.part.sidebar .monaco-list-row[aria-expanded="true"]', { hasText: value }).first().waitFor({ timeout: 2000 });
    });
  }
  await view.first().waitFor({ state: 'visible' });
  // Focus back on the editor, cursor at the top: the tree's selection turns quiet.
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Control+Home');
  await page.mouse.move(1200, 780);
  await page.waitForTimeout(500);
  const sidebarPng = path.join(outDir, 'screenshot-sidebar.png');
  await page.screenshot({ path: sidebarPng });
  log(`wrote ${path.relative(cs.root, sidebarPng)} after ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  await cleanup();
  process.exit(0);
})().catch(async (e) => {
  console.error('[screenshots]', e.message || e);
  await cleanup();
  process.exit(1);
});
