/**
 * Evaluation: runs the engine over the hand-annotated articles and compares
 * its facts with the gold annotations, per kind.
 *
 *   npm run eval [-- --verbose] [-- --json]
 *
 * Sets: `fixtures` (test/fixtures/articles) and, when ../shared/examples exists
 * next to the project, `unseen` (articles nobody tuned the engine on).
 * Spans are scored exactly and by overlap; values, generics and resolved dates
 * are scored on exact-span matches. Always exits 0 (it is a report), except 2
 * when an annotation file is malformed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createEngine, type Engine } from '../src/core/engine';
import type { Fact, FactKind } from '../src/core/facts';
import { FACT_KINDS } from '../src/core/facts';
import { loadGoldDir, validateGold, type GoldArticle, type GoldFact } from './gold';

type Outcome = 'fp' | 'fn' | 'value' | 'generic' | 'resolved';

interface Problem {
  outcome: Outcome;
  file: string;
  start: number;
  kind: FactKind;
  text: string;
  detail: string;
}

/** Counts for one kind (or all kinds) in one set. */
interface Counts {
  gold: number;
  predicted: number;
  exact: number;
  overlapGold: number;
  overlapPredicted: number;
  valueEqual: number;
  genericGold: number;
  genericEqual: number;
  resolvedGold: number;
  resolvedEqual: number;
}

interface SetResult {
  name: string;
  files: number;
  errors: string[];
  documentDate: { annotated: number; equal: number };
  counts: Record<FactKind | 'all', Counts>;
  problems: Problem[];
}

const ROOT = path.resolve(__dirname, '..');

function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, exact: 0, overlapGold: 0, overlapPredicted: 0, valueEqual: 0, genericGold: 0, genericEqual: 0, resolvedGold: 0, resolvedEqual: 0 };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Scores one article's predictions against its gold facts of one kind. */
function scoreKind(article: GoldArticle, kind: FactKind, gold: GoldFact[], predicted: Fact[], c: Counts, problems: Problem[]): void {
  c.gold += gold.length;
  c.predicted += predicted.length;
  const exactKey = (f: { start: number; end: number }) => `${f.start}:${f.end}`;
  const predByKey = new Map(predicted.map((p) => [exactKey(p), p]));
  const problem = (outcome: Outcome, f: { start: number; text: string }, detail: string) =>
    problems.push({ outcome, file: article.name, start: f.start, kind, text: f.text, detail });

  for (const g of gold) {
    const p = predByKey.get(exactKey(g));
    if (!p) continue;
    c.exact++;
    if (p.value === g.value) c.valueEqual++;
    else problem('value', g, `gold ${g.value}, got ${p.value}`);
    if (g.generic !== undefined) {
      c.genericGold++;
      if (p.generic === g.generic) c.genericEqual++;
      else problem('generic', g, `gold ${g.generic}, got ${p.generic ?? '(none)'}`);
    }
    if (g.resolved !== undefined) {
      c.resolvedGold++;
      if (p.resolved === g.resolved) c.resolvedEqual++;
      else problem('resolved', g, `gold ${g.resolved}, got ${p.resolved ?? '(none)'}`);
    }
  }
  // Overlap: one-to-one, each gold fact paired with the first unused overlapping prediction.
  const used = new Set<Fact>();
  for (const g of gold) {
    const p = predicted.find((q) => !used.has(q) && overlaps(q, g));
    if (p) used.add(p);
    else problem('fn', g, `missed (gold ${g.value})`);
  }
  c.overlapGold += used.size;
  c.overlapPredicted += used.size;
  for (const p of predicted) if (!used.has(p)) problem('fp', p, `spurious (value ${p.value})`);
  // Exact-span misses that still overlap are worth seeing too.
  const goldKeys = new Set(gold.map(exactKey));
  for (const p of predicted) if (used.has(p) && !goldKeys.has(exactKey(p))) problem('fp', p, 'span differs from gold (overlap only)');
}

function add(into: Counts, c: Counts): void {
  for (const k of Object.keys(into) as (keyof Counts)[]) into[k] += c[k];
}

