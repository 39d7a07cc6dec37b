import * as vscode from 'vscode';
import type { DocumentResult } from './analysis';

/** "MedFacts: 12 facts, 2 issues" for the active document; a click shows the Facts view. */
export class FactsStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('medfacts.status', vscode.StatusBarAlignment.Right, 100);

  constructor(showCommand: string) {
    this.item.name = 'MedFacts';
    this.item.command = showCommand;
  }

  show(result: DocumentResult | undefined): void {
    if (!result) {
      this.item.hide();
      return;
    }
    const n = result.analysis.facts.length;
    const issues = result.findings.length;
    this.item.text = `$(checklist) MedFacts: ${n} fact${n === 1 ? '' : 's'}, ${issues} issue${issues === 1 ? '' : 's'}`;
    this.item.tooltip = 'Show the facts MedFacts found in this document';
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
