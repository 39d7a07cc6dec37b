/**
 * A hash of a word's lower-case characters that the tokenizer computes as it reads them, and a
 * bitset of such hashes: "no name starts with this word" costs a few integer operations, before
 * any string is made. A set bit may be a collision, so a hit is confirmed with the real string.
 */

export const HASH_SEED = 0x811c9dc5 | 0;

/** One FNV-1a step over an ASCII character code, lower-cased (c | 32 leaves digits, '-' and '.' alone). */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ (c | 32), 0x01000193);
}

/** The hash kept for a word: 30 bits, so that it stays a small integer (no boxed number in V8). */
export function finishHash(h: number): number {
  return h & 0x3fffffff;
}

export function hashWord(lower: string): number {
  let h = HASH_SEED;
  for (let k = 0; k < lower.length; k++) h = hashStep(h, lower.charCodeAt(k));
  return finishHash(h);
}

/** Two bit positions from one 30-bit hash (its low and its high bits), for a table of 2^bits bits. */
const first = (h: number, mask: number) => h & mask;
const second = (h: number, mask: number) => (Math.imul(h, 0x5bd1e995) >>> 12) & mask;

/**
 * A Bloom filter of words with two probes: with the default 2^20 bits, about 0.1% false hits for
 * the lexicon's ~15,000 first words; a few dozen cue words need far fewer bits.
 */
export class WordFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(words: Iterable<string> = [], bits = 20) {
    this.bits = new Uint32Array(1 << (bits - 5));
    this.mask = (1 << bits) - 1;
    for (const w of words) this.addHash(hashWord(w));
  }

  addHash(h: number): void {
    this.set(first(h, this.mask));
    this.set(second(h, this.mask));
  }

  /** False when no added word has this hash. */
  has(h: number): boolean {
    return this.get(first(h, this.mask)) && this.get(second(h, this.mask));
  }

  private set(b: number): void {
    this.bits[b >>> 5] |= 1 << (b & 31);
  }

  private get(b: number): boolean {
    return (this.bits[b >>> 5] & (1 << (b & 31))) !== 0;
  }
}
