// Check Workspace's file loop (checkFiles), driven with a token and a progress reporter of
// the test's own: the notification's Cancel button is out of an API's reach. The files are
// real ones in the workspace folder, read through workspace.fs.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { AnalysisService } from '../../src/editor/analysis';
import { checkFiles, type CheckDeps } from '../../src/editor/checkWorkspace';
import { DiagnosticsPublisher, type PositionOf } from '../../src/editor/diagnostics';
import { DEFAULT_SETTINGS } from '../../src/editor/settings';
import { MAX_DOCUMENT_CHARS } from '../../src/core/limits';
import type { Finding } from '../../src/core/facts';
import { closeAll, fixtureUri, medfacts } from './util';

/** A real diagnostics collection that also notes which files were published to, in order. */
class RecordingPublisher extends DiagnosticsPublisher {
  readonly published: string[] = [];

  publish(uri: vscode.Uri, findings: readonly Finding[], positionOf: PositionOf): void {
    this.published.push(vscode.workspace.asRelativePath(uri));
    super.publish(uri, findings, positionOf);
  }
}

/** A progress reporter that notes each file it is told about and cancels the check after `after` of them. */
function cancellingProgress(source: vscode.CancellationTokenSource, after: number) {
  const reported: string[] = [];
  const progress = {
    report(value: { message?: string }) {
      reported.push(value.message ?? '');
      if (reported.length >= after) source.cancel();
    },
  };
  return { reported, progress };
}

// Each article has one malformed NCT ID (7 digits), so each checked file publishes a finding.
const ARTICLES: Record<string, string> = {
  'check/a.md': '# First\n\nThe trial NCT0512345 of metformin is in Phase 2.\n',
  'check/b.txt': 'Second: the trial NCT0745299 started in March 2020.\n',
  'check/c.html': '<p>Third: NCT0262369 is a Phase 3 study of donepezil.</p>\n',
};
const NAMES = Object.keys(ARTICLES);

describe('MedFacts Check Workspace, file by file', () => {
  let deps: CheckDeps & { diagnostics: RecordingPublisher };
  const uris = NAMES.map(fixtureUri);

  before(async () => {
    await medfacts();
    await closeAll(); // open documents would be counted from their live results instead
    for (const name of NAMES) await vscode.workspace.fs.writeFile(fixtureUri(name), new TextEncoder().encode(ARTICLES[name]));
  });
  beforeEach(() => {
    const analyses = new AnalysisService(() => DEFAULT_SETTINGS, () => ({}), () => undefined);
    deps = { analyses, diagnostics: new RecordingPublisher(), languages: DEFAULT_SETTINGS.languages };
  });
  afterEach(() => {
    deps.analyses.dispose();
    deps.diagnostics.dispose();
  });
  // Commands' Check Workspace test counts the workspace's files: leave none behind.
  after(() => vscode.workspace.fs.delete(fixtureUri('check'), { recursive: true }));

  it('uncancelled, checks and publishes every file in order', async () => {
    const source = new vscode.CancellationTokenSource();
    const { reported, progress } = cancellingProgress(source, Infinity);
    const summary = await checkFiles(uris, deps, progress, source.token);
    assert.deepStrictEqual(summary, { files: 3, findings: 3, cancelled: false, skipped: 0 });
    assert.deepStrictEqual(deps.diagnostics.published, NAMES);
    assert.deepStrictEqual(reported, NAMES);
    for (const uri of uris) assert.strictEqual(deps.diagnostics.count(uri), 1, uri.path);
  });

  it('cancelled before the first file: cancelled, nothing checked, nothing published', async () => {
    const source = new vscode.CancellationTokenSource();
    const { reported, progress } = cancellingProgress(source, Infinity);
    source.cancel();
    const summary = await checkFiles(uris, deps, progress, source.token);
    assert.deepStrictEqual(summary, { files: 0, findings: 0, cancelled: true, skipped: 0 });
    assert.deepStrictEqual(deps.diagnostics.published, []);
    assert.deepStrictEqual(reported, []);
    for (const uri of uris) assert.strictEqual(deps.diagnostics.collection.has(uri), false, uri.path);
  });

  it('cancelled while at the first file: stops after it', async () => {
    const source = new vscode.CancellationTokenSource();
    const { reported, progress } = cancellingProgress(source, 1);
    const summary = await checkFiles(uris, deps, progress, source.token);
    assert.deepStrictEqual(summary, { files: 1, findings: 1, cancelled: true, skipped: 0 });
    assert.deepStrictEqual(deps.diagnostics.published, [NAMES[0]]);
    assert.deepStrictEqual(reported, [NAMES[0]]);
    assert.strictEqual(deps.diagnostics.count(uris[0]), 1);
    for (const uri of uris.slice(1)) assert.strictEqual(deps.diagnostics.collection.has(uri), false, uri.path);
  });

  it('counts a file over the size limit and a binary one as skipped, and publishes nothing for them', async () => {
    const big = fixtureUri('check/big.md');
    const binary = fixtureUri('check/binary.md');
    // One byte over the limit (ASCII, so bytes = characters); the NUL is past the first line, within the first 8 KB.
    await vscode.workspace.fs.writeFile(big, new Uint8Array(MAX_DOCUMENT_CHARS + 1).fill(0x61));
    await vscode.workspace.fs.writeFile(binary, new TextEncoder().encode('NCT0512345 in a file that is not text\n\0\x01\x02'));
    try {
      const source = new vscode.CancellationTokenSource();
      const summary = await checkFiles([big, binary, uris[0]], deps, { report: () => undefined }, source.token);
      // The message reads "1 issue in 1 file; 2 ... files skipped": skipped files are not counted as checked.
      assert.deepStrictEqual(summary, { files: 1, findings: 1, cancelled: false, skipped: 2 });
      assert.deepStrictEqual(deps.diagnostics.published, [NAMES[0]]);
    } finally {
      await vscode.workspace.fs.delete(big);
      await vscode.workspace.fs.delete(binary);
    }
  });
});
