/**
 * Evaluation: runs the engine over the hand-annotated articles and compares
 * its facts with the gold annotations, per kind.
 *
 *   npm run eval [-- --verbose] [-- --json] [-- --dir MORE_ANNOTATED_ARTICLES]
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
import { loadGoldDir, validateGold } from './gold';
import { add, emptyCounts, metrics, scoreKind, type Counts, type Problem } from './score';

interface SetResult {
  name: string;
  files: number;
  errors: string[];
  documentDate: { annotated: number; equal: number; wrong: string[] };
  counts: Record<FactKind | 'all', Counts>;
  problems: Problem[];
}

const ROOT = path.resolve(__dirname, '..');

function evaluate(name: string, dir: string, engine: Engine, textDir = dir): SetResult {
  const counts = { all: emptyCounts() } as Record<FactKind | 'all', Counts>;
  for (const k of FACT_KINDS) counts[k] = emptyCounts();
  const result: SetResult = { name, files: 0, errors: [], documentDate: { annotated: 0, equal: 0, wrong: [] }, counts, problems: [] };
  for (const article of loadGoldDir(dir, textDir)) {
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
      else result.documentDate.wrong.push(`${article.name}: gold ${article.gold.documentDate}, got ${documentDate}`);
    }
    for (const kind of FACT_KINDS) {
      const c = emptyCounts();
      const gold = article.gold.facts.filter((f) => f.kind === kind);
      scoreKind(article.name, kind, gold, facts.filter((f) => f.kind === kind), c, result.problems);
      add(counts[kind], c);
      add(counts.all, c);
    }
  }
  return result;
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
  for (const w of r.documentDate.wrong) console.log(`docdate  ${w}`);
  const sorted = [...r.problems].sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start);
  for (const p of sorted) console.log(`${p.outcome.padEnd(8)} ${p.file}:${p.start}  ${p.kind.padEnd(5)} ${JSON.stringify(p.text)}  ${p.detail}`);
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const json = process.argv.includes('--json');
  const engine = createEngine();
  const sets: [string, string, string?][] = [['fixtures', path.join(ROOT, 'test', 'fixtures', 'articles')]];
  const unseen = path.resolve(ROOT, '..', 'shared', 'examples');
  if (fs.existsSync(unseen)) sets.push(['unseen', unseen]);
  // Real corpus articles annotated by hand without looking at the engine: the annotations are
  // ours, the texts stay in ../shared. Measure on them; do not tune rules to them.
  const corpus = path.resolve(ROOT, '..', 'shared', 'corpus', 'healthnews');
  if (fs.existsSync(corpus)) sets.push(['corpus (held out)', path.join(ROOT, 'test', 'fixtures', 'corpus-annotations'), corpus]);
  // More annotated sets, e.g. a held-out one kept outside the repository: --dir PATH (repeatable).
  process.argv.forEach((a, i) => {
    if (a === '--dir' && process.argv[i + 1]) sets.push([path.basename(process.argv[i + 1]), path.resolve(process.argv[i + 1])]);
  });

  const results = sets.map(([name, dir, textDir]) => evaluate(name, dir, engine, textDir));
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
