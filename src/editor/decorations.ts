import * as vscode from 'vscode';
import type { FactKind } from '../core/facts';
import { FACT_KINDS } from '../core/facts';
import { isCurrent, type DocumentResult } from './analysis';

/** A colour per kind, from the theme's chart palette so that every theme tints them its own way. */
const COLOUR: Record<FactKind, string> = { drug: 'charts.purple', nct: 'charts.blue', phase: 'charts.green', date: 'charts.orange' };

/** Subtle dotted underlines under facts (setting `medfacts.decorations`). */
export class FactDecorations implements vscode.Disposable {
  private readonly types = new Map<FactKind, vscode.TextEditorDecorationType>(
    FACT_KINDS.map((kind) => [
      kind,
      vscode.window.createTextEditorDecorationType({
        borderStyle: 'none none dotted none',
        borderWidth: '0 0 1px 0',
        borderColor: new vscode.ThemeColor(COLOUR[kind]),
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    ]),
  );

  /**
   * The ranges last set per kind in each editor. VS Code has no getter for an editor's
   * decorations, so this is what tests read; weak, so that closed editors are not kept.
   */
  private readonly applied = new WeakMap<vscode.TextEditor, Map<FactKind, readonly vscode.Range[]>>();

  constructor(private readonly enabled: () => boolean) {}

  /** Decorates every visible editor showing the analysed document. */
  apply(result: DocumentResult): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === result.uri.toString()) this.applyTo(editor, result);
    }
  }

  applyTo(editor: vscode.TextEditor, result: DocumentResult | undefined): void {
    const on = this.enabled() && result !== undefined;
    // A result of another version of the text would underline the wrong words: it waits for the
    // next analysis, while VS Code moves the decorations already set along with the edit.
    if (on && !isCurrent(result, editor.document)) return;
    const applied = new Map<FactKind, readonly vscode.Range[]>();
    for (const [kind, type] of this.types) {
      const ranges = on
        ? result.analysis.facts
            .filter((f) => f.kind === kind)
            .map((f) => new vscode.Range(editor.document.positionAt(f.start), editor.document.positionAt(f.end)))
        : [];
      editor.setDecorations(type, ranges);
      applied.set(kind, ranges);
    }
    this.applied.set(editor, applied);
  }

  /** The ranges of one kind last decorated in an editor; none when it was never decorated. */
  rangesFor(editor: vscode.TextEditor, kind: FactKind): readonly vscode.Range[] {
    return this.applied.get(editor)?.get(kind) ?? [];
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
  }
}
