// The Facts view and the status bar item follow the active editor.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FactNode } from '../../src/editor/sidebar';
import { closeAll, medfacts, openFixture, openUntitled, waitFor } from './util';

type ChildrenOf = (node?: FactNode) => FactNode[];

describe('MedFacts Facts view and status bar', () => {
  before(medfacts);
  after(async () => {
    await vscode.commands.executeCommand('medfacts.filterKinds', ['drug', 'nct', 'phase', 'date']);
    await closeAll();
  });

  it('groups the active document\'s facts kind -> value (count) -> mention', async () => {
    const api = await medfacts();
    const { document: doc } = await openFixture('article.md');
    const facts = api.analysisFor(doc.uri)!.analysis.facts;
    const children = api.factsTree.getChildren.bind(api.factsTree) as ChildrenOf;
    const roots = await waitFor('tree roots', () => {
      const r = children();
      return r.length ? r : undefined;
    });
    assert.strictEqual(api.factsTree.current?.uri.toString(), doc.uri.toString());
    const kinds = roots.map((r) => (r.type === 'kind' ? r.kind : r.type));
    assert.deepStrictEqual(kinds, ['drug', 'nct', 'phase', 'date'].filter((k) => facts.some((f) => f.kind === k)));
    let mentions = 0;
    for (const root of roots) {
      for (const value of children(root)) {
        assert.strictEqual(value.type, 'value');
        const item = api.factsTree.getTreeItem(value);
        const expected = facts.filter((f) => f.kind === value.kind && f.value === value.value).length;
        assert.strictEqual(item.description, `(${expected})`);
        for (const m of children(value)) {
          assert.strictEqual(m.type, 'mention');
          assert.strictEqual(api.factsTree.getTreeItem(m).label, `line ${doc.positionAt(m.fact.start).line + 1}`);
          mentions++;
        }
      }
    }
    assert.strictEqual(mentions, facts.length);
  });

  it('clicking a mention reveals and selects it', async () => {
    const api = await medfacts();
    const { document: doc } = await openFixture('article.md');
    const children = api.factsTree.getChildren.bind(api.factsTree) as ChildrenOf;
    const value = children(children().find((r) => r.type === 'kind' && r.kind === 'nct'))[0];
    const mention = children(value)[1] ?? children(value)[0];
    assert.strictEqual(mention.type, 'mention');
    await openUntitled('plaintext', 'somewhere else');
    const command = api.factsTree.getTreeItem(mention).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.toString(), doc.uri.toString());
    assert.strictEqual(editor.document.getText(editor.selection), mention.fact.text);
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), mention.fact.start);
  });

  it('filters by kind', async () => {
    const api = await medfacts();
    await openFixture('article.md');
    const shown = await vscode.commands.executeCommand<string[]>('medfacts.filterKinds', ['nct', 'date']);
    assert.deepStrictEqual(shown, ['nct', 'date']);
    const roots = api.factsTree.getChildren() as FactNode[];
    assert.deepStrictEqual(roots.map((r) => r.type === 'kind' && r.kind), ['nct', 'date']);
    assert.strictEqual(api.factsView.message, 'Showing only: nct, date');
    assert.strictEqual(api.factsView.description, 'article.md');
    await vscode.commands.executeCommand('medfacts.filterKinds', ['drug', 'nct', 'phase', 'date']);
    assert.strictEqual(api.factsView.message, undefined);
  });

  it('follows the active editor, updates as you type, and says why it is empty', async () => {
    const api = await medfacts();
    const editor = await openUntitled('markdown', 'Nothing to see here.\n');
    await waitFor('no facts state', () => (api.factsTree.getChildren(), api.factsTree.treeState === 'noFacts'));
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), 'The trial NCT04745299 is a Phase 3 study.\n'));
    const roots = await waitFor('facts after typing', () => {
      const r = api.factsTree.getChildren() as FactNode[];
      return r.length ? r : undefined;
    });
    assert.ok(roots.some((r) => r.type === 'kind' && r.kind === 'nct'));
    assert.strictEqual(api.factsTree.treeState, 'facts');
    await openUntitled('json', '{"nct": "NCT04745299"}');
    await waitFor('not enabled state', () => (api.factsTree.getChildren(), api.factsTree.treeState === 'notEnabled'));
    await closeAll();
    await waitFor('no document state', () => (api.factsTree.getChildren(), api.factsTree.treeState === 'noDocument'));
  });

  it('status bar: "MedFacts: N facts, M issues" for the active document; a click shows the Facts view', async () => {
    const api = await medfacts();
    const { document: doc } = await openFixture('article.md');
    const result = api.analysisFor(doc.uri)!;
    const n = result.analysis.facts.length;
    const m = result.findings.length;
    const expected = `$(checklist) MedFacts: ${n} fact${n === 1 ? '' : 's'}, ${m} issue${m === 1 ? '' : 's'}`;
    await waitFor(`status "${expected}"`, () => api.statusBarItem.text === expected);
    assert.strictEqual(api.statusBarItem.command, 'medfacts.showFacts');
    await vscode.commands.executeCommand('medfacts.showFacts');
    await waitFor('Facts view visible', () => api.factsView.visible);
  });
});
