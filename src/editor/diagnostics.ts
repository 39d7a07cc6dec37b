import * as vscode from 'vscode';
import type { Finding, Severity } from '../core/facts';

export const SOURCE = 'MedFacts';

/** Where each finding code is explained. */
export function explanationUri(code: string): vscode.Uri {
  return vscode.Uri.parse(`https://github.com/medfacts/medfacts#${code}`);
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Maps an offset of the analysed text to a position. */
export type PositionOf = (offset: number) => vscode.Position;

export function toDiagnostic(finding: Finding, uri: vscode.Uri, positionOf: PositionOf): vscode.Diagnostic {
  const range = new vscode.Range(positionOf(finding.start), positionOf(finding.end));
  const d = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity] ?? vscode.DiagnosticSeverity.Warning);
  d.source = SOURCE;
  d.code = { value: finding.code, target: explanationUri(finding.code) };
  if (finding.related?.length) {
    d.relatedInformation = finding.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, new vscode.Range(positionOf(r.start), positionOf(r.end))), r.message),
    );
  }
  return d;
}

/** The one diagnostic collection for findings, from live analysis and from Check Workspace alike. */
export class DiagnosticsPublisher implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('medfacts');

  publish(uri: vscode.Uri, findings: readonly Finding[], positionOf: PositionOf): void {
    this.collection.set(uri, findings.map((f) => toDiagnostic(f, uri, positionOf)));
  }

  clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  /** How many problems MedFacts reports for a document. */
  count(uri: vscode.Uri): number {
    return this.collection.get(uri)?.length ?? 0;
  }

  dispose(): void {
    this.collection.dispose();
  }
}

/** The code of a MedFacts diagnostic, or undefined for anyone else's. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== SOURCE) return undefined;
  const c = d.code;
  if (typeof c === 'object' && c !== null) return String(c.value);
  return c === undefined ? undefined : String(c);
}
