/**
 * The hand-annotated ("gold") evaluation files: their shape, how to load them
 * and what makes one well-formed (FACTS.md). Shared by scripts/annotate.ts,
 * scripts/eval.ts and test/core/fixtures.test.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { DocumentFormat, Fact } from '../src/core/facts';
import { FACT_KINDS } from '../src/core/facts';

/** A hand-annotated fact has exactly the engine's shape (FACTS.md). */
export type GoldFact = Fact;

export interface GoldFile {
  /** The document's own date; `undefined` when the file does not say (as in ../shared/examples). */
  documentDate?: string | null;
  facts: GoldFact[];
}

export interface GoldArticle {
  /** The article's file name, e.g. `pr-als-norvane.txt`. */
  name: string;
  file: string;
  text: string;
  format: DocumentFormat;
  gold: GoldFile;
}

export function formatOf(file: string): DocumentFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'text';
}

const ARTICLE_EXT = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** Every article in `dir` that has a `NAME.facts.json` next to it (not recursive). */
/**
 * The annotated articles of a folder. The articles themselves are next to their annotations,
 * or in `textDir` (annotations of the shared corpus, whose texts the project must not copy).
 */
export function loadGoldDir(dir: string, textDir = dir): GoldArticle[] {
  const out: GoldArticle[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith('.facts.json')) continue;
    const base = name.slice(0, -'.facts.json'.length);
    const article = ARTICLE_EXT.map((ext) => base + ext).find((a) => fs.existsSync(path.join(textDir, a)));
    if (!article) throw new Error(`${name}: no article ${base}.{txt,md,html} in ${textDir}`);
    const file = path.join(textDir, article);
    out.push({
      name: article,
      file,
      text: fs.readFileSync(file, 'utf8'),
      format: formatOf(article),
      gold: JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as GoldFile,
    });
  }
  return out;
}

// Normalized values per FACTS.md, plus the forms decided in test/fixtures/articles/README.md.
const MONTH = '(?:0[1-9]|1[0-2])';
const DAY = '(?:0[1-9]|[12]\\d|3[01])';
const CALENDAR = [
  `\\d{4}(?:-${MONTH}(?:-${DAY})?)?`,
  '\\d{4}-Q[1-4]',
  '\\d{4}-H[12]',
  '\\d{4}-(?:spring|summer|fall|winter)',
];
const DATE_VALUE = new RegExp(`^(?:${CALENDAR.join('|')}|--${MONTH}(?:-${DAY})?|relative:[a-z0-9]+(?:-[a-z0-9]+)*)$`);
const RESOLVED_VALUE = new RegExp(`^(?:${CALENDAR.join('|')}|\\d{4}-W(?:0[1-9]|[1-4]\\d|5[0-3]))$`);
const PHASE_VALUE = /^(?:0|[1-4][a-c]?)(?:\/[1-4][a-c]?)*$/;
const NCT_VALUE = /^NCT\d{8}$/;
const GENERIC_VALUE = /^[a-z0-9][a-z0-9 ,+'.()-]*$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The words of a relative date as FACTS.md writes its value: lower case, joined by "-". */
export function relativeValue(text: string): string {
  return 'relative:' + text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).join('-');
}

/** Everything wrong with one gold file against its article; empty when well-formed. */
export function validateGold(text: string, gold: GoldFile): string[] {
  const errors: string[] = [];
  if (gold === null || typeof gold !== 'object' || !Array.isArray(gold.facts)) return ['no "facts" array'];
  const dd = gold.documentDate;
  if (dd !== undefined && dd !== null && !ISO_DAY.test(dd)) errors.push(`documentDate "${dd}" is not YYYY-MM-DD`);
  let previous: GoldFact | null = null;
  const seen = new Set<string>();
  for (const f of gold.facts) {
    const where = `${f.kind} "${f.text}" at ${f.start}`;
    if (!FACT_KINDS.includes(f.kind)) errors.push(`${where}: unknown kind`);
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end <= f.start || f.end > text.length) {
      errors.push(`${where}: bad offsets ${f.start}-${f.end}`);
      continue;
    }
    if (text.slice(f.start, f.end) !== f.text) errors.push(`${where}: text is "${text.slice(f.start, f.end)}" in the article`);
    if (typeof f.value !== 'string') errors.push(`${where}: no value`);
    else {
      const bad = valueError(f);
      if (bad) errors.push(`${where}: ${bad}`);
    }
    if (f.generic !== undefined && (f.kind !== 'drug' || !GENERIC_VALUE.test(f.generic))) errors.push(`${where}: bad generic "${f.generic}"`);
    if (f.resolved !== undefined && (f.kind !== 'date' || !RESOLVED_VALUE.test(f.resolved))) errors.push(`${where}: bad resolved "${f.resolved}"`);
    const key = `${f.kind}:${f.start}:${f.end}`;
    if (seen.has(key)) errors.push(`${where}: duplicate`);
    seen.add(key);
    if (previous && (f.start < previous.start || (f.start === previous.start && f.end < previous.end))) errors.push(`${where}: not sorted by start`);
    if (previous && previous.kind === f.kind && f.start < previous.end) errors.push(`${where}: overlaps the ${f.kind} before it`);
    previous = f;
  }
  return errors;
}

function valueError(f: GoldFact): string | null {
  switch (f.kind) {
    case 'drug':
      return f.value === f.text.toLowerCase() ? null : `value "${f.value}" is not the text in lower case`;
    case 'nct':
      return NCT_VALUE.test(f.value) && f.value === f.text.toUpperCase() ? null : `value "${f.value}" is not NCT + 8 digits as written`;
    case 'phase':
      return PHASE_VALUE.test(f.value) ? null : `value "${f.value}" is not a phase like 1b/2a`;
    case 'date':
      if (!DATE_VALUE.test(f.value)) return `value "${f.value}" is not an ISO or relative date`;
      if (f.value.startsWith('relative:') && f.value !== relativeValue(f.text)) return `relative value should be "${relativeValue(f.text)}"`;
      return null;
    default:
      return null;
  }
}
