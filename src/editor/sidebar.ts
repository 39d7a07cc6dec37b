import * as vscode from 'vscode';
import type { Fact, FactKind } from '../core/facts';
import { FACT_KINDS } from '../core/facts';
import type { AnalysisService, DocumentResult } from './analysis';
import { groupFacts } from './factQueries';

export const REVEAL_COMMAND = 'medfacts.revealFact';

/** Why the tree is empty; drives the view's welcome messages (`medfacts.treeState`). */
export type TreeState = 'noDocument' | 'notEnabled' | 'noFacts' | 'facts';

const KIND_TITLE: Record<FactKind, string> = { drug: 'Drugs', nct: 'Trial IDs', phase: 'Phases', date: 'Dates' };
const KIND_ICON: Record<FactKind, string> = { drug: 'beaker', nct: 'link-external', phase: 'layers', date: 'calendar' };

export type FactNode =
  | { type: 'kind'; kind: FactKind; values: Map<string, Fact[]> }
  | { type: 'value'; kind: FactKind; value: string; mentions: Fact[] }
  | { type: 'mention'; uri: vscode.Uri; fact: Fact; line: number; preview: string };

/**
 * The "Facts" view for the active editor: kind -> value (count) -> each mention.
 * It follows the active editor and the analyses as they arrive.
 */
export class FactsTreeProvider implements vscode.TreeDataProvider<FactNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FactNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private document: vscode.TextDocument | undefined;
  private kinds = new Set<FactKind>(FACT_KINDS);
  private state: TreeState = 'noDocument';

  constructor(private readonly analyses: AnalysisService) {}

  /** The document the tree shows, or undefined. */
  get current(): vscode.TextDocument | undefined {
    return this.document;
  }

  /** Why the tree shows what it shows (also the context key of its welcome messages). */
  get treeState(): TreeState {
    return this.state;
  }

  get visibleKinds(): readonly FactKind[] {
    return FACT_KINDS.filter((k) => this.kinds.has(k));
  }

  /** Shows only these kinds. */
  setKinds(kinds: readonly FactKind[]): void {
    this.kinds = new Set(kinds);
    this.refresh();
  }

  /** Follows an editor (undefined: no document). */
  follow(editor: vscode.TextEditor | undefined): void {
    this.document = editor?.document;
    this.refresh();
  }

  /** A document has a new analysis: redraw when it is the one shown. */
  onAnalyzed(result: DocumentResult): void {
    if (this.document && this.document.uri.toString() === result.uri.toString()) this.refresh();
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  getTreeItem(node: FactNode): vscode.TreeItem {
    if (node.type === 'kind') {
      const count = [...node.values.values()].reduce((n, l) => n + l.length, 0);
      const item = new vscode.TreeItem(KIND_TITLE[node.kind], vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.values.size} distinct, ${count} mentions`;
      item.iconPath = new vscode.ThemeIcon(KIND_ICON[node.kind]);
      item.contextValue = 'medfacts.kind';
      return item;
    }
    if (node.type === 'value') {
      const item = new vscode.TreeItem(node.mentions[0].generic ? `${node.value} (${node.mentions[0].generic})` : node.value, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `(${node.mentions.length})`;
      item.contextValue = `medfacts.value.${node.kind}`;
      item.id = `${node.kind}:${node.value}`;
      return item;
    }
    const item = new vscode.TreeItem(`line ${node.line + 1}`, vscode.TreeItemCollapsibleState.None);
    item.description = node.preview;
    item.tooltip = node.preview;
    item.contextValue = 'medfacts.mention';
    item.command = { command: REVEAL_COMMAND, title: 'Reveal', arguments: [node.uri, node.fact.start, node.fact.end] };
    return item;
  }

  getChildren(node?: FactNode): FactNode[] {
    if (!node) return this.roots();
    if (node.type === 'kind') return [...node.values].map(([value, mentions]) => ({ type: 'value', kind: node.kind, value, mentions }));
    if (node.type === 'value') return node.mentions.map((fact) => this.mention(fact));
    return [];
  }

  private roots(): FactNode[] {
    const doc = this.document;
    const result = doc && this.analyses.resultFor(doc);
    this.setState(!doc ? 'noDocument' : !result ? 'notEnabled' : result.analysis.facts.length ? 'facts' : 'noFacts');
    if (!result) return [];
    const groups = groupFacts(result.analysis.facts.filter((f) => this.kinds.has(f.kind)));
    return FACT_KINDS.filter((k) => groups.has(k)).map((kind) => ({ type: 'kind', kind, values: groups.get(kind)! }));
  }

  private mention(fact: Fact): FactNode {
    const doc = this.document!;
    const start = doc.positionAt(fact.start);
    const line = doc.lineAt(start.line).text;
    const from = Math.max(0, start.character - 30);
    const preview = `${from > 0 ? '…' : ''}${line.slice(from, start.character + fact.text.length + 40).trim()}${line.length > start.character + fact.text.length + 40 ? '…' : ''}`;
    return { type: 'mention', uri: doc.uri, fact, line: start.line, preview };
  }

  private setState(state: TreeState): void {
    if (state === this.state) return;
    this.state = state;
    void vscode.commands.executeCommand('setContext', 'medfacts.treeState', state);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
