import type { Fact } from '../facts';

/**
 * Clinical-trial phases, written "Phase 3", "phase III", "Phase 1b/2a", "phase-3",
 * "Phases 2 and 3", "phase three trial", "Ph. 3 study". A regex finds the keyword;
 * a small hand-written reader takes the numerals after it, so no pattern has to
 * express the (optional, repeated) list and cannot backtrack.
 */

/** The keyword: "phase", "phases" or the abbreviation "Ph." (whole word, any case). */
const KEYWORD = /\b(?:phases?\b|ph\.)/gi;

/** Words after a phase that make it a trial phase even when the phase itself is ambiguous. */
const TRIAL_WORDS = new Set([
  'trial', 'trials', 'study', 'studies', 'clinical', 'testing', 'test', 'tests',
  'data', 'results', 'program', 'programs', 'programme', 'programmes', 'research',
  'portion', 'part', 'cohort', 'extension', 'readout', 'readouts', 'efficacy', 'safety',
]);

/** Words that cannot follow the pronoun "I", so "phase I is" / "phase I and" is a phase. */
const NOT_AFTER_PRONOUN = new Set(['is', 'has', 'and', 'or', 'with', 'for', 'at', 'in', 'on']);

const SPELLED: Record<string, string> = { zero: '0', one: '1', two: '2', three: '3', four: '4' };

const ROMAN: readonly [string, string][] = [
  ['III', '3'],
  ['II', '2'],
  ['IV', '4'],
  ['I', '1'],
];

/** What a numeral needs around it to count as a trial phase. */
type Needs =
  | 'nothing'
  /** Spelled-out numbers ("phase one"): a trial word must follow. */
  | 'trial-word'
  /** A lone "I" could be the pronoun ("this phase I noticed"): not a lower-case word after "phase". */
  | 'not-pronoun';

interface Numeral {
  /** Normalized: Arabic digit plus lower-case sub-letter. */
  value: string;
  end: number;
  needs: Needs;
}

const LETTER = /\p{L}/u;
/** Any script's letter; ASCII answered without the regex (this runs for every character read). */
function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(c);
}
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isSpace = (c: string | undefined) => c === ' ' || c === '\u00a0' || c === '\t' || c === '\n' || c === '\r';

/** Index after a run of whitespace holding at most one line break (a blank line ends a paragraph). */
function skipSpace(s: string, i: number): number {
  let breaks = 0;
  for (; isSpace(s[i]); i++) if (s[i] === '\n' && ++breaks > 1) return i;
  return i;
}

/** A sub-letter a-c glued to a numeral ("2b", "IIa"), only when nothing else is glued after it. */
function subLetter(s: string, i: number): string {
  const c = s[i];
  if (c !== undefined && /[abcABC]/.test(c) && !isLetter(s[i + 1]) && !isDigit(s[i + 1])) return c.toLowerCase();
  return '';
}

/** Reads one phase numeral at `i`: 0-4, I-IV, or zero-four spelled out. */
function readNumeral(s: string, i: number): Numeral | null {
  const c = s[i];
  if (c !== undefined && c >= '0' && c <= '4') {
    const next = s[i + 1];
    // "phase 1.5", "phase 12", "phase 1,000" are not phases.
    if (isDigit(next) || ((next === '.' || next === ',') && isDigit(s[i + 2]))) return null;
    const sub = subLetter(s, i + 1);
    if (!sub && isLetter(next)) return null;
    return { value: c + sub, end: i + 1 + sub.length, needs: 'nothing' };
  }
  for (const [roman, arabic] of ROMAN) {
    // Upper case, or lower case when it cannot be the pronoun "I" ("phase ii", "phase iv").
    if (!s.startsWith(roman, i) && !(roman.length > 1 && s.startsWith(roman.toLowerCase(), i))) continue;
    const after = i + roman.length;
    const sub = subLetter(s, after);
    if (!sub && (isLetter(s[after]) || isDigit(s[after]))) continue;
    return { value: arabic + sub, end: after + sub.length, needs: roman === 'I' && !sub ? 'not-pronoun' : 'nothing' };
  }
  const word = wordAt(s, i, 6);
  const spelled = SPELLED[word];
  return spelled === undefined ? null : { value: spelled, end: i + word.length, needs: 'trial-word' };
}

interface Join {
  /** Index after the separator and its spaces. */
  next: number;
  /** A comma only lists ("phase I, II and III") when an "and" closes the list. */
  comma: boolean;
}

const isAnd = (s: string, i: number) => wordAt(s, i, 3) === 'and' && isSpace(s[i + 3]);

