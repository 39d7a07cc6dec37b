// Smoke test: the extension is installed in this VS Code and activates. Runs in the
// Node extension host (test/vscode/index.ts) and in the web worker one (test/web/), so
// it uses no Node API; `assert` is Node's there and test/web/assert.ts in the worker.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './util';

describe('MedFacts extension activation', () => {
  it('is present and activates', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
    console.log(`    VS Code ${vscode.version} (${vscode.env.appName}), extension at ${ext.extensionUri.toString()}`);
  });

  it('registers every command it contributes', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await ext.activate();
    const contributed: string[] = (ext.packageJSON.contributes?.commands ?? []).map((c: { command: string }) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepStrictEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  it('opens the fixture workspace documents', async () => {
    assert.ok(vscode.workspace.workspaceFolders?.[0], 'no workspace folder');
    const files = await vscode.workspace.findFiles('**/*.{md,txt,html}');
    const names = files.map((u) => u.path.split('/').pop()).sort();
    assert.deepStrictEqual(names, ['article.md', 'notes.txt', 'press-release.html']);
  });
});
