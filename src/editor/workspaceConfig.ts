import * as vscode from 'vscode';
import { parseConfig, type MedfactsConfig } from '../core/config';
import { LineIndex } from './lineIndex';

export const CONFIG_FILE = '.medfacts.json';

/**
 * Keys that would make MedFacts reach beyond the document (the opt-in registry
 * lookup sends NCT IDs over the network); an untrusted workspace may not turn them on.
 */
const TRUST_REQUIRED_KEYS = ['registry', 'registryLookup'];

/**
 * The `.medfacts.json` at the root of the first workspace folder: read through
 * `workspace.fs` (works on the web), parsed by the core, watched for changes.
 * Problems in the file become diagnostics on the file itself.
 */
export class WorkspaceConfig implements vscode.Disposable {
  private current: MedfactsConfig = {};
  private readonly problems = vscode.languages.createDiagnosticCollection('medfacts-config');
  private readonly changed = new vscode.EventEmitter<MedfactsConfig>();
  private readonly disposables: vscode.Disposable[] = [this.problems, this.changed];
  readonly onDidChange = this.changed.event;

  constructor(private readonly inform: (message: string) => void) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const reload = () => void this.load();
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidGrantWorkspaceTrust(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
    );
  }

  get config(): MedfactsConfig {
    return this.current;
  }

  /** Where the file is (or would be); undefined without a workspace folder. */
  get uri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
  }

  async load(): Promise<MedfactsConfig> {
    const uri = this.uri;
    this.problems.clear();
    let next: MedfactsConfig = {};
    if (uri) {
      const text = await readText(uri);
      if (text !== undefined) next = this.parse(uri, text);
    }
    this.current = next;
    this.changed.fire(next);
    return next;
  }

  private parse(uri: vscode.Uri, text: string): MedfactsConfig {
    const { config, problems } = parseConfig(text);
    const index = new LineIndex(text);
    const position = (offset: number) => {
      const p = index.position(offset);
      return new vscode.Position(p.line, p.character);
    };
    const end = position(text.length);
    const at = (offset: number | undefined, fallback: vscode.Position) => (offset === undefined ? fallback : position(offset));
    this.problems.set(
      uri,
      problems.map((p) => {
        const start = at(p.start, new vscode.Position(0, 0));
        const range = new vscode.Range(start, at(p.end, p.start === undefined ? end : start));
        const d = new vscode.Diagnostic(range, `${CONFIG_FILE}: ${p.message}`, vscode.DiagnosticSeverity.Error);
        d.source = 'MedFacts';
        return d;
      }),
    );
    if (vscode.workspace.isTrusted) return config;
    // Untrusted: the file is only ever data, but nothing in it may reach the network.
    const record = { ...config } as Record<string, unknown>;
    const ignored = TRUST_REQUIRED_KEYS.filter((k) => k in record);
    for (const k of ignored) delete record[k];
    if (ignored.length) this.inform(`MedFacts: this workspace is not trusted, so ${CONFIG_FILE} was read as data only; ignored: ${ignored.join(', ')}.`);
    return record as MedfactsConfig;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined; // no file: no configuration
  }
}
