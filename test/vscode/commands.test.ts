// Each command, driven through vscode.commands.executeCommand.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, fixtureUri, medfacts, medfactsDiagnostics, openFixture, positionOf } from './util';

describe('MedFacts commands', () => {
  const opened: string[] = [];
  before(async () => {
    const api = await medfacts();
    api.setOpener(async (uri) => {
      opened.push(uri.toString(true));
      return true;
    });
  });
  after(closeAll);

  it('Copy Facts as JSON puts the active document\'s facts on the clipboard', async () => {
    const api = await medfacts();
    const { document: doc } = await openFixture('article.md');
    const json = await vscode.commands.executeCommand<string>('medfacts.copyFactsJson');
    assert.strictEqual(await vscode.env.clipboard.readText(), json);
    assert.deepStrictEqual(JSON.parse(json), api.analysisFor(doc.uri)!.analysis.facts);
  });

  it('Export Fact Sheet writes CSV, JSON and a Markdown table through workspace.fs', async () => {
    const api = await medfacts();
    const { document: doc } = await openFixture('article.md');
    const facts = api.analysisFor(doc.uri)!.analysis.facts;
    const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

    const csv = await vscode.commands.executeCommand<vscode.Uri>('medfacts.exportFactSheet', 'csv', fixtureUri('out/sheet.csv'));
    const rows = (await read(csv)).trimEnd().split('\r\n');
    assert.strictEqual(rows[0], 'Kind,Text,Value,Detail,Line');
    assert.strictEqual(rows.length, facts.length + 1);
    assert.ok(rows[1].startsWith(`${facts[0].kind},`), rows[1]);

    const json = await vscode.commands.executeCommand<vscode.Uri>('medfacts.exportFactSheet', 'json', fixtureUri('out/sheet.json'));
    const parsed = JSON.parse(await read(json));
    assert.strictEqual(parsed.source, 'article.md');
    assert.deepStrictEqual(parsed.facts, facts);

    const md = await vscode.commands.executeCommand<vscode.Uri>('medfacts.exportFactSheet', 'markdown', fixtureUri('out/sheet.markdown'));
    const table = (await read(md)).split('\n').filter((l) => l.startsWith('|'));
    assert.strictEqual(table[0], '| Kind | Text | Value | Detail | Line |');
    assert.strictEqual(table.length, facts.length + 2);
    await vscode.workspace.fs.delete(fixtureUri('out'), { recursive: true });
  });

  it('Open Trial in Registry opens the trial under the cursor, or the one it is given', async () => {
    const editor = await openFixture('article.md');
    const at = positionOf(editor.document, 'NCT05123456').translate(0, 4);
    editor.selection = new vscode.Selection(at, at);
    const url = await vscode.commands.executeCommand<string>('medfacts.openTrial');
    assert.strictEqual(url, 'https://clinicaltrials.gov/study/NCT05123456');
    assert.strictEqual(opened[opened.length - 1], vscode.Uri.parse(url).toString(true));
    assert.strictEqual(await vscode.commands.executeCommand('medfacts.openTrial', 'NCT04745299'), 'https://clinicaltrials.gov/study/NCT04745299');
  });

  it('the drug search opens the registry search for that intervention', async () => {
    const url = await vscode.commands.executeCommand<string>('medfacts.searchTrials', 'sodium phenylbutyrate');
    assert.strictEqual(url, 'https://clinicaltrials.gov/search?intr=sodium%20phenylbutyrate');
    assert.strictEqual(opened[opened.length - 1], vscode.Uri.parse(url).toString(true));
  });

  it('the Facts view\'s inline actions open the trial or search for the drug of a value node', async () => {
    const api = await medfacts();
    await openFixture('article.md');
    const roots = api.factsTree.getChildren();
    const valueOf = (kind: string) => {
      const root = roots.find((r) => r.type === 'kind' && r.kind === kind);
      assert.ok(root, `no ${kind} facts`);
      return api.factsTree.getChildren(root)[0];
    };
    const nct = valueOf('nct');
    assert.strictEqual(api.factsTree.getTreeItem(nct).contextValue, 'medfacts.value.nct');
    assert.strictEqual(await vscode.commands.executeCommand('medfacts.openTrial', nct), `https://clinicaltrials.gov/study/${nct.type === 'value' && nct.value}`);
    const drug = valueOf('drug');
    assert.ok(drug.type === 'value');
    const name = drug.mentions[0].generic ?? drug.value;
    assert.strictEqual(await vscode.commands.executeCommand('medfacts.searchTrials', drug), `https://clinicaltrials.gov/search?intr=${encodeURIComponent(name)}`);
  });

  it('Check Workspace checks every matching file and puts the findings in Problems', async () => {
    await closeAll();
    const summary = await vscode.commands.executeCommand<{ files: number; findings: number; cancelled: boolean }>('medfacts.checkWorkspace');
    assert.strictEqual(summary.cancelled, false);
    const files = await vscode.workspace.findFiles('**/*.{md,markdown,txt,html,htm}');
    assert.strictEqual(summary.files, files.length);
    // article.md is not open, yet its malformed ID is in Problems.
    const article = fixtureUri('article.md');
    assert.ok(medfactsDiagnostics(article).some((d) => d.message.includes('NCT0512345')), 'no problem reported for article.md');
    const total = files.reduce((n, uri) => n + medfactsDiagnostics(uri).length, 0);
    assert.strictEqual(total, summary.findings);
  });

  it('Show Facts reveals the Facts view', async () => {
    const api = await medfacts();
    await openFixture('notes.txt');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('medfacts.showFacts');
    const deadline = Date.now() + 5000;
    while (!api.factsView.visible && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.ok(api.factsView.visible);
  });
});
