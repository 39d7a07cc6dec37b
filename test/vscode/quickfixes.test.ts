// Every finding that carries a sure fix, applied as a quick fix inside VS Code.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, codeValue, fixtureUri, medfacts, medfactsDiagnostics, openUntitled, waitFor, waitForDiagnostic } from './util';

interface Case {
  code: string;
  text: string;
  /** The flagged words, and what the fix writes in their place. */
  flagged: string;
  fixed: string;
  config?: unknown;
}

const CASES: Case[] = [
  { code: 'nct-malformed', text: 'The trial (NCT-04745299) enrolls adults.\n', flagged: 'NCT-04745299', fixed: 'NCT04745299' },
  { code: 'drug-spelling', text: 'Patients received pembrolizumb every three weeks.\n', flagged: 'pembrolizumb', fixed: 'pembrolizumab' },
  { code: 'date-ambiguous', text: 'In 2016 the company said enrollment would start on April 4 at ten sites.\n', flagged: 'April 4', fixed: 'April 4, 2016' },
  { code: 'phase-style', text: 'A phase III trial of riluzole is planned.\n', flagged: 'phase III', fixed: 'phase 3', config: { phaseStyle: 'arabic' } },
];

describe('MedFacts quick fixes', () => {
  const configFile = () => fixtureUri('.medfacts.json');

  before(medfacts);
  afterEach(async () => {
    await vscode.workspace.fs.delete(configFile()).then(undefined, () => undefined);
    await closeAll();
  });

  for (const c of CASES) {
    it(`${c.code}: applying the fix rewrites "${c.flagged}" and clears the finding`, async () => {
      if (c.config) await vscode.workspace.fs.writeFile(configFile(), new TextEncoder().encode(JSON.stringify(c.config)));
      const { document: doc } = await openUntitled('markdown', c.text);
      const diag = await waitForDiagnostic(doc, c.code, (d) => codeValue(d) === c.code && doc.getText(d.range) === c.flagged);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range);
      const fix = actions.find((a) => a.isPreferred && a.kind?.value === vscode.CodeActionKind.QuickFix.value);
      assert.ok(fix?.edit, `no preferred quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.strictEqual(doc.getText(), c.text.replace(c.flagged, c.fixed));
      await waitFor(`${c.code} to clear`, () => !medfactsDiagnostics(doc.uri).some((d) => codeValue(d) === c.code));
    });
  }
});
