import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import { studyUrl } from './registryUrls';

/** Every NCT ID links to its study page on ClinicalTrials.gov. */
export class NctLinkProvider implements vscode.DocumentLinkProvider {
  constructor(private readonly analyses: AnalysisService) {}

  provideDocumentLinks(doc: vscode.TextDocument): vscode.DocumentLink[] {
    const result = this.analyses.resultFor(doc);
    if (!result) return [];
    return result.analysis.facts
      .filter((f) => f.kind === 'nct')
      .map((f) => {
        const link = new vscode.DocumentLink(new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)), vscode.Uri.parse(studyUrl(f.value)));
        link.tooltip = `Open ${f.value} on ClinicalTrials.gov`;
        return link;
      });
  }
}
