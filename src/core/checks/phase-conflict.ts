import type { Fact } from '../facts';
import type { Check, CheckContext } from './context';

/**
 * phase-conflict: one trial given two different phases. A phase belongs to a trial
 * when they share a sentence that names exactly one trial (an NCT ID and/or a name
 * like "the ALSummit trial") and states exactly one phase. An NCT ID and a name in
 * the same sentence are the same trial. Phases conflict only when they share no
 * number: "Phase 2/3" and "Phase 3", or "Phase 2b" and "Phase 2", are compatible.
 */
export const phaseConflict: Check = (ctx) => {
  const mentions = trialPhaseMentions(ctx);
  const out: ReturnType<Check> = [];
  const firstByTrial = new Map<string, Mention>();
  for (const m of mentions) {
    const first = firstByTrial.get(m.trial);
    if (!first) {
      firstByTrial.set(m.trial, m);
      continue;
    }
    if (compatible(first.phase.value, m.phase.value)) continue;
    out.push({
      code: 'phase-conflict',
      message: `${m.label} is called '${m.phase.text}' here but '${first.phase.text}' earlier: which phase is it?`,
      start: m.phase.start,
      end: m.phase.end,
      related: [{ start: first.phase.start, end: first.phase.end, message: `${first.label} is called '${first.phase.text}' here` }],
    });
  }
  return out;
};

interface Mention {
  /** Canonical trial key after merging IDs and names. */
  trial: string;
  label: string;
  phase: Fact;
}

function trialPhaseMentions(ctx: CheckContext): Mention[] {
  const bySentence = new Map<number, { ids: Set<string>; labels: Map<string, string>; phases: Fact[] }>();
  const slot = (offset: number) => {
    const i = ctx.sentences.index(offset);
    let s = bySentence.get(i);
    if (!s) bySentence.set(i, (s = { ids: new Set(), labels: new Map(), phases: [] }));
    return s;
  };
  for (const f of ctx.analysis.facts) {
    if (f.kind === 'nct') {
      const s = slot(f.start);
      s.ids.add(`nct:${f.value}`);
      s.labels.set(`nct:${f.value}`, `Trial ${f.value}`);
    } else if (f.kind === 'phase') {
      slot(f.start).phases.push(f);
    }
  }
  for (const name of trialNames(ctx.prose)) {
    const s = slot(name.start);
    s.ids.add(`name:${name.key}`);
    s.labels.set(`name:${name.key}`, `The ${name.text} trial`);
  }

  // An ID and a name in one sentence are one trial: union them.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k);
    if (p === undefined || p === k) return k;
    const root = find(p);
    parent.set(k, root);
    return root;
  };
  const sentences = [...bySentence.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
  for (const s of sentences) {
    const [first, ...rest] = [...s.ids];
    for (const k of rest) if (find(k) !== find(first)) parent.set(find(k), find(first));
  }

  const out: Mention[] = [];
  for (const s of sentences) {
    const trials = new Set([...s.ids].map(find));
    const values = new Set(s.phases.map((p) => p.value));
    if (trials.size !== 1 || values.size !== 1) continue;
    const [trial] = trials;
    const label = s.labels.get([...s.ids][0]) ?? 'This trial';
    for (const phase of s.phases) out.push({ trial, label, phase });
  }
  return out.sort((a, b) => a.phase.start - b.phase.start);
}

/** Named trials: a word with a second capital or a digit (ALSummit, PHOENIX, CENTAUR, HEALEY) before "trial" or "study". */
export function trialNames(prose: string): { start: number; text: string; key: string }[] {
  const out: { start: number; text: string; key: string }[] = [];
  for (const m of prose.matchAll(/\b(?:trial|study)\b/g)) {
    const at = m.index ?? 0;
    let end = at - 1;
    while (end > 0 && prose[end - 1] === ' ') end--;
    if (end === at - 1 && prose[end] !== ' ') continue;
    let start = end;
    while (start > 0 && /[A-Za-z0-9-]/.test(prose[start - 1])) start--;
    const word = prose.slice(start, end);
    if (!isTrialName(word)) continue;
    out.push({ start, text: word, key: word.toLowerCase() });
  }
  return out;
}

const NOT_NAMES = new Set(['phase', 'covid-19', 'ii', 'iii', 'iv', 'fda', 'nih', 'us', 'uk', 'eu', 'rct', 'ole', 'als']);

function isTrialName(word: string): boolean {
  if (word.length < 3 || !/^[A-Z]/.test(word) || NOT_NAMES.has(word.toLowerCase())) return false;
  if (/^[IVX]+$/.test(word) || /^\d/.test(word)) return false;
  return /[A-Z0-9]/.test(word.slice(1));
}

/** Two phase values are compatible when they share a phase number (2/3 vs 3, 2b vs 2). */
function compatible(a: string, b: string): boolean {
  const numbers = (v: string) => new Set(v.split('/').map((p) => p.replace(/[a-z]/g, '')));
  const na = numbers(a);
  for (const n of numbers(b)) if (na.has(n)) return true;
  return false;
}
