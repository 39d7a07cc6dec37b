/**
 * Turns the hand-annotated sources in test/fixtures/articles/src/ into the
 * evaluation fixtures: the clean article next to `NAME.facts.json`.
 *
 * A source is the article with inline markers, written by hand from FACTS.md:
 *   [[drug:Rilutek|generic=riluzole]]         value defaults to the text in lower case
 *   [[nct:nct04745299]]                       value defaults to the text in upper case
 *   [[phase:Phase 1/2|1/2]]                   phase and date need their value
 *   [[date:last month|relative:last-month|resolved=2021-02]]
 * and a first line `%% documentDate: 2021-03-31` (or `null`), which is dropped.
 * Markers are removed and offsets (UTF-16, as JavaScript counts) are computed
 * against the clean text, so nobody counts characters by hand.
 *
 * `npx tsx scripts/annotate.ts` rewrites all fixtures; `--check` only reports
 * fixtures that differ from their source (exit 1); `--lint` lists words outside
 * any marker that look like a fact (phase words, NCT, month names, years,
 * lexicon names), for the annotator to review by hand.
 */
import * as fs from 'fs';
import * as path from 'path';
import { validateGold, type GoldFact, type GoldFile } from './gold';

export interface Annotated {
  text: string;
  gold: GoldFile;
}

// `[[kind:text|opt|opt]]`; text and options exclude `]` and `|`, so no ambiguity.
const MARKER = /\[\[(drug|nct|phase|date):([^\]|]+)((?:\|[^\]|]*)*)\]\]/g;
const HEADER = /^%% documentDate: (\d{4}-\d{2}-\d{2}|null)\r?\n/;

/** Strips the markers from a marked-up source; throws on a malformed marker or header. */
export function parseMarked(source: string): Annotated {
  const header = HEADER.exec(source);
  if (!header) throw new Error('first line must be "%% documentDate: YYYY-MM-DD" or "... null"');
  const body = source.slice(header[0].length);
  const facts: GoldFact[] = [];
  let text = '';
  let last = 0;
  for (const m of body.matchAll(MARKER)) {
    const [whole, kind, span, opts] = m;
    text += body.slice(last, m.index);
    last = m.index + whole.length;
    const fact = makeFact(kind as GoldFact['kind'], span, opts, text.length);
    facts.push(fact);
    text += span;
  }
  text += body.slice(last);
  if (text.includes('[[drug:') || text.includes('[[date:') || text.includes('[[phase:') || text.includes('[[nct:')) {
    throw new Error(`unparsed marker near: ${text.slice(text.search(/\[\[(drug|nct|phase|date):/), 60)}`);
  }
  facts.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  return { text, gold: { documentDate: header[1] === 'null' ? null : header[1], facts } };
}

function makeFact(kind: GoldFact['kind'], span: string, opts: string, start: number): GoldFact {
  let value: string | undefined;
  let generic: string | undefined;
  let resolved: string | undefined;
  for (const opt of opts.split('|').slice(1)) {
    const eq = opt.indexOf('=');
    const key = eq < 0 ? '' : opt.slice(0, eq);
    if (key === 'generic') generic = opt.slice(eq + 1);
    else if (key === 'resolved') resolved = opt.slice(eq + 1);
    else if (key === '' && opt !== '') value = opt;
    else throw new Error(`unknown option "${opt}" on ${kind} "${span}"`);
  }
  if (value === undefined) {
    if (kind === 'drug') value = span.toLowerCase();
    else if (kind === 'nct') value = span.toUpperCase();
    else throw new Error(`${kind} "${span}" needs a value`);
  }
  const fact: GoldFact = { kind, text: span, start, end: start + span.length, value };
  if (generic !== undefined) fact.generic = generic;
  if (resolved !== undefined) fact.resolved = resolved;
  return fact;
}

/** The JSON as committed: one fact per line, like ../shared/examples. */
export function formatGold(gold: GoldFile): string {
  const lines = gold.facts.map((f) => '  ' + JSON.stringify(f));
  return `{ "documentDate": ${JSON.stringify(gold.documentDate)},\n  "facts": [\n${lines.join(',\n')}\n] }\n`;
}

// Reviewer aid only: words that often start a fact. Not a scanner; it over-reports on purpose.
const SUSPECT = /\b(?:phases?|ph\.|nct|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter|quarter|yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|next|this|earlier|later|(?:19|20)\d\d)\b/gi;
const LEXICON = path.resolve(__dirname, '..', '..', 'shared', 'lexicon', 'drugs.tsv');

function lint(name: string, text: string, facts: readonly GoldFact[]): void {
  const covered = (s: number, e: number) => facts.some((f) => f.start < e && s < f.end);
  const names = fs.existsSync(LEXICON)
    ? new Set(fs.readFileSync(LEXICON, 'utf8').split('\n').slice(1).map((l) => l.split('\t')[0].toLowerCase()))
    : new Set<string>();
  const hits: string[] = [];
  for (const m of text.matchAll(SUSPECT)) if (!covered(m.index, m.index + m[0].length)) hits.push(`${m.index}:${m[0]}`);
  for (const m of text.matchAll(/[A-Za-z][A-Za-z-]{3,}/g)) {
    if (names.has(m[0].toLowerCase()) && !covered(m.index, m.index + m[0].length)) hits.push(`${m.index}:${m[0]}(lexicon)`);
  }
  for (const h of hits) {
    const at = Number(h.slice(0, h.indexOf(':')));
    console.log(`${name} ${h}  …${text.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ')}…`);
  }
}

function main(): void {
  const root = path.resolve(__dirname, '..', 'test', 'fixtures', 'articles');
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const name of fs.readdirSync(path.join(root, 'src')).sort()) {
    const { text, gold } = parseMarked(fs.readFileSync(path.join(root, 'src', name), 'utf8'));
    const errors = validateGold(text, gold);
    for (const e of errors) console.log(`${name}: ${e}`);
    if (errors.length) stale++;
    if (process.argv.includes('--lint')) {
      lint(name, text, gold.facts);
      continue;
    }
    const outputs: [string, string][] = [
      [path.join(root, name), text],
      [path.join(root, name.replace(/\.[a-z]+$/, '') + '.facts.json'), formatGold(gold)],
    ];
    for (const [file, content] of outputs) {
      const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
      if (current === content) continue;
      if (check) {
        stale++;
        console.log(`out of date: ${path.relative(root, file)}`);
      } else {
        fs.writeFileSync(file, content);
        console.log(`wrote ${path.relative(root, file)} (${gold.facts.length} facts)`);
      }
    }
  }
  process.exit(stale ? 1 : 0);
}

if (require.main === module) main();
