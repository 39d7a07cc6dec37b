/**
 * Where a date can start: a digit, or the first letters of a calendar word, at the start of a
 * word as the regex `\b` sees it (word characters are the ASCII letters, digits and "_").
 *
 * One pass over the paragraph's UTF-8 bytes (words/utf8.ts) rather than a regex: two global
 * regexes over every paragraph were half the date scanner's time. Every byte of a non-ASCII
 * character is a non-word byte, as the regex's `\b` has it.
 */
import { Utf8Buffer, utf16Shift } from '../../words/utf8';

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
  ordinal: 'firs seco thir four',
};

/** Kinds by their code in `Anchors.kind`. */
export const ANCHOR_KINDS = ['digit', ...Object.keys(ANCHOR_PREFIXES)] as readonly AnchorKind[];
const DIGIT_KIND = 0;

/**
 * Byte classes: 0 not a word character (every byte of a non-ASCII character is one), 1 "_",
 * 2 a digit other than 1-4, 3-6 the digits 1-4 (of "q1"-"q4"), 7-32 the letters in either case.
 */
const CLASS = new Uint8Array(256);
for (let c = 0; c < 128; c++) {
  const lower = c | 32;
  CLASS[c] =
    lower >= 97 && lower <= 122 ? 7 + lower - 97 : c >= 49 && c <= 52 ? 3 + c - 49 : c >= 48 && c <= 57 ? 2 : c === 95 ? 1 : 0;
}
const CLASSES = 33;

/**
 * The anchors as an automaton over byte classes, one table step per byte and no branch but the
 * rare anchor: a loop that stops at each word mispredicts a branch per word, which measured no
 * faster than the regexes. States: 0 at a word start, 1 inside a word, then one per letters read
 * of a prefix (a trie). A state's number times CLASSES is its row in NEXT; the states that end a
 * prefix, and the digit state, come last, so a step that reaches one is the one compare
 * `state >= FIRST_ANCHOR`.
 */
const BOUNDARY = 0;
const IN_WORD = 1;
const trie = new Map<string, number>();
const anchorStates: [string, number][] = [];
for (let code = 1; code < ANCHOR_KINDS.length; code++) {
  for (const p of ANCHOR_PREFIXES[ANCHOR_KINDS[code] as Exclude<AnchorKind, 'digit'>].split(' ')) {
    for (let k = 1; k < p.length; k++) if (!trie.has(p.slice(0, k))) trie.set(p.slice(0, k), 2 + trie.size);
    anchorStates.push([p, code]);
  }
}
const FIRST_ANCHOR = 2 + trie.size;
const DIGIT_STATE = FIRST_ANCHOR + anchorStates.length;
const STATES = DIGIT_STATE + 1;
const NEXT = new Uint16Array(STATES * CLASSES);
/** By anchor state: the anchor's kind (ANCHOR_KINDS) and the length of its prefix. */
const STATE_KIND = new Uint8Array(STATES);
const STATE_LENGTH = new Uint8Array(STATES);
for (let state = 0; state < STATES; state++) {
  for (let cls = 1; cls < CLASSES; cls++) NEXT[state * CLASSES + cls] = IN_WORD * CLASSES;
}
for (let cls = 2; cls <= 6; cls++) NEXT[BOUNDARY * CLASSES + cls] = DIGIT_STATE * CLASSES;
STATE_KIND[DIGIT_STATE] = DIGIT_KIND;
STATE_LENGTH[DIGIT_STATE] = 1;
const step = (prefix: string, state: number): void => {
  const from = prefix.length === 1 ? BOUNDARY : trie.get(prefix.slice(0, -1))!;
  const cell = from * CLASSES + CLASS[prefix.charCodeAt(prefix.length - 1)];
  // A prefix that is also the start of a longer one would need a state that is both.
  if (NEXT[cell] !== IN_WORD * CLASSES) throw new Error(`date anchor prefix "${prefix}" clashes`);
  NEXT[cell] = state * CLASSES;
};
for (const [prefix, state] of trie) step(prefix, state);
anchorStates.forEach(([prefix, code], k) => {
  step(prefix, FIRST_ANCHOR + k);
  STATE_KIND[FIRST_ANCHOR + k] = code;
  STATE_LENGTH[FIRST_ANCHOR + k] = prefix.length;
});

/** The anchors of one paragraph in text order, as parallel arrays (reused from paragraph to paragraph). */
export class Anchors {
  count = 0;
  /** UTF-16 offset of each anchor. */
  at = new Int32Array(64);
  /** Index into ANCHOR_KINDS. */
  kind = new Uint8Array(64);
  private readonly utf8 = new Utf8Buffer();

  find(prose: string): void {
    const size = this.utf8.encode(prose);
    const b = this.utf8.bytes;
    this.count = 0;
    let state = BOUNDARY;
    for (let i = 0; i < size; i++) {
      state = NEXT[state + CLASS[b[i]]];
      if (state >= FIRST_ANCHOR * CLASSES) this.push(i, state / CLASSES);
    }
    if (size !== prose.length) this.toUtf16(b);
  }

  private push(last: number, state: number): void {
    if (this.count === this.at.length) {
      const size = 2 * this.count;
      const at2 = new Int32Array(size);
      at2.set(this.at);
      this.at = at2;
      const kind2 = new Uint8Array(size);
      kind2.set(this.kind);
      this.kind = kind2;
    }
    this.at[this.count] = last + 1 - STATE_LENGTH[state];
    this.kind[this.count] = STATE_KIND[state];
    this.count++;
  }

  /** Byte offsets to UTF-16 offsets: a continuation byte adds no unit, a 4-byte lead two (a surrogate pair). */
  private toUtf16(b: Uint8Array): void {
    let shift = 0;
    let i = 0;
    for (let k = 0; k < this.count; k++) {
      const to = this.at[k];
      for (; i < to; i++) shift += utf16Shift(b[i]);
      this.at[k] = to - shift;
    }
  }
}
