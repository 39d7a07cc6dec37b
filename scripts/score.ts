/**
 * Scoring of predicted facts against gold facts, one kind of one article at a
 * time: exact-span and overlapping-span matches, and on exact matches the
 * share of equal values, generics and resolved dates. Used by scripts/eval.ts.
 */
import type { Fact, FactKind } from '../src/core/facts';
import type { GoldFact } from './gold';

export type Outcome = 'fp' | 'fn' | 'span' | 'value' | 'generic' | 'resolved';

export interface Problem {
  outcome: Outcome;
  file: string;
  start: number;
  kind: FactKind;
  text: string;
  detail: string;
}

/** Counts for one kind (or all kinds) in one set. */
export interface Counts {
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

export function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, exact: 0, overlapGold: 0, overlapPredicted: 0, valueEqual: 0, genericGold: 0, genericEqual: 0, resolvedGold: 0, resolvedEqual: 0 };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Scores one article's predictions against its gold facts of one kind. */
export function scoreKind(file: string, kind: FactKind, gold: GoldFact[], predicted: Fact[], c: Counts, problems: Problem[]): void {
  c.gold += gold.length;
  c.predicted += predicted.length;
  const exactKey = (f: { start: number; end: number }) => `${f.start}:${f.end}`;
  const predByKey = new Map(predicted.map((p) => [exactKey(p), p]));
  const problem = (outcome: Outcome, f: { start: number; text: string }, detail: string) =>
    problems.push({ outcome, file, start: f.start, kind, text: f.text, detail });

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
  for (const p of predicted) if (used.has(p) && !goldKeys.has(exactKey(p))) problem('span', p, 'overlaps a gold fact with another span');
}

export function add(into: Counts, c: Counts): void {
  for (const k of Object.keys(into) as (keyof Counts)[]) into[k] += c[k];
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

function f1(p: number | null, r: number | null): number | null {
  if (p === null || r === null) return null;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function metrics(c: Counts) {
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

