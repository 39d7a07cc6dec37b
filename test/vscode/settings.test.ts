// Settings: validated with fallbacks, and `medfacts.languages` decides what is analysed.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SettingsReader } from '../../src/editor/settings';
import { closeAll, medfacts, medfactsDiagnostics, openFixture, waitFor } from './util';

const config = () => vscode.workspace.getConfiguration('medfacts');

describe('MedFacts settings', () => {
  before(medfacts);
  afterEach(async () => {
    for (const key of ['debounceMs', 'languages', 'decorations']) await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  it('falls back to the default for a malformed value', async () => {
    const api = await medfacts();
    await config().update('debounceMs', 'soon', vscode.ConfigurationTarget.Global);
    await config().update('decorations', false, vscode.ConfigurationTarget.Global);
    await waitFor('settings re-read', () => api.settings().decorations === false);
    assert.strictEqual(api.settings().debounceMs, 300);
  });

  it('says so once per malformed value, not on every read', async () => {
    await config().update('languages', 'markdown', vscode.ConfigurationTarget.Global);
    const said: string[] = [];
    const reader = new SettingsReader((m) => said.push(m));
    assert.deepStrictEqual(reader.read().languages, ['markdown', 'plaintext', 'html']);
    reader.read();
    assert.strictEqual(said.length, 1);
    assert.match(said[0], /"medfacts\.languages" has an invalid value "markdown"; using the default/);
  });

  it('analyses only the languages in medfacts.languages', async () => {
    const api = await medfacts();
    const { document: doc } = await openFixture('article.md');
    await waitFor('diagnostics', () => medfactsDiagnostics(doc.uri).length > 0);
    await config().update('languages', ['plaintext'], vscode.ConfigurationTarget.Global);
    await waitFor('markdown disabled', () => api.analysisFor(doc.uri) === undefined);
    await waitFor('diagnostics cleared', () => medfactsDiagnostics(doc.uri).length === 0);
    await config().update('languages', undefined, vscode.ConfigurationTarget.Global);
    await waitFor('markdown enabled again', () => api.analysisFor(doc.uri) !== undefined);
    await waitFor('diagnostics back', () => medfactsDiagnostics(doc.uri).length > 0);
  });
});
