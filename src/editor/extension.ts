import * as vscode from 'vscode';
import { FACT_KINDS, type FactKind } from '../core/facts';
import { loadEnglishModel } from '../core/kinds/drugs/english';
import { AnalysisService, isCurrent, type DocumentResult } from './analysis';
import { FindingCodeActions } from './codeActions';
import { COMMANDS, FACTS_VIEW, registerCommands } from './commands';
import { FactDecorations } from './decorations';
import { DiagnosticsPublisher } from './diagnostics';
import { FactHoverProvider } from './hovers';
import { NctLinkProvider } from './links';
import { SettingsReader, type Settings } from './settings';
import { FactsTreeProvider, type FactNode } from './sidebar';
import { FactsStatusBar } from './statusBar';
import { WorkspaceConfig } from './workspaceConfig';

/** How long after activation the English tagger is loaded (see activate). */
const TAGGER_WARM_DELAY_MS = 1000;

/** What activate() returns: a handle for tests and for other extensions. */
export interface MedfactsApi {
  factsTree: FactsTreeProvider;
  factsView: vscode.TreeView<FactNode>;
  statusBarItem: vscode.StatusBarItem;
  /** The validated settings in effect. */
  settings(): Settings;
  /** The analysis of an open document's current text; undefined when it is not open or not enabled. */
  analysisFor(uri: vscode.Uri): DocumentResult | undefined;
  /** The ranges of one fact kind last underlined in an editor (VS Code cannot read decorations back). */
  decorationRanges(editor: vscode.TextEditor, kind: FactKind): readonly vscode.Range[];
  /** Replaces how registry pages are opened (tests record the address instead of opening a browser). */
  setOpener(open: (uri: vscode.Uri) => Thenable<boolean>): void;
  /** How long activate() took, in milliseconds (target: <= 50). */
  activationMs: number;
  /** Whether activate() itself built the engine (it should not: analysis is scheduled, then lazy). */
  engineBuiltInActivate: boolean;
}

/**
 * Wires the editor features to one AnalysisService. Nothing heavy happens here:
 * the engine (and its lexicon) is built on the first analysis, after activation.
 */
export function activate(context: vscode.ExtensionContext): MedfactsApi {
  const started = Date.now();
  const log = vscode.window.createOutputChannel('MedFacts', { log: true });
  const settingsReader = new SettingsReader((message) => {
    log.warn(message);
    void vscode.window.showWarningMessage(message);
  });
  let settings: Settings = settingsReader.read();
  const workspaceConfig = new WorkspaceConfig((message) => {
    log.info(message);
    void vscode.window.showInformationMessage(message);
  });
  const analyses = new AnalysisService(() => settings, () => workspaceConfig.config, (m) => log.info(m));
  const diagnostics = new DiagnosticsPublisher();
  const tree = new FactsTreeProvider(analyses);
  const statusBar = new FactsStatusBar(COMMANDS.showFacts);
  const decorations = new FactDecorations(() => settings.decorations);
  let openExternal = (uri: vscode.Uri) => vscode.env.openExternal(uri);
  const factsView = vscode.window.createTreeView(FACTS_VIEW, { treeDataProvider: tree, showCollapseAll: true });

  // The open one: a closed untitled document can linger in the list beside a new one with its URI.
  const documentOf = (uri: vscode.Uri) => vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === uri.toString());
  const showActive = () => {
    const editor = vscode.window.activeTextEditor;
    statusBar.show(editor && analyses.lastResult(editor.document.uri));
  };

  const selector: vscode.DocumentSelector = [{ scheme: '*' }];
  context.subscriptions.push(
    log,
    analyses,
    workspaceConfig,
    diagnostics,
    tree,
    statusBar,
    decorations,
    factsView,
    // One selector for every document; the providers answer only for enabled languages.
    vscode.languages.registerHoverProvider(selector, new FactHoverProvider(analyses)),
    vscode.languages.registerDocumentLinkProvider(selector, new NctLinkProvider(analyses)),
    vscode.languages.registerCodeActionsProvider(selector, new FindingCodeActions(analyses), {
      providedCodeActionKinds: FindingCodeActions.kinds,
    }),
    ...registerCommands({ analyses, diagnostics, tree, settings: () => settings, openExternal: (uri) => openExternal(uri) }),

    analyses.onDidAnalyze((result) => {
      const doc = documentOf(result.uri);
      if (doc && isCurrent(result, doc)) diagnostics.publish(result.uri, result.findings, (o) => doc.positionAt(o));
      decorations.apply(result);
      tree.onAnalyzed(result);
      if (vscode.window.activeTextEditor?.document.uri.toString() === result.uri.toString()) statusBar.show(result);
    }),
    analyses.onDidForget((uri) => {
      diagnostics.clear(uri);
      tree.refresh();
      showActive();
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => analyses.schedule(doc)),
    vscode.workspace.onDidChangeTextDocument((e) => analyses.schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      analyses.forget(doc.uri);
      // An untitled URI is reused at once by the next new document, whose open event can come
      // before this close: analyse the document that now holds the URI afresh.
      const successor = vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === doc.uri.toString());
      if (successor) analyses.schedule(successor);
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      // Focus moving to a panel leaves no active editor; keep showing the last document while one is visible.
      if (editor || vscode.window.visibleTextEditors.length === 0) tree.follow(editor);
      if (editor) analyses.schedule(editor.document);
      showActive();
    }),
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      for (const editor of editors) decorations.applyTo(editor, analyses.lastResult(editor.document.uri));
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('medfacts')) return;
      settings = settingsReader.read();
      analyses.refreshAll();
      for (const editor of vscode.window.visibleTextEditors) decorations.applyTo(editor, analyses.lastResult(editor.document.uri));
      tree.refresh();
      showActive();
    }),
    workspaceConfig.onDidChange(() => analyses.refreshAll()),
    // The view's header names the document it shows and any kind filter in force.
    tree.onDidChangeTreeData(() => {
      factsView.description = tree.current ? vscode.workspace.asRelativePath(tree.current.uri) : undefined;
      const kinds = tree.visibleKinds;
      factsView.message = kinds.length < FACT_KINDS.length ? `Showing only: ${kinds.join(', ')}` : undefined;
    }),
  );

  tree.follow(vscode.window.activeTextEditor);
  for (const doc of vscode.workspace.textDocuments) analyses.schedule(doc);
  void workspaceConfig.load();
  // The English tagger loads on its first question (about 0.3 s; most documents never ask one).
  // Load it once the editor is idle after activation, so that the question does not stall typing.
  const warmTagger = setTimeout(() => {
    try {
      loadEnglishModel();
    } catch (e) {
      log.warn(`the English model failed to load: ${String(e)}`);
    }
  }, TAGGER_WARM_DELAY_MS);
  context.subscriptions.push({ dispose: () => clearTimeout(warmTagger) });

  const activationMs = Date.now() - started;
  log.info(`activated in ${activationMs} ms`);
  const engineBuiltInActivate = analyses.engineBuilt;
  return {
    activationMs,
    engineBuiltInActivate,
    factsTree: tree,
    factsView,
    statusBarItem: statusBar.item,
    settings: () => settings,
    analysisFor(uri) {
      const doc = documentOf(uri);
      return doc && analyses.resultFor(doc);
    },
    decorationRanges: (editor, kind) => decorations.rangesFor(editor, kind),
    setOpener(open) {
      openExternal = open;
    },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
