import * as vscode from 'vscode';
import type { FactKind } from '../core/facts';
import { FACT_KINDS } from '../core/facts';
import type { AnalysisService } from './analysis';
import { checkWorkspace, type WorkspaceCheckSummary } from './checkWorkspace';
import type { DiagnosticsPublisher } from './diagnostics';
import { factSheet, SHEET_EXTENSION, type SheetFormat } from './exportSheet';
import { distinct, factAt } from './factQueries';
import { SEARCH_TRIALS_COMMAND } from './hoverContent';
import { drugSearchUrl, studyUrl } from './registryUrls';
import type { Settings } from './settings';
import { REVEAL_COMMAND, type FactNode, type FactsTreeProvider } from './sidebar';

export const COMMANDS = {
  showFacts: 'medfacts.showFacts',
  exportFactSheet: 'medfacts.exportFactSheet',
  checkWorkspace: 'medfacts.checkWorkspace',
  openTrial: 'medfacts.openTrial',
  copyFactsJson: 'medfacts.copyFactsJson',
  refresh: 'medfacts.refresh',
  filterKinds: 'medfacts.filterKinds',
  searchTrials: SEARCH_TRIALS_COMMAND,
  reveal: REVEAL_COMMAND,
} as const;

export const FACTS_VIEW = 'medfacts.facts';

export interface CommandDeps {
  analyses: AnalysisService;
  diagnostics: DiagnosticsPublisher;
  tree: FactsTreeProvider;
  settings: () => Settings;
  /** Opens an address outside VS Code (replaceable in tests, where no browser should open). */
  openExternal: (uri: vscode.Uri) => Thenable<boolean>;
}

/** The document commands act on: the active editor's, else the one the Facts view shows. */
function targetDocument(deps: CommandDeps): vscode.TextDocument | undefined {
  return vscode.window.activeTextEditor?.document ?? deps.tree.current;
}

function analysed(deps: CommandDeps) {
  const doc = targetDocument(deps);
  const result = doc && deps.analyses.resultFor(doc);
  if (!doc || !result) {
    void vscode.window.showInformationMessage('MedFacts: open a Markdown, text or HTML document first.');
    return undefined;
  }
  return { doc, result };
}

/** Registers every command; each returns what it did so tests and other extensions can use it. */
export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const reg = vscode.commands.registerCommand;
  return [
    reg(COMMANDS.showFacts, () => vscode.commands.executeCommand(`${FACTS_VIEW}.focus`)),
    reg(COMMANDS.refresh, () => {
      const doc = targetDocument(deps);
      if (doc) deps.analyses.analyzeNow(doc);
      deps.tree.refresh();
    }),
    reg(COMMANDS.filterKinds, async (kinds?: FactKind[]) => {
      const chosen = kinds ?? (await pickKinds(deps.tree.visibleKinds));
      if (chosen) deps.tree.setKinds(chosen);
      return deps.tree.visibleKinds;
    }),
    reg(COMMANDS.reveal, async (uri: vscode.Uri, start: number, end: number) => {
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc);
      editor.selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(end));
      editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    reg(COMMANDS.copyFactsJson, async () => {
      const target = analysed(deps);
      if (!target) return undefined;
      const json = JSON.stringify(target.result.analysis.facts, null, 2);
      await vscode.env.clipboard.writeText(json);
      void vscode.window.setStatusBarMessage(`MedFacts: copied ${target.result.analysis.facts.length} facts as JSON`, 3000);
      return json;
    }),
    reg(COMMANDS.openTrial, async (arg?: string | FactNode) => {
      const nct = valueOf(arg) ?? (await pickTrial(deps));
      if (!nct) return undefined;
      const url = studyUrl(nct);
      await deps.openExternal(vscode.Uri.parse(url));
      return url;
    }),
    reg(COMMANDS.searchTrials, async (arg?: string | FactNode) => {
      const drug = valueOf(arg) ?? (await vscode.window.showInputBox({ prompt: 'Drug name to search ClinicalTrials.gov for' }));
      if (!drug) return undefined;
      const url = drugSearchUrl(drug);
      await deps.openExternal(vscode.Uri.parse(url));
      return url;
    }),
    reg(COMMANDS.exportFactSheet, async (format?: SheetFormat, destination?: vscode.Uri) => {
      const target = analysed(deps);
      if (!target) return undefined;
      const chosen = format ?? (await pickSheetFormat());
      if (!chosen) return undefined;
      const uri = destination ?? (await askDestination(target.doc.uri, chosen));
      if (!uri) return undefined;
      const name = target.doc.uri.path.split('/').pop() ?? target.doc.uri.toString();
      const sheet = factSheet(chosen, target.doc.getText(), target.result.analysis, name);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(sheet));
      void vscode.window.setStatusBarMessage(`MedFacts: fact sheet saved to ${vscode.workspace.asRelativePath(uri)}`, 3000);
      return uri;
    }),
    reg(COMMANDS.checkWorkspace, async (): Promise<WorkspaceCheckSummary> => {
      const summary = await checkWorkspace(deps.analyses, deps.diagnostics, deps.settings());
      const skipped = summary.skipped ? `; ${summary.skipped} binary or over-16-MB file${summary.skipped === 1 ? '' : 's'} skipped` : '';
      const what = `${summary.findings} issue${summary.findings === 1 ? '' : 's'} in ${summary.files} file${summary.files === 1 ? '' : 's'}${skipped}`;
      void vscode.window.showInformationMessage(summary.cancelled ? `MedFacts: cancelled; ${what} so far.` : `MedFacts: ${what}.`);
      return summary;
    }),
  ];
}

