import type { Fact } from '../core/facts';

/** Questions the editor features ask about a document's facts. Pure: no vscode. */

/** The facts covering an offset, innermost first (the end counts, so a cursor right after a word hovers it). */
export function factsAt(facts: readonly Fact[], offset: number): Fact[] {
  const out: Fact[] = [];
  for (const f of facts) {
    if (f.start > offset) break; // facts are sorted by start
    if (offset <= f.end) out.push(f);
  }
  return out.sort((a, b) => a.end - a.start - (b.end - b.start));
}

/** The innermost fact covering an offset. */
export function factAt(facts: readonly Fact[], offset: number): Fact | undefined {
  return factsAt(facts, offset)[0];
}

/** Every mention of the same thing: same kind and value (a drug also by its generic). */
export function mentionsOf(facts: readonly Fact[], fact: Fact): Fact[] {
  return facts.filter((f) => f.kind === fact.kind && f.value === fact.value);
}

/** Facts grouped kind -> value, in document order of first mention. */
export function groupFacts(facts: readonly Fact[]): Map<Fact['kind'], Map<string, Fact[]>> {
  const groups = new Map<Fact['kind'], Map<string, Fact[]>>();
  for (const f of facts) {
    let byValue = groups.get(f.kind);
    if (!byValue) groups.set(f.kind, (byValue = new Map()));
    const list = byValue.get(f.value);
    if (list) list.push(f);
    else byValue.set(f.value, [f]);
  }
  return groups;
}

/** The paragraph around an offset: up to the nearest blank lines (or the text's ends). */
export function paragraphAround(text: string, offset: number): { start: number; end: number } {
  const blank = (from: number, to: number) => text.slice(from, to).trim() === '';
  let start = text.lastIndexOf('\n', offset - 1);
  while (start > 0) {
    const prev = text.lastIndexOf('\n', start - 1);
    if (blank(prev + 1, start)) break;
    start = prev;
  }
  let end = text.indexOf('\n', offset);
  while (end !== -1) {
    const next = text.indexOf('\n', end + 1);
    if (blank(end + 1, next === -1 ? text.length : next)) break;
    end = next;
  }
  return { start: start + 1, end: end === -1 ? text.length : end };
}

/** Whether a sentence ends between two spans of one paragraph. */
function sentenceBetween(text: string, a: Fact, b: Fact): boolean {
  const between = a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
  return /[.!?]["')\]]?\s/.test(between);
}

/** The phase nearest one mention of a trial: in its sentence, else in its paragraph. */
export function phaseNear(text: string, facts: readonly Fact[], mention: Fact): Fact | undefined {
  const para = paragraphAround(text, mention.start);
  let best: { fact: Fact; rank: number; distance: number } | undefined;
  for (const f of facts) {
    if (f.kind !== 'phase' || f.start < para.start || f.end > para.end) continue;
    const rank = sentenceBetween(text, mention, f) ? 1 : 0;
    const distance = f.start < mention.start ? mention.start - f.end : f.start - mention.end;
    if (!best || rank < best.rank || (rank === best.rank && distance < best.distance)) best = { fact: f, rank, distance };
  }
  return best?.fact;
}

export interface TrialPhase {
  /** The mention of the NCT ID. */
  mention: Fact;
  /** The phase the article gives near it. */
  phase: Fact;
}

/** The phases the article gives a trial: for each mention of its ID, the phase nearest it. */
export function phasesOfTrial(text: string, facts: readonly Fact[], nct: string): TrialPhase[] {
  const out: TrialPhase[] = [];
  for (const mention of facts) {
    if (mention.kind !== 'nct' || mention.value !== nct) continue;
    const phase = phaseNear(text, facts, mention);
    if (phase) out.push({ mention, phase });
  }
  return out;
}

/** The trials (NCT IDs) a phase mention is attributed to: those whose nearest phase it is. */
export function trialsOfPhase(text: string, facts: readonly Fact[], phase: Fact): string[] {
  const ids = new Set<string>();
  for (const f of facts) {
    if (f.kind === 'nct' && phaseNear(text, facts, f) === phase) ids.add(f.value);
  }
  return [...ids];
}

/** Distinct values, in first-mention order. */
export function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)];
}
