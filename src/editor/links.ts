import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import { studyUrl } from './registryUrls';

/** Every NCT ID links to its study page on ClinicalTrials.gov. */
export class NctLinkProvider implements vscode.DocumentLinkProvider {
  constructor(private readonly analyses: AnalysisService) {}

  provideDocumentLinks(doc: vscode.TextDocument): vscode.DocumentLink[] {
    const result = this.analyses.resultFor(doc);
    if (!result) return [];
    const text = doc.getText();
    return result.analysis.facts
      // An ID inside a URL is already linked by that URL (and VS Code drops overlapping links).
      .filter((f) => f.kind === 'nct' && !insideUrl(text, f.start))
      .map((f) => {
        const link = new vscode.DocumentLink(new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)), vscode.Uri.parse(studyUrl(f.value)));
        link.tooltip = `Open ${f.value} on ClinicalTrials.gov`;
        return link;
      });
  }
}

/** Whether an offset lies in a URL: the run of non-space text before it contains "://". */
export function insideUrl(text: string, offset: number): boolean {
  let from = offset;
  while (from > 0 && !/\s/.test(text[from - 1])) from--;
  return text.slice(from, offset).includes('://');
}