/** A command's subject: given as text (palette, hover link) or as a Facts view node (its context menu). */
function valueOf(arg: string | FactNode | undefined): string | undefined {
  if (typeof arg === 'string') return arg;
  if (arg?.type === 'value') return arg.mentions[0]?.generic ?? arg.value;
  return undefined;
}

async function pickKinds(current: readonly FactKind[]): Promise<FactKind[] | undefined> {
  const items = FACT_KINDS.map((kind) => ({ label: kind, picked: current.includes(kind) }));
  const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'MedFacts: show these kinds of facts' });
  return picked?.map((p) => p.label);
}

async function pickSheetFormat(): Promise<SheetFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: SheetFormat })[] = [
    { label: 'Markdown table', format: 'markdown' },
    { label: 'CSV', format: 'csv' },
    { label: 'JSON', format: 'json' },
  ];
  return (await vscode.window.showQuickPick(items, { title: 'MedFacts: export the fact sheet as' }))?.format;
}

function askDestination(source: vscode.Uri, format: SheetFormat): Thenable<vscode.Uri | undefined> {
  const ext = SHEET_EXTENSION[format];
  const base = source.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(source, '..');
  const name = `${(source.path.split('/').pop() ?? 'article').replace(/\.[^.]*$/, '')}.facts.${ext}`;
  return vscode.window.showSaveDialog({
    defaultUri: base && vscode.Uri.joinPath(base, name),
    filters: { [format === 'markdown' ? 'Markdown' : format.toUpperCase()]: [ext] },
    saveLabel: 'Export fact sheet',
  });
}

/** The trial under the cursor, else the only one in the document, else a choice. */
async function pickTrial(deps: CommandDeps): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const result = editor && deps.analyses.resultFor(editor.document);
  if (!editor || !result) return vscode.window.showInputBox({ prompt: 'NCT ID to open on ClinicalTrials.gov', placeHolder: 'NCT01234567' });
  const here = factAt(result.analysis.facts, editor.document.offsetAt(editor.selection.active));
  if (here?.kind === 'nct') return here.value;
  const ids = distinct(result.analysis.facts.filter((f) => f.kind === 'nct').map((f) => f.value));
  if (ids.length <= 1) return ids[0] ?? vscode.window.showInputBox({ prompt: 'NCT ID to open on ClinicalTrials.gov', placeHolder: 'NCT01234567' });
  return vscode.window.showQuickPick(ids, { title: 'MedFacts: open which trial?' });
}
