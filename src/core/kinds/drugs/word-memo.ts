/**
 * Answers about words, remembered by the tokenizer's hash of the word and checked against the
 * word's own characters: a word seen before ("However", "Smith") costs a table probe and a compare,
 * not a new string. Capitalized words repeat a great deal in news prose.
 */
export class WordMemo {
  // A direct-mapped table by the hash's low bits: a collision replaces the older word.
  private readonly words: (string | undefined)[] = new Array<string | undefined>(SLOTS);
  private readonly answers = new Uint8Array(SLOTS);

  constructor(
    /** The answer for a lower-case word. */
    private readonly decide: (lower: string) => boolean,
  ) {}

  /** The answer for the ASCII word text[start, end) with hash `hash` (word-hash.ts). */
  get(text: string, start: number, end: number, hash: number): boolean {
    const slot = hash & (SLOTS - 1);
    const known = this.words[slot];
    if (known !== undefined && sameWord(text, start, end, known)) return this.answers[slot] === 1;
    const lower = text.slice(start, end).toLowerCase();
    const answer = this.decide(lower);
    this.words[slot] = lower;
    this.answers[slot] = answer ? 1 : 0;
    return answer;
  }
}

const SLOTS = 1 << 14;

/** True when text[start, end) is `lower` in any case (token characters are ASCII letters, digits, '-', '.'). */
function sameWord(text: string, start: number, end: number, lower: string): boolean {
  if (end - start !== lower.length) return false;
  for (let k = 0; k < lower.length; k++) if ((text.charCodeAt(start + k) | 32) !== lower.charCodeAt(k)) return false;
  return true;
}
