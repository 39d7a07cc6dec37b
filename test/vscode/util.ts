// Shared by the feature tests: activation, fixture documents, waiting for results.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { MedfactsApi } from '../../src/editor/extension';

export const EXTENSION_ID = 'medfacts.medfacts';

export async function medfacts(): Promise<MedfactsApi> {
  const ext = vscode.extensions.getExtension<MedfactsApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found`);
  return ext.activate();
}

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a fixture file (or untitled content) in an editor and makes it active. */
export async function show(doc: vscode.TextDocument): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(doc, { preview: false });
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  return show(await vscode.workspace.openTextDocument(fixtureUri(name)));
}

export async function openUntitled(language: string, content: string): Promise<vscode.TextEditor> {
  return show(await vscode.workspace.openTextDocument({ language, content }));
}

// Generous: the first analysis builds the engine, and CI machines are shared and slow.
export async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Waits for a MedFacts diagnostic of `doc` that `match` accepts. It only watches: the diagnostic
 * must arrive through the extension's own scheduling, as it would for a user.
 */
export function waitForDiagnostic(doc: vscode.TextDocument, what: string, match: (d: vscode.Diagnostic) => boolean): Promise<vscode.Diagnostic> {
  return waitFor(what, () => medfactsDiagnostics(doc.uri).find(match));
}

export function medfactsDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'MedFacts');
}

export function codeValue(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** The position of the n-th occurrence (0-based) of a string in a document. */
export function positionOf(doc: vscode.TextDocument, needle: string, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (#${nth}) not in ${doc.uri.toString()}`);
  }
  return doc.positionAt(at);
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
