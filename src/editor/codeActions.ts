import * as vscode from 'vscode';
import { suppressionEdit } from '../core/checks/suppress';
import type { Finding, TextEdit } from '../core/facts';
import type { AnalysisService } from './analysis';
import { codeOf } from './diagnostics';

/** Quick fixes for MedFacts findings: the finding's own fix, and "Ignore here". */
export class FindingCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly analyses: AnalysisService) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    // VS Code asks as the cursor moves, mostly with no MedFacts diagnostic under it: those requests
    // are answered without analysing, which would run the checks at every keystroke, ahead of the debounce.
    if (!context.diagnostics.some((d) => codeOf(d) !== undefined)) return [];
    const result = this.analyses.resultFor(doc);
    if (!result) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const code = codeOf(diagnostic);
      if (!code) continue;
      const finding = matching(result.findings, code, doc.offsetAt(diagnostic.range.start), doc.offsetAt(diagnostic.range.end));
      if (finding?.fix) {
        const fix = action(`Change to "${finding.fix.text}"`, doc, finding.fix, diagnostic);
        fix.isPreferred = true;
        actions.push(fix);
      }
      const ignore = suppressionEdit(doc.getText(), result.format, { code, start: doc.offsetAt(diagnostic.range.start) });
      actions.push(action(`Ignore ${code} here`, doc, ignore, diagnostic));
    }
    return actions;
  }
}

function matching(findings: readonly Finding[], code: string, start: number, end: number): Finding | undefined {
  return findings.find((f) => f.code === code && f.start === start && f.end === end);
}

function action(title: string, doc: vscode.TextDocument, edit: TextEdit, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  a.diagnostics = [diagnostic];
  a.edit = new vscode.WorkspaceEdit();
  a.edit.replace(doc.uri, new vscode.Range(doc.positionAt(edit.start), doc.positionAt(edit.end)), edit.text);
  return a;
}
