/**
 * Word tokens of a paragraph as parallel typed arrays: offsets, a hash of the lower-case word
 * (word-hash.ts) and a shape mask, all made in one pass without a string per word. The scanner
 * makes a word's string only when its hash or shape says it could be part of a drug name.
 *
 * The same pass notes what the other scanners ask of the paragraph's word starts
 * (kinds/dates/anchors.ts): where a date may begin, and whether an NCT ID or a phase keyword may
 * be there at all. One read of the bytes serves all four kinds of fact.
 */
import { finishHash, HASH_SEED, hashStep, WordFilter } from './word-hash';
import { Utf8Buffer, utf16Shift } from './utf8';
import { AnchorList, NCT_START, PHASE_START, wordStartKind } from '../kinds/dates/anchors';

/** Shape bits. */
export const FIRST_UPPER = 1;
/** An upper-case letter after the first character. */
export const INNER_UPPER = 2;
export const DIGIT = 4;
export const HYPHEN = 8;
export const FIRST_DIGIT = 16;
/** The word may start a name: it passes the reader's word filter (Lexicon.firstWords; see Tokens). */
export const MAY_START = 32;

/** One word, made on demand for the few words the scanner looks at closely. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

export class Tokens {
  count = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  hash = new Int32Array(256);
  shape = new Uint8Array(256);
  /** Offset of each word in `bytes`. */
  byteStart = new Int32Array(256);

  /** Where a date may begin (kinds/dates/anchors.ts), in text order. */
  readonly dateAnchors = new AnchorList();
  /** False when no word starts with "nct": the paragraph holds no NCT ID. */
  mayHaveNct = false;
  /** False when no word starts with "ph": the paragraph holds no phase. */
  mayHavePhase = false;

  /** The paragraph as UTF-8 (utf8.ts). */
  private readonly utf8 = new Utf8Buffer();

  /** The filter `startsFrom` gives, asked for on the first read (not when the reader is made, at activation). */
  private starts: WordFilter | undefined;

  /**
   * `startsFrom`: words that may start a name (Lexicon.firstWords), marked MAY_START in each word's
   * shape as it is read: the drug scanner's first test of nearly every word, asked here with no
   * branch on the answer.
   */
  constructor(readonly startsFrom: () => WordFilter = noWords) {}

  /**
   * The paragraph's UTF-8 bytes, where a word's characters are read fastest (word-memo.ts): its
   * words are ASCII, so word i is `end[i] - start[i]` bytes from `byteStart[i]`.
   */
  get bytes(): Uint8Array {
    return this.utf8.bytes;
  }

  /** Where word i ends in `bytes` (its words are ASCII: as many bytes as characters). */
  byteEnd(i: number): number {
    return this.byteStart[i] + this.end[i] - this.start[i];
  }

  /**
   * Words are letter/digit runs joined by single hyphens ("NeuroNata-R", "mRNA-1273") or by a dot
   * between digits ("ACI-24.060", "13.2"). A hand-written loop rather than a regex: this runs over
   * every character of every document and is the drug scanner's largest fixed cost. It reads the
   * text's UTF-8 bytes (utf8.ts); `shift` (bytes read less UTF-16 units) maps byte offsets back.
   */
  read(prose: string): this {
    const size = this.utf8.encode(prose);
    const b = this.utf8.bytes;
    let { start, end, hash, shape: shapes, byteStart } = this;
    const starts = (this.starts ??= this.startsFrom());
    let count = 0;
    let shift = 0;
    let i = 0;
    this.dateAnchors.count = 0;
    this.mayHaveNct = false;
    this.mayHavePhase = false;
    while (i < size) {
      let c = b[i];
      const k0 = CHAR[c];
      if (k0 === 0) {
        if (c >= 0x80) shift += utf16Shift(c);
        i++;
        continue;
      }
      // After a digit ("1.5mg") this is no word start; after "_" none for a date (its regex \b).
      if (i === 0 || CHAR[b[i - 1]] === 0) this.wordStart(b, i, size, shift, i > 0 && b[i - 1] === 95);
      let h = hashStep(HASH_SEED, c);
      let shape = k0 === LOWER ? 0 : k0 === DIGIT ? FIRST_DIGIT | DIGIT : FIRST_UPPER;
      let j = i + 1;
      for (;;) {
        // Most characters are lower-case letters: a range test, no table, no shape change.
        while (j < size && (c = b[j]) >= 97 && c <= 122) {
          h = hashStep(h, c);
          j++;
        }
        if (j === size) break;
        const k = CHAR[c];
        if (k !== 0) {
          shape |= k;
        } else if (c === 45 && j + 1 < size && CHAR[b[j + 1]] !== 0) {
          shape |= HYPHEN;
          this.wordStart(b, j + 1, size, shift, false);
        } else if (c === 46 && j + 1 < size && isDigit(b[j + 1]) && isDigit(b[j - 1])) {
          // A decimal part is digits only ("13.2mg" is "13.2" and "mg"), after a digit: "Entresto.1" is a name and a footnote.
          this.wordStart(b, j + 1, size, shift, false);
          h = hashStep(h, c);
          j++;
          while (j < size && isDigit((c = b[j]))) {
            h = hashStep(h, c);
            j++;
          }
          if (j < size && CHAR[c] !== 0) break;
          continue;
        } else break;
        h = hashStep(h, c);
        j++;
      }
      if (count === start.length) {
        this.grow();
        ({ start, end, hash, shape: shapes, byteStart } = this);
      }
      byteStart[count] = i;
      start[count] = i - shift;
      end[count] = j - shift;
      const finished = finishHash(h);
      hash[count] = finished;
      shapes[count] = (shape & ~LOWER) | (starts.bit(finished) << 5);
      count++;
      i = j;
    }
    this.count = count;
    return this;
  }

  /** Notes what the word starting at byte i may begin (UTF-16 offset i - shift); `afterUnderscore`: no date there. */
  private wordStart(b: Uint8Array, i: number, size: number, shift: number, afterUnderscore: boolean): void {
    const kind = wordStartKind(b, i, size);
    if (kind < 0) return;
    if (kind === NCT_START) this.mayHaveNct = true;
    else if (kind === PHASE_START) this.mayHavePhase = true;
    else if (!afterUnderscore) this.dateAnchors.push(i - shift, kind);
  }

  private grow(): void {
    const size = this.start.length * 2;
    const more = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.start = more(this.start, new Int32Array(size));
    this.end = more(this.end, new Int32Array(size));
    this.hash = more(this.hash, new Int32Array(size));
    this.shape = more(this.shape, new Uint8Array(size));
    this.byteStart = more(this.byteStart, new Int32Array(size));
  }
}