function evaluate(name: string, dir: string, engine: Engine): SetResult {
  const counts = { all: emptyCounts() } as Record<FactKind | 'all', Counts>;
  for (const k of FACT_KINDS) counts[k] = emptyCounts();
  const result: SetResult = { name, files: 0, errors: [], documentDate: { annotated: 0, equal: 0 }, counts, problems: [] };
  for (const article of loadGoldDir(dir)) {
    const malformed = validateGold(article.text, article.gold);
    if (malformed.length) {
      result.errors.push(...malformed.map((e) => `${path.relative(ROOT, article.file)}: ${e}`));
      continue;
    }
    result.files++;
    let facts: Fact[] = [];
    let documentDate: string | null = null;
    try {
      const analysis = engine.analyze(article.text, { format: article.format });
      facts = analysis.facts;
      documentDate = analysis.documentDate?.value ?? null;
    } catch (err) {
      // An engine crash is a result worth reporting, not a reason to stop the report.
      console.error(`${article.name}: engine threw: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (article.gold.documentDate !== undefined) {
      result.documentDate.annotated++;
      if (documentDate === article.gold.documentDate) result.documentDate.equal++;
    }
    for (const kind of FACT_KINDS) {
      const c = emptyCounts();
      const gold = article.gold.facts.filter((f) => f.kind === kind);
      scoreKind(article, kind, gold, facts.filter((f) => f.kind === kind), c, result.problems);
      add(counts[kind], c);
      add(counts.all, c);
    }
  }
  return result;
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

function f1(p: number | null, r: number | null): number | null {
  if (p === null || r === null) return null;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function metrics(c: Counts) {
  const exactP = ratio(c.exact, c.predicted);
  const exactR = ratio(c.exact, c.gold);
  const overlapP = ratio(c.overlapPredicted, c.predicted);
  const overlapR = ratio(c.overlapGold, c.gold);
  return {
    gold: c.gold,
    predicted: c.predicted,
    exact: { precision: exactP, recall: exactR, f1: f1(exactP, exactR) },
    overlap: { precision: overlapP, recall: overlapR, f1: f1(overlapP, overlapR) },
    value: ratio(c.valueEqual, c.exact),
    generic: ratio(c.genericEqual, c.genericGold),
    resolved: ratio(c.resolvedEqual, c.resolvedGold),
    genericGold: c.genericGold,
    resolvedGold: c.resolvedGold,
  };
}

const pct = (x: number | null) => (x === null ? '—' : (100 * x).toFixed(1));

function printTable(r: SetResult): void {
  console.log(`\n== ${r.name}: ${r.files} article(s); document date ${r.documentDate.equal}/${r.documentDate.annotated} right ==`);
  const header = ['kind', 'gold', 'pred', 'P', 'R', 'F1', 'P~', 'R~', 'F1~', 'value', 'generic', 'resolved'];
  const rows = [header];
  for (const kind of [...FACT_KINDS, 'all'] as const) {
    const m = metrics(r.counts[kind]);
    rows.push([
      kind, String(m.gold), String(m.predicted),
      pct(m.exact.precision), pct(m.exact.recall), pct(m.exact.f1),
      pct(m.overlap.precision), pct(m.overlap.recall), pct(m.overlap.f1),
      pct(m.value),
      m.genericGold ? `${pct(m.generic)} (${m.genericGold})` : '—',
      m.resolvedGold ? `${pct(m.resolved)} (${m.resolvedGold})` : '—',
    ]);
  }
  const widths = header.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
  console.log('P/R/F1: exact spans; P~/R~/F1~: overlapping spans; value/generic/resolved: share right among exact-span matches (gold count).');
}

function printProblems(r: SetResult): void {
  const sorted = [...r.problems].sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start);
  for (const p of sorted) console.log(`${p.outcome.padEnd(8)} ${p.file}:${p.start}  ${p.kind.padEnd(5)} ${JSON.stringify(p.text)}  ${p.detail}`);
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const json = process.argv.includes('--json');
  const engine = createEngine();
  const sets: [string, string][] = [['fixtures', path.join(ROOT, 'test', 'fixtures', 'articles')]];
  const unseen = path.resolve(ROOT, '..', 'shared', 'examples');
  if (fs.existsSync(unseen)) sets.push(['unseen', unseen]);

  const results = sets.map(([name, dir]) => evaluate(name, dir, engine));
  const errors = results.flatMap((r) => r.errors);

  if (json) {
    const out = results.map((r) => ({
      set: r.name,
      files: r.files,
      documentDate: r.documentDate,
      kinds: Object.fromEntries([...FACT_KINDS, 'all'].map((k) => [k, metrics(r.counts[k as FactKind | 'all'])])),
      ...(verbose ? { problems: r.problems } : {}),
      errors: r.errors,
    }));
    console.log(JSON.stringify(out, null, 2));
  } else {
    for (const r of results) {
      printTable(r);
      if (verbose) printProblems(r);
    }
  }
  for (const e of errors) console.error(`malformed annotation: ${e}`);
  process.exit(errors.length ? 2 : 0);
}

main();