/** Reads the separator between two numerals of one phase: "/", "-", "–", "&", "and", ",". */
function readJoin(s: string, i: number): Join | null {
  const j = skipSpace(s, i);
  const c = s[j];
  if (c === '/' || c === '&') return { next: skipSpace(s, j + 1), comma: false };
  // A hyphen or dash only when glued ("1-2", "1–2"), so "phase 3 - 12 patients" stays apart.
  if ((c === '-' || c === '\u2013') && j === i) return { next: j + 1, comma: false };
  if (isAnd(s, j) && j > i) return { next: skipSpace(s, j + 3), comma: false };
  if (c === ',' && j === i && isSpace(s[j + 1])) {
    const k = skipSpace(s, j + 1);
    // The serial comma: ", and" closes the list like "and".
    return isAnd(s, k) ? { next: skipSpace(s, k + 3), comma: false } : { next: k, comma: true };
  }
  return null;
}

/**
 * The whole word (letters) starting at `i`, lower-cased, or '' when there is none or it is
 * longer than `max` (no word this module compares with is longer).
 */
function wordAt(s: string, i: number, max: number): string {
  let j = i;
  while (j - i <= max && isLetter(s[j])) j++;
  return j === i || j - i > max ? '' : s.slice(i, j).toLowerCase();
}

/** The lower-cased word after whitespace at `i`, or '' when none (or too long to matter). */
function nextWord(s: string, i: number): string {
  return wordAt(s, skipSpace(s, i), 16);
}

/** How strict a list of numerals is: the least demanding numeral decides ("Phase I/II" is sure). */
function weakest(a: Needs, b: Needs): Needs {
  if (a === 'nothing' || b === 'nothing') return 'nothing';
  return a === 'not-pronoun' || b === 'not-pronoun' ? 'not-pronoun' : 'trial-word';
}

/**
 * Reads the numerals after the keyword ending at `i`; null when there are none.
 * The keyword and the numeral are apart by spaces or one hyphen ("phase-3"); "Ph." may touch it.
 */
function readPhase(s: string, i: number, abbreviated: boolean): { values: string[]; end: number; needs: Needs } | null {
  let j: number;
  if (s[i] === '-' || s[i] === '\u2010' || s[i] === '\u2011') j = i + 1;
  else if (isSpace(s[i]) || abbreviated) j = skipSpace(s, i);
  else return null;
  const first = readNumeral(s, j);
  if (!first) return null;
  const read = [first];
  /** How many numerals are sure to belong: those before an open comma list ("phase 2, 3 patients"). */
  let kept = 1;
  for (let join = readJoin(s, first.end); join !== null; join = readJoin(s, read[read.length - 1].end)) {
    const more = readNumeral(s, join.next);
    // "Phase 2 and 3-year survival": a numeral glued to a hyphenated word is a count, not a phase.
    if (!more || (s[more.end] === '-' && isLetter(s[more.end + 1]))) break;
    read.push(more);
    if (!join.comma) kept = read.length;
  }
  const numerals = read.slice(0, kept);
  const needs = numerals.map((n) => n.needs).reduce(weakest);
  return { values: numerals.map((n) => n.value), end: numerals[kept - 1].end, needs: abbreviated ? 'trial-word' : needs };
}

/** Whether what follows the numerals lets them count, given what they need. */
function contextAllows(prose: string, keyword: string, end: number, needs: Needs): boolean {
  const after = nextWord(prose, end);
  // "phase 2 of the project" names a step of something, not a trial phase.
  if (after === 'of') return false;
  if (needs === 'nothing' || TRIAL_WORDS.has(after)) return true;
  if (needs === 'trial-word') return false;
  if (NOT_AFTER_PRONOUN.has(after)) return true;
  const first = prose[skipSpace(prose, end)] ?? '';
  const lowerWordAfter = after !== '' && first !== first.toUpperCase();
  return keyword[0] === 'P' || !lowerWordAfter;
}

/** Finds explicit clinical-trial phases ("Phase 1b/2a", "phase III", "Phases 2 and 3"), appended to `into`. */
export function scanPhases(prose: string, into: Fact[] = []): Fact[] {
  KEYWORD.lastIndex = 0;
  for (let m = KEYWORD.exec(prose); m !== null; m = KEYWORD.exec(prose)) {
    const start = m.index;
    const found = readPhase(prose, start + m[0].length, m[0].endsWith('.'));
    if (!found || !contextAllows(prose, m[0], found.end, found.needs)) continue;
    const text = prose.slice(start, found.end);
    into.push({ kind: 'phase', text, start, end: found.end, value: found.values.join('/') });
    KEYWORD.lastIndex = found.end;
  }
  return into;
}
