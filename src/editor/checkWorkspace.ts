import * as vscode from 'vscode';
import { MAX_DOCUMENT_CHARS } from '../core/limits';
import type { AnalysisService } from './analysis';
import type { DiagnosticsPublisher } from './diagnostics';
import { LineIndex } from './lineIndex';
import type { Settings } from './settings';

export interface WorkspaceCheckSummary {
  /** Files checked (open documents included; the skipped ones not). */
  files: number;
  findings: number;
  cancelled: boolean;
  /** Files left unread: too large, or binary. */
  skipped: number;
}

/** The language a file would open as, from its name (the files are not opened). */
function languageOf(uri: vscode.Uri): string {
  const name = uri.path.toLowerCase();
  if (/\.(md|markdown)$/.test(name)) return 'markdown';
  if (/\.html?$/.test(name)) return 'html';
  return 'plaintext';
}

/** What checking files needs from the extension: its analyses, its Problems collection, the enabled languages. */
export interface CheckDeps {
  analyses: AnalysisService;
  diagnostics: DiagnosticsPublisher;
  languages: readonly string[];
}

/** Where checkFiles says which file it is at: withProgress's reporter, or a test's. */
export type CheckProgress = vscode.Progress<{ message?: string; increment?: number }>;

/**
 * Checks every matching file of the workspace, with a cancellable progress
 * notification; results go to the Problems panel. Open documents keep their live results.
 */
export async function checkWorkspace(analyses: AnalysisService, diagnostics: DiagnosticsPublisher, settings: Settings): Promise<WorkspaceCheckSummary> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'MedFacts: checking the workspace', cancellable: true },
    async (progress, token) => {
      const uris = await vscode.workspace.findFiles(settings.include, settings.exclude, undefined, token);
      return checkFiles(uris, { analyses, diagnostics, languages: settings.languages }, progress, token);
    },
  );
}

/**
 * Checks the files one by one until done or cancelled (the token is looked at before each
 * file, so a cancelled check reports what it had checked so far). Apart from checkWorkspace
 * so that a test can cancel it: the notification's Cancel button is out of an API's reach.
 */
export async function checkFiles(uris: readonly vscode.Uri[], deps: CheckDeps, progress: CheckProgress, token: vscode.CancellationToken): Promise<WorkspaceCheckSummary> {
  const { analyses, diagnostics, languages } = deps;
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const summary: WorkspaceCheckSummary = { files: 0, findings: 0, cancelled: false, skipped: 0 };
  for (const uri of uris) {
    if (token.isCancellationRequested) {
      summary.cancelled = true;
      break;
    }
    progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
    const doc = open.get(uri.toString());
    const languageId = doc?.languageId ?? languageOf(uri);
    if (!languages.includes(languageId)) continue;
    if (doc) {
      summary.files++;
      summary.findings += analyses.resultFor(doc)?.findings.length ?? 0;
      continue;
    }
    if ((await vscode.workspace.fs.stat(uri)).size > MAX_DOCUMENT_CHARS) {
      summary.skipped++;
      continue;
    }
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.subarray(0, 8192).includes(0)) {
      summary.skipped++;
      continue;
    }
    // Only files read count as checked: the summary says "N issues in F files; S skipped".
    summary.files++;
    const text = new TextDecoder().decode(bytes);
    const result = analyses.analyzeText(uri, text, languageId);
    const index = new LineIndex(text);
    diagnostics.publish(uri, result.findings, (offset) => {
      const p = index.position(offset);
      return new vscode.Position(p.line, p.character);
    });
    summary.findings += result.findings.length;
  }
  return summary;
}
