// The workspace's .medfacts.json: read through workspace.fs, applied to every open document.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAll, fixtureUri, medfacts, medfactsDiagnostics, openFixture, openUntitled, waitFor } from './util';

describe('MedFacts workspace configuration (.medfacts.json)', () => {
  const file = () => fixtureUri('.medfacts.json');
  const write = (json: unknown) => vscode.workspace.fs.writeFile(file(), new TextEncoder().encode(JSON.stringify(json)));

  before(medfacts);
  afterEach(async () => {
    await vscode.workspace.fs.delete(file()).then(undefined, () => undefined);
    await closeAll();
  });

  it('contributes the JSON schema for .medfacts.json, and the schema file ships', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const entries = ext.packageJSON.contributes.jsonValidation as { fileMatch: string; url: string }[];
    const entry = entries.find((e) => e.fileMatch === '.medfacts.json');
    assert.ok(entry, 'no jsonValidation for .medfacts.json');
    const schema = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, entry.url))));
    assert.strictEqual(schema.type, 'object');
  });

  it('turns a check off for the open documents', async () => {
    const { document: doc } = await openFixture('article.md');
    await waitFor('nct-malformed', () => medfactsDiagnostics(doc.uri).some((d) => d.message.includes('NCT0512345')));
    await write({ checks: { 'nct-malformed': false } });
    await waitFor('nct-malformed turned off', () => !medfactsDiagnostics(doc.uri).some((d) => d.message.includes('NCT0512345')));
    await vscode.workspace.fs.delete(file());
    await waitFor('nct-malformed back', () => medfactsDiagnostics(doc.uri).some((d) => d.message.includes('NCT0512345')));
  });

  it('adds its extraDrugs to the drug names', async () => {
    const api = await medfacts();
    const { document: doc } = await openUntitled('markdown', 'Patients took zorblatin daily.\n');
    const drugs = () => api.analysisFor(doc.uri)!.analysis.facts.filter((f) => f.kind === 'drug').map((f) => f.text);
    assert.deepStrictEqual(drugs(), []);
    await write({ extraDrugs: { zorblatin: '' } });
    await waitFor('zorblatin as a drug', () => drugs().includes('zorblatin'));
  });
});
