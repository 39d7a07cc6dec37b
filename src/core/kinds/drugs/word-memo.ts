/**
 * Answers about words, remembered by the tokenizer's hash of the word and checked against the
 * word's own characters: a word seen before ("However", "Smith") costs a Map probe and a compare,
 * not a new string. Capitalized words repeat a great deal in news prose.
 */
export class WordMemo {
  private readonly memo = new Map<number, { lower: string; answer: boolean }>();

  constructor(
    /** The answer for a lower-case word. */
    private readonly decide: (lower: string) => boolean,
    private readonly limit = 20_000,
  ) {}

  /** The answer for the ASCII word text[start, end) with hash `hash` (word-hash.ts). */
  get(text: string, start: number, end: number, hash: number): boolean {
    const hit = this.memo.get(hash);
    if (hit && sameWord(text, start, end, hit.lower)) return hit.answer;
    const lower = text.slice(start, end).toLowerCase();
    const answer = this.decide(lower);
    if (this.memo.size >= this.limit) this.memo.clear();
    this.memo.set(hash, { lower, answer });
    return answer;
  }
}

/** True when text[start, end) is `lower` in any case (token characters are ASCII letters, digits, '-', '.'). */
function sameWord(text: string, start: number, end: number, lower: string): boolean {
  if (end - start !== lower.length) return false;
  for (let k = 0; k < lower.length; k++) if ((text.charCodeAt(start + k) | 32) !== lower.charCodeAt(k)) return false;
  return true;
}
