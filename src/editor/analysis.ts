import * as vscode from 'vscode';
import { createEngine, type DocumentSession, type Engine } from '../core/engine';
import { runChecks } from '../core/checks/index';
import type { Analysis, DocumentFormat, Finding } from '../core/facts';
import type { MedfactsConfig } from '../core/config';
import { loadLexicon } from '../core/lexicon';
import { MAX_DOCUMENT_CHARS } from '../core/limits';
import { formatOf } from './format';
import type { Settings } from './settings';

/** One analysed version of a document: facts and the checks' findings. */
export interface DocumentResult {
  uri: vscode.Uri;
  /** The open document analysed (absent for files read by Check Workspace). */
  document?: vscode.TextDocument;
  version: number;
  format: DocumentFormat;
  analysis: Analysis;
  findings: Finding[];
}

/**
 * Whether a result is of the document as it stands: its version, and the same document (a new
 * untitled document reuses a closed one's URI at version 1). Offsets of any other are wrong here.
 */
export function isCurrent(result: DocumentResult, doc: vscode.TextDocument): boolean {
  return result.version === doc.version && result.document === doc;
}

/** Schemes of documents that are not the user's text (output panels, diffs of git objects...). */
const IGNORED_SCHEMES = new Set(['output', 'git', 'vscode-scm', 'comment', 'debug']);

const EMPTY: Analysis = { facts: [], documentDate: null };

/**
 * Analyses documents for every editor feature: one core DocumentSession per open
 * document (only changed paragraphs are re-scanned), one result cached per
 * document version, changes debounced. The engine is built on first use so that
 * activation stays light.
 */
export class AnalysisService implements vscode.Disposable {
  private engine: Engine | undefined;
  /** True once the engine (and its lexicon) has been built. */
  get engineBuilt(): boolean {
    return this.engine !== undefined;
  }
  /** The `extraDrugs` the engine was built with; another value rebuilds it. */
  private engineExtras = '';
  private readonly sessions = new Map<string, DocumentSession>();
  private readonly warnedTooLarge = new Set<string>();
  private readonly results = new Map<string, DocumentResult>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly analyzed = new vscode.EventEmitter<DocumentResult>();
  private readonly forgotten = new vscode.EventEmitter<vscode.Uri>();
  /** A document has a new result. */
  readonly onDidAnalyze = this.analyzed.event;
  /** A document was closed or is no longer enabled; its results are gone. */
  readonly onDidForget = this.forgotten.event;

  constructor(
    private readonly settings: () => Settings,
    private readonly config: () => MedfactsConfig,
    private readonly log: (message: string) => void,
  ) {}

  /** Whether MedFacts analyses this document (its language is enabled in `medfacts.languages`). */
  isEnabled(doc: vscode.TextDocument): boolean {
    return !IGNORED_SCHEMES.has(doc.uri.scheme) && this.settings().languages.includes(doc.languageId);
  }

  /** The result for the document's current version, analysing now if needed; undefined when not enabled. */
  resultFor(doc: vscode.TextDocument): DocumentResult | undefined {
    if (!this.isEnabled(doc)) return undefined;
    const cached = this.results.get(doc.uri.toString());
    if (cached && isCurrent(cached, doc)) return cached;
    return this.analyzeNow(doc);
  }

  /** The last result computed for a document, current or not. */
  lastResult(uri: vscode.Uri): DocumentResult | undefined {
    return this.results.get(uri.toString());
  }

  /** Re-analyses after the debounce delay; keystrokes in between restart the wait. */
  schedule(doc: vscode.TextDocument): void {
    if (!this.isEnabled(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!doc.isClosed) this.resultFor(doc);
      }, this.settings().debounceMs),
    );
  }

  analyzeNow(doc: vscode.TextDocument): DocumentResult | undefined {
    if (!this.isEnabled(doc)) return undefined;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const engine = this.getEngine(); // first: a rebuilt engine drops the old sessions
    let session = this.sessions.get(key);
    if (!session) {
      session = engine.session();
      this.sessions.set(key, session);
    }
    const current = session;
    const format = formatOf(doc.languageId);
    if (this.tooLarge(doc)) return undefined;
    const result = { ...this.run(doc.uri, doc.version, format, doc.getText(), (text) => current.analyze(text, { format })), document: doc };
    this.results.set(key, result);
    this.analyzed.fire(result);
    return result;
  }

  /** Documents past the engine's size limit are left alone; the user is told once per document. */
  private tooLarge(doc: vscode.TextDocument): boolean {
    const length = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
    if (length <= MAX_DOCUMENT_CHARS) return false;
    const key = doc.uri.toString();
    if (!this.warnedTooLarge.has(key)) {
      this.warnedTooLarge.add(key);
      const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
      void vscode.window.showWarningMessage(
        `MedFacts: ${vscode.workspace.asRelativePath(doc.uri)} is ${mb(length)} of text; documents over ${mb(MAX_DOCUMENT_CHARS)} are not analysed.`,
      );
    }
    return true;
  }

  /** A one-off analysis of text that is not open (Check Workspace); not cached. */
  analyzeText(uri: vscode.Uri, text: string, languageId: string): DocumentResult {
    const format = formatOf(languageId);
    return this.run(uri, 0, format, text, (t) => this.getEngine().analyze(t, { format }));
  }

  /** Drops everything held for a document (closed, or its language is no longer enabled). */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.sessions.delete(key);
    if (this.results.delete(key)) this.forgotten.fire(uri);
  }

  /** Settings or configuration changed: every open document is analysed again. */
  refreshAll(): void {
    for (const doc of vscode.workspace.textDocuments) {
      if (this.isEnabled(doc)) this.analyzeNow(doc);
      else this.forget(doc.uri);
    }
  }

  private run(
    uri: vscode.Uri,
    version: number,
    format: DocumentFormat,
    text: string,
    analyze: (text: string) => Analysis,
  ): DocumentResult {
    // The engine and checks are pure; a bug in them must not take the editor features down.
    let analysis = EMPTY;
    let findings: Finding[] = [];
    try {
      analysis = analyze(text);
      findings = runChecks(text, analysis, {
        format,
        today: new Date().toISOString().slice(0, 10),
        config: this.config(),
        lexicon: this.getEngine().lexicon,
      });
    } catch (e) {
      this.log(`analysis of ${uri.toString()} failed: ${(e as Error).stack ?? String(e)}`);
    }
    return { uri, version, format, analysis, findings };
  }

  private getEngine(): Engine {
    const extra = this.config().extraDrugs ?? {};
    const key = JSON.stringify(extra);
    if (!this.engine || key !== this.engineExtras) {
      const started = Date.now();
      const base = loadLexicon();
      this.engine = createEngine({ lexicon: Object.keys(extra).length ? base.withExtra(extra) : base });
      this.engineExtras = key;
      this.sessions.clear(); // their paragraph caches were scanned with the old names
      this.log(`engine ready in ${Date.now() - started} ms (${this.engine.lexicon.size} drug names)`);
    }
    return this.engine;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.sessions.clear();
    this.results.clear();
    this.analyzed.dispose();
    this.forgotten.dispose();
  }
}
