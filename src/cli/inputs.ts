/**
 * Reading the CLI's inputs: files, folders, globs and standard input, each turned
 * into text or a one-line reason why it could not be read. Never throws for a
 * user's mistake; the commands print the reason and go on with the other inputs.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { DocumentFormat } from '../core/facts';

import { MAX_DOCUMENT_CHARS } from '../core/limits';

/** Files larger than this are refused rather than analysed (the engine holds the whole text). */
export const MAX_BYTES = MAX_DOCUMENT_CHARS;

/** Extensions a folder or glob expands to. */
const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.html', '.htm']);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.code-server', 'dist', 'out']);

export interface Document {
  /** The path as given (or "-" for standard input). */
  file: string;
  text: string;
  format: DocumentFormat;
}

export interface ReadError {
  file: string;
  error: string;
}

export type Input = Document | ReadError;

export function isReadError(input: Input): input is ReadError {
  return 'error' in input;
}

export function formatOf(file: string): DocumentFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'text';
}

/** Decodes bytes as UTF-8 text, refusing binary data and invalid UTF-8; strips a BOM as editors do. */
export function decode(file: string, bytes: Uint8Array): Input {
  if (bytes.length > MAX_BYTES) {
    return { file, error: `file too large (${mb(bytes.length)}; the limit is ${mb(MAX_BYTES)})` };
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { file, error: 'binary file (it contains NUL bytes), skipped' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { file, error: `not valid UTF-8 text (at byte ${firstInvalidUtf8(bytes)}), skipped` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { file, text, format: formatOf(file) };
}

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the shortest prefix that fails to decode.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      // stream: an incomplete sequence at the end of the prefix is not an error.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/** Reads one named file (or "-" for stdin). Folders are an error here: see `expandPaths`. */
export async function readInput(file: string): Promise<Input> {
  if (file === '-') return decode('-', await readStdin());
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch (e) {
    return { file, error: describeFsError(e) };
  }
  if (stat.isDirectory()) return { file, error: 'is a folder, not a file' };
  if (!stat.isFile()) return { file, error: 'not a regular file' };
  if (stat.size > MAX_BYTES) return { file, error: `file too large (${mb(stat.size)}; the limit is ${mb(MAX_BYTES)})` };
  try {
    return decode(file, await fs.promises.readFile(file));
  } catch (e) {
    return { file, error: describeFsError(e) };
  }
}

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return (e as Error).message;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Expands folders (recursively, article files only) and globs (`*`, `**`, `?`)
 * into file paths, keeping plain files and "-" as given. A glob or folder that
 * matches nothing is reported as an error entry.
 */
export async function expandPaths(args: readonly string[]): Promise<(string | ReadError)[]> {
  const out: (string | ReadError)[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push(arg);
      continue;
    }
    if (/[*?]/.test(arg) && !fs.existsSync(arg)) {
      const matches = await globFiles(arg);
      if (matches.length === 0) out.push({ file: arg, error: 'no file matches this pattern' });
      out.push(...matches);
      continue;
    }
    let stat: fs.Stats | undefined;
    try {
      stat = await fs.promises.stat(arg);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const files = await walk(arg);
      if (files.length === 0) out.push({ file: arg, error: 'folder holds no .md, .txt or .html file' });
      out.push(...files);
    } else {
      out.push(arg);
    }
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await fs.promises.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(e.name)) found.push(...(await walk(p)));
    } else if (e.isFile() && ARTICLE_EXTENSIONS.has(path.extname(e.name).toLowerCase())) {
      found.push(p);
    }
  }
  return found;
}

/** Files matching a glob, walking from its longest literal folder prefix. */
async function globFiles(pattern: string): Promise<string[]> {
  const parts = pattern.split(/[\\/]/);
  const firstWild = parts.findIndex((p) => /[*?]/.test(p));
  const base = parts.slice(0, firstWild).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const re = globToRegExp(pattern);
  const all = await walkAll(base);
  return all.filter((f) => re.test(base === '.' && !pattern.startsWith('./') ? path.relative('.', f) : f));
}

async function walkAll(dir: string): Promise<string[]> {
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const p = dir === '.' ? e.name : path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(e.name)) out.push(...(await walkAll(p)));
    } else if (e.isFile()) out.push(p);
  }
  return out.sort();
}

/** `**` spans folders, `*` and `?` stay within one path segment. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
