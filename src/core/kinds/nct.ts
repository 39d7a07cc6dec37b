import type { Fact } from '../facts';

/** A token that looks like an NCT ID but is not `NCT` + exactly 8 digits. */
export interface MalformedNct {
  start: number;
  end: number;
  text: string;
  /** The well-formed ID it most likely meant, when that is certain (only a stray separator). */
  suggestion?: string;
}

/**
 * "NCT", an optional short run of separators people put in by mistake, then digits.
 * Each part is a single character class with a bounded or possessive-by-construction
 * quantifier, so matching is linear.
 */
const NCT_LIKE = /nct([ \u00a0:#\-\u2010\u2011\u2013]{0,2})(\d+)/gi;

/** Letters and digits in any script: an ID glued to one is part of another word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

interface NctToken {
  start: number;
  end: number;
  separator: string;
  digits: string;
}

/** Every NCT-looking token not glued to a preceding letter or digit. */
function nctTokens(prose: string): NctToken[] {
  const out: NctToken[] = [];
  NCT_LIKE.lastIndex = 0;
  for (let m = NCT_LIKE.exec(prose); m !== null; m = NCT_LIKE.exec(prose)) {
    if (isWordChar(prose[m.index - 1])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, separator: m[1], digits: m[2] });
  }
  return out;
}

function isWellFormed(prose: string, t: NctToken): boolean {
  return t.separator === '' && t.digits.length === 8 && !isWordChar(prose[t.end]);
}

/** Finds ClinicalTrials.gov IDs (NCT + 8 digits) in prose, appended to `into`. Offsets are into `prose`. */
export function scanNct(prose: string, into: Fact[] = []): Fact[] {
  for (const t of nctTokens(prose)) {
    if (!isWellFormed(prose, t)) continue;
    const text = prose.slice(t.start, t.end);
    into.push({ kind: 'nct', text, start: t.start, end: t.end, value: text.toUpperCase() });
  }
  return into;
}

/**
 * NCT-looking tokens that are not valid IDs ("NCT0474529", "NCT 04745299",
 * "NCT-04745299", "NCT047452991"), for the `nct-malformed` check. A glued letter
 * after the digits ("NCT04745299a") makes the whole word the token.
 */
export function scanMalformedNct(prose: string): MalformedNct[] {
  const out: MalformedNct[] = [];
  for (const t of nctTokens(prose)) {
    if (isWellFormed(prose, t)) continue;
    let end = t.end;
    while (isWordChar(prose[end])) end++;
    const item: MalformedNct = { start: t.start, end, text: prose.slice(t.start, end) };
    // Only a separator between "NCT" and exactly 8 digits is a sure fix.
    if (end === t.end && t.digits.length === 8) item.suggestion = `NCT${t.digits}`;
    out.push(item);
  }
  return out;
}
