import type { Analysis, DocumentDate, Fact, FactKind } from '../../../src/core/facts';

/** A fact for the n-th occurrence (default first) of `snippet` in `text`. */
export function fact(text: string, kind: FactKind, snippet: string, value: string, extra: Partial<Fact> = {}, nth = 0): Fact {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(snippet, at + 1);
  if (at < 0) throw new Error(`'${snippet}' not in text`);
  return { kind, text: snippet, start: at, end: at + snippet.length, value, ...extra };
}

export function analysis(facts: Fact[], documentDate: DocumentDate | null = null): Analysis {
  return { facts: [...facts].sort((a, b) => a.start - b.start), documentDate };
}

/** Applies one edit. */
export function apply(text: string, edit: { start: number; end: number; text: string }): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}
