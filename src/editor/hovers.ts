import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import { factAt } from './factQueries';
import { hoverMarkdown, SEARCH_TRIALS_COMMAND } from './hoverContent';

/** Hovers on every fact: what it is and what the rest of the article says about it. */
export class FactHoverProvider implements vscode.HoverProvider {
  constructor(private readonly analyses: AnalysisService) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.analyses.resultFor(doc);
    if (!result) return undefined;
    const fact = factAt(result.analysis.facts, doc.offsetAt(position));
    if (!fact) return undefined;
    const md = new vscode.MarkdownString(
      hoverMarkdown(fact, {
        text: doc.getText(),
        analysis: result.analysis,
        lineOf: (offset) => doc.positionAt(offset).line + 1,
        today: new Date().toISOString().slice(0, 10),
      }),
    );
    md.isTrusted = { enabledCommands: [SEARCH_TRIALS_COMMAND] };
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(fact.start), doc.positionAt(fact.end)));
  }
}
