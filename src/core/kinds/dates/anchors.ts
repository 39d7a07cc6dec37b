/**
 * Where a date can start: a digit, or the first letters of a calendar word, at the start of a
 * word as the regex `\b` sees it (word characters are the ASCII letters, digits and "_").
 *
 * The word tokenizer (words/tokens.ts, words/tokenizer.wat) asks at each word start, as it reads
 * the paragraph's bytes, what may begin there, with the tables made here; so the date scanner
 * needs no pass of its own over the text: two global regexes, then a byte automaton, were most of
 * the date scanner's time. The same question tells whether a word starts with "nct" or "ph",
 * without which the NCT and phase scanners have nothing to find.
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
/** The tokenizer's answers at a word start beyond the date kinds: a word starting with "nct", or with "ph". */
export const NCT_START = ANCHOR_KINDS.length;
export const PHASE_START = NCT_START + 1;

/** A letter's index (0-25, either case), or a value outside that range for any other character. */
const letter = (c: number): number => (c | 32) - 97;

/**
 * By a word's first three letters (26^3 cells): 0 nothing; a kind code (1-7) for a 3-letter
 * prefix; FOUR + n for the first three letters of 4-letter prefixes, whose fourth letters give the
 * kind in FOURTH[26n + letter].
 */
const BY_THREE = new Uint8Array(26 * 26 * 26);
const FOUR = 16;
const fourth: number[] = [];
const threeIndex = (p: string) => (letter(p.charCodeAt(0)) * 26 + letter(p.charCodeAt(1))) * 26 + letter(p.charCodeAt(2));
for (let code = 1; code < ANCHOR_KINDS.length; code++) {
  for (const p of ANCHOR_PREFIXES[ANCHOR_KINDS[code] as Exclude<AnchorKind, 'digit'>].split(' ')) {
    if (p.length === 2) continue; // "q1"-"q4": a letter and a digit (the tokenizer's own test)
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

/**
 * A first test at each word start, by table, so that the full one runs only where an anchor may
 * begin (about one word start in twenty on news text: "the", "to", "for" stop here): by a word's
 * first two characters (either case, `(c0 | 32) << 7 | (c1 | 32) & 127`) a row of GATE_MASKS,
 * whose bits are the third letters that may follow; row ALWAYS for "ph" and "q1"-"q4", which need
 * no third. It may let through what the full test then turns away, never the reverse.
 */
const GATE = new Uint8Array(128 * 128);
const gateMasks: number[] = [0];
const ALWAYS = 255;
const gateRow = (p: string): number => {
  const cell = (p.charCodeAt(0) << 7) | p.charCodeAt(1);
  if (GATE[cell] === 0) {
    GATE[cell] = gateMasks.length;
    gateMasks.push(0);
  }
  return GATE[cell];
};
for (const prefixes of Object.values(ANCHOR_PREFIXES)) {
  for (const p of prefixes.split(' ')) {
    if (p.length === 2) GATE[(p.charCodeAt(0) << 7) | p.charCodeAt(1)] = ALWAYS;
    else gateMasks[gateRow(p)] |= 1 << letter(p.charCodeAt(2));
  }
}
gateMasks[gateRow('nct')] |= 1 << letter(0x74);
GATE[(0x70 << 7) | 0x68] = ALWAYS; // "ph"
if (gateMasks.length >= ALWAYS) throw new Error('too many date anchor prefixes for the gate');

/** What the tokenizer (words/tokenizer.wat) reads: the tables above and the codes it answers with. */
export const ANCHOR_TABLES = {
  byThree: BY_THREE,
  fourth: Uint8Array.from(fourth),
  gate: GATE,
  gateMasks: Int32Array.from(gateMasks),
  codes: {
    quarter: ANCHOR_KINDS.indexOf('quarter'),
    nct: NCT_START,
    phase: PHASE_START,
    four: FOUR,
    always: ALWAYS,
    /** The cells of "ph" (by two letters) and of "nct" (by three). */
    phCell: letter(0x70) * 26 + letter(0x68),
    nctCell: threeIndex('nct'),
  },
};

/** The anchors of one paragraph in text order, as parallel arrays (views the tokenizer writes). */
export interface AnchorList {
  count: number;
  /** UTF-16 offset of each anchor. */
  at: Int32Array;
  /** Index into ANCHOR_KINDS. */
  kind: Uint8Array;
}