/** A filter with no words: a reader for the kinds that ask no name of the lexicon. */
const NO_WORDS = new WordFilter([], 9);
const noWords = (): WordFilter => NO_WORDS;

/** A letter or digit's shape bit after the first character; LOWER marks lower-case letters; 0: not a word character. */
const LOWER = 128;
/** By UTF-8 byte: the bytes of non-ASCII characters are not word characters. */
const CHAR = new Uint8Array(256);
for (let c = 0; c < 128; c++) {
  CHAR[c] = c >= 97 && c <= 122 ? LOWER : c >= 65 && c <= 90 ? INNER_UPPER : c >= 48 && c <= 57 ? DIGIT : 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The characters between token i and token i+1 (to the end of text after the last). */
export function gapAfter(prose: string, tokens: Tokens, i: number): string {
  return prose.slice(tokens.end[i], i + 1 < tokens.count ? tokens.start[i + 1] : prose.length);
}

/** True when the gap is plain inline space (words of one name). */
export function isSpace(gap: string): boolean {
  return gap === ' ' || gap === '\u00a0';
}

/** True when token i starts a sentence or a line (its first word is capitalized by grammar). */
export function startsSentence(prose: string, tokens: Tokens, i: number): boolean {
  if (i === 0) return true;
  for (let k = tokens.start[i] - 1; k >= tokens.end[i - 1]; k--) {
    const c = prose[k];
    if (c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === '•') return true;
    if (c !== ' ' && c !== '"' && c !== '“' && c !== '‘' && c !== "'" && c !== '(' && c !== '*' && c !== '-' && c !== '#') return false;
  }
  return false;
}

export function isCapitalized(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Has an upper-case letter after the first character, a digit or a hyphen: not a plain word. */
export function isNameShaped(text: string): boolean {
  for (let k = 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45) return true;
  }
  return false;
}
