/**
 * Where a date can start: a digit, or the first letters of a calendar word, at the start of a
 * word as the regex `\b` sees it (word characters are the ASCII letters, digits and "_").
 *
 * The word tokenizer (words/tokens.ts) asks wordStartKind at each word start as it reads the
 * paragraph's bytes, so the date scanner needs no pass of its own over the text: two global
 * regexes, then a byte automaton, were most of the date scanner's time. The same question tells
 * whether a word starts with "nct" or "ph", without which the NCT and phase scanners have
 * nothing to find.
 */

export type AnchorKind = 'digit' | 'month' | 'weekday' | 'day' | 'relative' | 'season' | 'quarter' | 'ordinal';

/**
 * The first letters of the words each kind of date can start with: months by their 3-letter
 * abbreviation, the others by 4 letters, which turns away "thing", "found", "autism", "monitor"
 * before any handler runs.
 */
export const ANCHOR_PREFIXES: Record<Exclude<AnchorKind, 'digit'>, string> = {
  month: 'jan feb mar apr may jun jul aug sep oct nov dec',
  weekday: 'mond tues wedn thur frid satu sund',
  day: 'yest tomo toni toda',
  relative: 'earl late last next this',
  season: 'spri summ fall autu wint',
  quarter: 'q1 q2 q3 q4',
  ordinal: 'firs seco thir four fina',
};

/** Kinds by their code in `AnchorList.kind`. */
export const ANCHOR_KINDS = ['digit', ...Object.keys(ANCHOR_PREFIXES)] as readonly AnchorKind[];
const DIGIT_KIND = 0;
/** wordStartKind's answers beyond the date kinds: a word starting with "nct", or with "ph". */
export const NCT_START = ANCHOR_KINDS.length;
export const PHASE_START = NCT_START + 1;
const NONE = -1;

/** A letter's index (0-25, either case), or a value outside that range for any other byte. */
const letter = (c: number): number => (c | 32) - 97;
const isLetterIndex = (l: number): boolean => l >= 0 && l <= 25;

/**
 * By a word's first three letters (26^3 cells): 0 nothing; a kind code (1-7) for a 3-letter
 * prefix; FOUR + n for the first three letters of 4-letter prefixes, whose fourth letters give the
 * kind in FOURTH[26n + letter].
 */
const BY_THREE = new Uint8Array(26 * 26 * 26);
const FOUR = 16;
const fourth: number[] = [];
/** By the first two letters: "nct" and "ph" (26^2 cells, 1 where a word may start a phase or an NCT ID). */
const PH = letter(0x70) * 26 + letter(0x68);
const threeIndex = (p: string) => (letter(p.charCodeAt(0)) * 26 + letter(p.charCodeAt(1))) * 26 + letter(p.charCodeAt(2));
for (let code = 1; code < ANCHOR_KINDS.length; code++) {
  for (const p of ANCHOR_PREFIXES[ANCHOR_KINDS[code] as Exclude<AnchorKind, 'digit'>].split(' ')) {
    if (p.length === 2) continue; // "q1"-"q4": a letter and a digit (wordStartKind)
    const cell = threeIndex(p);
    if (p.length === 3) {
      // A prefix that is also the start of a longer one would need a cell that is both.
      if (BY_THREE[cell] !== 0) throw new Error(`date anchor prefix "${p}" clashes`);
      BY_THREE[cell] = code;
      continue;
    }
    if (BY_THREE[cell] !== 0 && BY_THREE[cell] < FOUR) throw new Error(`date anchor prefix "${p}" clashes`);
    if (BY_THREE[cell] === 0) {
      BY_THREE[cell] = FOUR + fourth.length / 26;
      for (let k = 0; k < 26; k++) fourth.push(0);
    }
    fourth[(BY_THREE[cell] - FOUR) * 26 + letter(p.charCodeAt(3))] = code;
  }
}
const FOURTH = Uint8Array.from(fourth);
const NCT = threeIndex('nct');
const QUARTER_KIND = ANCHOR_KINDS.indexOf('quarter');

/**
 * What the word starting at byte `i` of `b` (`size` bytes) may begin: a date (its ANCHOR_KINDS
 * code), an NCT ID (NCT_START), a phase keyword (PHASE_START), or nothing (-1). The caller
 * tells word starts (and that a date needs one as the regex `\b` has it: not after "_").
 */
export function wordStartKind(b: Uint8Array, i: number, size: number): number {
  const c0 = b[i];
  if (c0 >= 48 && c0 <= 57) return DIGIT_KIND;
  const l0 = letter(c0);
  if (i + 1 >= size || !isLetterIndex(l0)) return NONE;
  const c1 = b[i + 1];
  const l1 = letter(c1);
  if (!isLetterIndex(l1)) return l0 === 16 && c1 >= 49 && c1 <= 52 ? QUARTER_KIND : NONE; // "q1"-"q4"
  if (l0 * 26 + l1 === PH) return PHASE_START;
  const l2 = i + 2 < size ? letter(b[i + 2]) : NONE;
  if (!isLetterIndex(l2)) return NONE;
  const cell = (l0 * 26 + l1) * 26 + l2;
  if (cell === NCT) return NCT_START;
  const code = BY_THREE[cell];
  if (code < FOUR) return code === 0 ? NONE : code;
  const l3 = i + 3 < size ? letter(b[i + 3]) : NONE;
  return isLetterIndex(l3) && FOURTH[(code - FOUR) * 26 + l3] !== 0 ? FOURTH[(code - FOUR) * 26 + l3] : NONE;
}

/** The anchors of one paragraph in text order, as parallel arrays (reused from paragraph to paragraph). */
export class AnchorList {
  count = 0;
  /** UTF-16 offset of each anchor. */
  at = new Int32Array(64);
  /** Index into ANCHOR_KINDS. */
  kind = new Uint8Array(64);

  push(at: number, kind: number): void {
    if (this.count === this.at.length) {
      const size = 2 * this.count;
      const at2 = new Int32Array(size);
      at2.set(this.at);
      this.at = at2;
      const kind2 = new Uint8Array(size);
      kind2.set(this.kind);
      this.kind = kind2;
    }
    this.at[this.count] = at;
    this.kind[this.count] = kind;
    this.count++;
  }
}
