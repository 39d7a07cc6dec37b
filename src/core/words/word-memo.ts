/**
 * Answers about words, remembered by the tokenizer's hash of the word and checked against the
 * word as written: a word seen before ("However", "Smith") costs a table probe and a compare,
 * not a new string. Capitalized words repeat a great deal in news prose.
 */
export class WordMemo {
  // A direct-mapped table by the hash's low bits: a collision replaces the older word. Slot s
  // holds the word at 2s and its answer at 2s + 1: one cache line for both.
  private readonly table: (string | boolean | undefined)[] = new Array<string | boolean | undefined>(2 * SLOTS);

  constructor(
    /** The answer for a lower-case word. */
    private readonly decide: (lower: string) => boolean,
  ) {}

  /** The answer for the ASCII word text[start, end) with hash `hash` (word-hash.ts). */
  get(text: string, start: number, end: number, hash: number): boolean {
    const at = (hash & (SLOTS - 1)) << 1;
    const known = this.table[at] as string | undefined;
    // Kept as first written: a word mostly repeats in the same case, which startsWith compares natively.
    if (known !== undefined && known.length === end - start && (text.startsWith(known, start) || sameWord(text, start, end, known))) {
      return this.table[at + 1] === true;
    }
    const word = text.slice(start, end);
    const answer = this.decide(word.toLowerCase());
    this.table[at] = word;
    this.table[at + 1] = answer;
    return answer;
  }
}

const SLOTS = 1 << 16;

/** True when text[start, end) is `word` in any case (token characters are ASCII letters, digits, '-', '.'). */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 32) !== (word.charCodeAt(k) | 32)) return false;
  return true;
}
