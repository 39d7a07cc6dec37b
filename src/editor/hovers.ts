import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import { factsAt } from './factQueries';
import { hoverMarkdown, SEARCH_TRIALS_COMMAND } from './hoverContent';

/** Hovers on every fact: what it is and what the rest of the article says about it. */
export class FactHoverProvider implements vscode.HoverProvider {
  constructor(private readonly analyses: AnalysisService) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.analyses.resultFor(doc);
    if (!result) return undefined;
    // Usually one fact; when spans overlap every one of them is shown, innermost first.
    const facts = factsAt(result.analysis.facts, doc.offsetAt(position));
    if (!facts.length) return undefined;
    const ctx = {
      text: doc.getText(),
      analysis: result.analysis,
      lineOf: (offset: number) => doc.positionAt(offset).line + 1,
      today: new Date().toISOString().slice(0, 10),
    };
    const contents = facts.map((fact) => {
      const md = new vscode.MarkdownString(hoverMarkdown(fact, ctx));
      md.isTrusted = { enabledCommands: [SEARCH_TRIALS_COMMAND] };
      return md;
    });
    const start = Math.min(...facts.map((f) => f.start));
    const end = Math.max(...facts.map((f) => f.end));
    return new vscode.Hover(contents, new vscode.Range(doc.positionAt(start), doc.positionAt(end)));
  }
}
