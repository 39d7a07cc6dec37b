/**
 * Sentence bounds for the checks that tie two facts together ("the same
 * sentence"). A sentence ends at . ! ? followed by a space and a capital, a
 * digit or a quote, unless the word before the stop is a known abbreviation or a
 * single letter (U.S., Dr., Jan.); a line break always ends one (headlines, list items).
 */

export interface Sentences {
  /** [start, end) of the sentence holding `offset`. */
  at(offset: number): { start: number; end: number };
  /** Index of the sentence holding `offset`; equal indexes mean the same sentence. */
  index(offset: number): number;
}

const ABBREVIATIONS = new Set(
  'dr mr mrs ms prof inc co corp ltd st vs etc no jan feb mar apr jun jul aug sep sept oct nov dec approx fig al'.split(' '),
);

/** Where a sentence may end; found by the native regex search, which skips the text between them far faster than a loop. */
const STOP = /[.!?\n]/g;

export function splitSentences(text: string): Sentences {
  const starts = [0];
  STOP.lastIndex = 0;
  for (let m = STOP.exec(text); m !== null; m = STOP.exec(text)) {
    const i = m.index;
    if (text.charCodeAt(i) === 10) {
      starts.push(i + 1);
    } else if (isBoundary(text, i)) {
      let j = i + 1;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
      starts.push(j);
    }
  }
  starts.push(text.length + 1);
  const index = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    index,
    at(offset) {
      const i = index(offset);
      return { start: starts[i], end: Math.min(starts[i + 1], text.length) };
    },
  };
}

function isBoundary(text: string, i: number): boolean {
  const next = text[i + 1];
  if (next !== ' ' && next !== '\t' && next !== '\n' && next !== undefined) {
    // A closing quote or bracket right after the stop: look past it.
    if (next === '"' || next === '\u201d' || next === ')' || next === "'") return isBoundary(text, i + 1);
    return false;
  }
  let k = i + 1;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  const after = text[k];
  if (after !== undefined && !/[A-Z0-9"\u201c'(]/.test(after)) return false;
  if (text[i] !== '.') return true;
  let w = i;
  while (w > 0 && /[A-Za-z]/.test(text[w - 1])) w--;
  const word = text.slice(w, i).toLowerCase();
  if (word.length === 1) return false; // initials, U.S.
  return !ABBREVIATIONS.has(word);
}
