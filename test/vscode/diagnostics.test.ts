// Diagnostics from the checks, their code links, and the quick fixes on them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeValue, closeAll, medfacts, medfactsDiagnostics, openFixture, openUntitled, positionOf, waitFor, waitForDiagnostic } from './util';

describe('MedFacts diagnostics and quick fixes', () => {
  before(medfacts);
  afterEach(closeAll);

  it('reports a malformed NCT ID in the article, with source, code and explanation link', async () => {
    const editor = await openFixture('article.md');
    const doc = editor.document;
    const diags = await waitFor('nct-malformed diagnostic', () => {
      const d = medfactsDiagnostics(doc.uri).filter((x) => codeValue(x) === 'nct-malformed');
      return d.length ? d : undefined;
    });
    const bad = diags.find((d) => doc.getText(d.range) === 'NCT0512345');
    assert.ok(bad, `no diagnostic on NCT0512345: ${diags.map((d) => doc.getText(d.range)).join(', ')}`);
    assert.strictEqual(bad.source, 'MedFacts');
    assert.strictEqual(bad.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(typeof bad.code === 'object');
    assert.strictEqual(bad.code.target.toString(true), 'https://github.com/medfacts/medfacts#nct-malformed');
    // The NCT ID inside the fenced code block is not prose: no diagnostic or fact there.
    const codeLine = positionOf(doc, 'NCT99999999').line;
    assert.ok(!medfactsDiagnostics(doc.uri).some((d) => d.range.start.line === codeLine));
  });

  it('offers the finding\'s fix as a preferred quick fix, and applying it clears the diagnostic', async () => {
    const editor = await openUntitled('markdown', 'The trial (NCT 04745299) is recruiting.\n');
    const doc = editor.document;
    const diag = await waitForDiagnostic(doc, 'diagnostic', (d) => doc.getText(d.range) === 'NCT 04745299');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range);
    const fix = actions.find((a) => a.title === 'Change to "NCT04745299"');
    assert.ok(fix, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.strictEqual(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.strictEqual(doc.getText(), 'The trial (NCT04745299) is recruiting.\n');
    await waitFor('diagnostic to clear', () => medfactsDiagnostics(doc.uri).length === 0);
  });

  it('"Ignore here" inserts the suppression comment above the line, and the finding goes away', async () => {
    const editor = await openUntitled('markdown', 'Intro.\n\n  The study NCT123 is new.\n');
    const doc = editor.document;
    // The diagnostic of this document's text (an untitled URI can be reused by an earlier test).
    const diag = await waitForDiagnostic(doc, 'diagnostic', (d) => doc.getText(d.range) === 'NCT123');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range);
    const ignore = actions.find((a) => a.title === `Ignore ${codeValue(diag)} here`);
    assert.ok(ignore, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(ignore.edit!));
    assert.strictEqual(doc.lineAt(2).text, `  <!-- medfacts-disable-next-line ${codeValue(diag)} -->`);
    assert.strictEqual(doc.lineAt(3).text, '  The study NCT123 is new.');
    await waitFor('diagnostic to clear', () => medfactsDiagnostics(doc.uri).length === 0);
  });

  it('reports a malformed .medfacts.json on that file', async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.medfacts.json');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('{ "staleMonths": 6,'));
    try {
      const diags = await waitFor('config diagnostic', () => {
        const d = medfactsDiagnostics(uri);
        return d.length ? d : undefined;
      });
      assert.ok(diags[0].message.startsWith('.medfacts.json:'), diags[0].message);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await waitFor('config diagnostic to clear', () => medfactsDiagnostics(uri).length === 0);
  });
});
