// Only in the web suite: proves the suite (and so the extension beside it) runs in a web
// worker extension host, i.e. that the extension loaded is the browser bundle.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../vscode/util';

describe('MedFacts in the web worker extension host', () => {
  it('runs in a web worker, without Node', () => {
    const g = globalThis as { process?: { versions?: { node?: string } }; importScripts?: unknown };
    assert.strictEqual(g.process?.versions?.node, undefined, 'a Node process is visible: not the web worker host');
    assert.strictEqual(typeof g.importScripts, 'function', 'not a web worker');
  });

  it('has loaded the extension from its browser entry point', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found`);
    await ext.activate();
    assert.strictEqual(ext.extensionKind, vscode.ExtensionKind.UI);
    assert.strictEqual(typeof ext.packageJSON.browser, 'string');
  });
});
