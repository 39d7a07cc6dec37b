// The fact underlines (setting `medfacts.decorations`), read back through the API: VS Code
// has no getter for an editor's decorations, so the extension notes the ranges it last set.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FactKind } from '../../src/core/facts';
import type { MedfactsApi } from '../../src/editor/extension';
import { closeAll, medfacts, openFixture, openUntitled, positionOf, waitFor } from './util';

const KINDS: readonly FactKind[] = ['drug', 'nct', 'phase', 'date'];
const config = () => vscode.workspace.getConfiguration('medfacts');

/** A range as "line:character-line:character", so that lists of them compare and print plainly. */
type Span = string;
const span = (r: vscode.Range): Span => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
type Decorated = Record<FactKind, Span[]>;

/** The ranges an editor's facts are underlined at, per kind. */
function decorated(api: MedfactsApi, editor: vscode.TextEditor): Decorated {
  return Object.fromEntries(KINDS.map((k) => [k, api.decorationRanges(editor, k).map(span)])) as Decorated;
}

/** Where the n-th occurrence of a text is, as a span. */
function spanOf(doc: vscode.TextDocument, text: string, nth = 0): Span {
  const start = positionOf(doc, text, nth);
  return span(new vscode.Range(start, start.translate(0, text.length)));
}

/** Waits until the editor's underlines are `expected`; on a timeout, fails with the difference. */
async function waitForDecorations(api: MedfactsApi, editor: vscode.TextEditor, what: string, expected: Decorated): Promise<void> {
  try {
    await waitFor(what, () => JSON.stringify(decorated(api, editor)) === JSON.stringify(expected));
  } catch {
    assert.deepStrictEqual(decorated(api, editor), expected, what);
  }
}

describe('MedFacts fact decorations', () => {
  before(medfacts);
  afterEach(async () => {
    await config().update('decorations', undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  it('underlines an opened article\'s facts, per kind, at their ranges', async () => {
    const api = await medfacts();
    const editor = await openFixture('article.md');
    const doc = editor.document;
    // Only watches (asking for the analysis would itself analyse, and decorate, at once).
    await waitFor('every kind underlined', () => KINDS.every((k) => api.decorationRanges(editor, k).length > 0));
    const facts = api.analysisFor(doc.uri)!.analysis.facts;
    const expected = Object.fromEntries(
      KINDS.map((k) => [k, facts.filter((f) => f.kind === k).map((f) => span(new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end))))]),
    ) as Decorated;
    assert.deepStrictEqual(decorated(api, editor), expected);
    // And, whatever the analysis says, facts read off the text by hand are underlined as their kind.
    const got = decorated(api, editor);
    const at = (kind: FactKind, text: string, nth = 0) => assert.ok(got[kind].includes(spanOf(doc, text, nth)), `${kind} "${text}" (#${nth}) not underlined: ${got[kind].join(', ')}`);
    at('nct', 'NCT05123456', 0); // the link's text
    at('nct', 'NCT05123456', 2); // the last paragraph's
    at('phase', 'Phase 2b');
    at('phase', 'Phase III');
    at('drug', 'Glucophage');
    at('drug', 'donepezil');
    at('date', 'February 2025');
    at('date', 'December 2023');
    // Nothing in the code block.
    const fence = positionOf(doc, 'NCT99999999').line;
    for (const kind of KINDS) assert.ok(!got[kind].some((s) => s.startsWith(`${fence}:`)), `${kind} underlined in the code block`);
  });

  it('turning medfacts.decorations off clears the underlines, on restores them', async () => {
    const api = await medfacts();
    const editor = await openFixture('article.md');
    await waitFor('every kind underlined', () => KINDS.every((k) => api.decorationRanges(editor, k).length > 0));
    const on = decorated(api, editor);
    await config().update('decorations', false, vscode.ConfigurationTarget.Global);
    await waitForDecorations(api, editor, 'underlines cleared', { drug: [], nct: [], phase: [], date: [] });
    await config().update('decorations', true, vscode.ConfigurationTarget.Global);
    await waitForDecorations(api, editor, 'underlines restored', on);
  });

  it('an edit moves and adds underlines once the document is analysed again', async () => {
    const api = await medfacts();
    const editor = await openUntitled('markdown', 'The trial NCT04745299 is a Phase 3 study of metformin.\n');
    const doc = editor.document;
    const before: Decorated = {
      drug: [spanOf(doc, 'metformin')],
      nct: [spanOf(doc, 'NCT04745299')],
      phase: [spanOf(doc, 'Phase 3')],
      date: [],
    };
    await waitForDecorations(api, editor, 'the first underlines', before);

    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'In March 2020, NCT01234567 began.\n\n'));
    const after: Decorated = {
      drug: [spanOf(doc, 'metformin')],
      nct: [spanOf(doc, 'NCT01234567'), spanOf(doc, 'NCT04745299')],
      phase: [spanOf(doc, 'Phase 3')],
      date: [spanOf(doc, 'March 2020')],
    };
    assert.strictEqual(after.nct[1], '2:10-2:21'); // moved two lines down
    await waitForDecorations(api, editor, 'the underlines after the edit', after);
  });
});
