/**
 * Answers about words, remembered by the tokenizer's hash of the word and checked against the
 * word's UTF-8 bytes: a word seen before ("However", "Smith") costs a table probe and a compare
 * of a few bytes, not a new string. Capitalized words repeat a great deal in news prose.
 *
 * The word is compared in the bytes the tokenizer read (words/tokens.ts), not in the string: on
 * the engine's paragraphs, slices of the document, reading the string's characters measured
 * several times slower than the bytes (the engine 4% faster in all).
 */
export class WordMemo {
  /**
   * A direct-mapped table by the hash's low bits; a collision replaces the older word. Row r
   * holds the word's length, its answer and its letters in lower case: one cache line for all.
   */
  private readonly rows = new Uint8Array(ROWS * ROW);

  constructor(
    /** The answer for a lower-case word. */
    private readonly decide: (lower: string) => boolean,
  ) {}

  /**
   * The answer for the ASCII word of `length` bytes at `from` in `bytes`, with hash `hash`
   * (word-hash.ts); the same word is `text` from `start`, read only the first time.
   */
  get(bytes: Uint8Array, from: number, length: number, hash: number, text: string, start: number): boolean {
    const rows = this.rows;
    const at = (hash & (ROWS - 1)) * ROW;
    const kept = length <= MAX_LENGTH;
    if (kept && rows[at] === length) {
      let k = 0;
      // Token characters are ASCII letters, digits, '-' and '.': `| 32` folds letters' case only.
      while (k < length && rows[at + 2 + k] === (bytes[from + k] | 32)) k++;
      if (k === length) return rows[at + 1] === 1;
    }
    const answer = this.decide(text.slice(start, start + length).toLowerCase());
    if (kept) {
      rows[at] = length;
      rows[at + 1] = answer ? 1 : 0;
      for (let k = 0; k < length; k++) rows[at + 2 + k] = bytes[from + k] | 32;
    }
    return answer;
  }
}

/** Rows of 32 bytes: two to a cache line. 2^13 rows hold the capitalized words of ~100 articles. */
const ROWS = 1 << 13;
const ROW = 32;
/** Longer words are decided each time they are read (few are). */
const MAX_LENGTH = ROW - 2;
