/** `medfacts check`: runs the editorial checks over files and reports findings; `--fix` applies the sure fixes. */
import * as fs from 'fs';
import * as path from 'path';
import { createEngine } from '../../core/engine';
import { loadLexicon } from '../../core/lexicon';
import { parseConfig, type MedfactsConfig } from '../../core/config';
import { runChecks } from '../../core/checks';
import type { Finding, Severity, TextEdit } from '../../core/facts';
import { createLineIndex } from '../../core/lines';
import { expandPaths, isReadError, readInput } from '../inputs';
import { choice, isoDate, parseOptions, UsageError } from '../usage';
import { SEVERITY_RANK, type CheckedDocument } from '../formats/report';
import { formatText } from '../formats/text';
import { formatJson } from '../formats/json';
import { formatSarif } from '../formats/sarif';
import { version } from '../../../package.json';

/** The configuration file used when --config is not given and it exists in the current folder. */
const DEFAULT_CONFIG = '.medfacts.json';

export async function checkCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    config: { type: 'string' },
    date: { type: 'string' },
    fix: { type: 'boolean' },
  });
  const format = choice('format', values.format, ['text', 'json', 'sarif'] as const, 'text');
  const failOn = choice('fail-on', values['fail-on'], ['error', 'warning', 'none'] as const, 'error');
  // Like `facts`: --date stands for the article's own date, overriding the one it states.
  const date = isoDate(values.date);
  const fix = values.fix ?? false;
  if (positionals.length === 0) throw new UsageError('no PATH given (files, folders, globs, or - for standard input)');
  if (fix && positionals.includes('-')) throw new UsageError('--fix cannot change standard input; name the files to fix');

  const config = readConfig(values.config);
  const lexicon = config.extraDrugs && Object.keys(config.extraDrugs).length ? loadLexicon().withExtra(config.extraDrugs) : loadLexicon();
  const engine = createEngine({ lexicon });
  const check = (text: string, format: 'markdown' | 'text' | 'html') => {
    const analysis = engine.analyze(text, { format, documentDate: date });
    return { analysis, findings: runChecks(text, analysis, { format, config, lexicon }) };
  };

  let failed = false;
  const docs: CheckedDocument[] = [];
  for (const entry of await expandPaths(positionals)) {
    const input = typeof entry === 'string' ? await readInput(entry) : entry;
    if (isReadError(input)) {
      process.stderr.write(`medfacts: ${input.file}: ${input.error}\n`);
      failed = true;
      continue;
    }
    let { text } = input;
    let result = check(text, input.format);
    let fixed = 0;
    if (fix) {
      const { output, applied } = applyFixes(text, result.findings);
      if (applied > 0) {
        try {
          writeAtomically(input.file, output);
        } catch (e) {
          process.stderr.write(`medfacts: ${input.file}: could not write the fixes: ${(e as Error).message}\n`);
          failed = true;
          continue;
        }
        fixed = applied;
        text = output;
        result = check(text, input.format);
      }
    }
    docs.push({ file: input.file, text, date: result.analysis.documentDate?.value ?? null, findings: result.findings, fixed });
  }

  const out = format === 'json' ? formatJson(docs) : format === 'sarif' ? formatSarif(docs, version) : formatText(docs);
  process.stdout.write(out);
  if (failed) return 2;
  return failOn !== 'none' && docs.some((d) => d.findings.some((f) => atLeast(f.severity, failOn))) ? 1 : 0;
}

function atLeast(s: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[s] >= SEVERITY_RANK[threshold];
}

/** Reads --config (an error when missing) or ./.medfacts.json (when present); problems go to stderr, defaults fill in. */
function readConfig(file: string | undefined): MedfactsConfig {
  const chosen = file ?? (fs.existsSync(DEFAULT_CONFIG) ? DEFAULT_CONFIG : undefined);
  if (chosen === undefined) return {};
  let json: string;
  try {
    json = fs.readFileSync(chosen, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (e as Error).message;
    throw new UsageError(`--config ${chosen}: ${why}`);
  }
  const { config, problems } = parseConfig(json);
  const lines = createLineIndex(json);
  for (const p of problems) {
    const where = p.start === undefined ? '' : `${lines.position(p.start).line}:${lines.position(p.start).column}: `;
    process.stderr.write(`medfacts: ${chosen}:${where}${p.message}\n`);
  }
  return config;
}

/** Applies every fix that does not overlap an earlier one; returns the new text and how many were applied. */
export function applyFixes(text: string, findings: readonly Finding[]): { output: string; applied: number } {
  const edits = findings
    .map((f) => f.fix)
    .filter((e): e is TextEdit => e !== undefined)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: TextEdit[] = [];
  for (const e of edits) {
    const last = chosen[chosen.length - 1];
    if (!last || e.start >= last.end) chosen.push(e);
  }
  let output = '';
  let at = 0;
  for (const e of chosen) {
    output += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return { output: output + text.slice(at), applied: chosen.length };
}

/** Writes through a temporary file in the same folder and a rename, so a crash never leaves half a file. */
function writeAtomically(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.medfacts-${process.pid}.tmp`);
  const mode = fs.statSync(file).mode;
  try {
    fs.writeFileSync(tmp, text, { mode });
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
