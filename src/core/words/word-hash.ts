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
  return hashRange(lower, 0, lower.length);
}

/** The hash of the word text[from, to), without making its string. */
export function hashRange(text: string, from: number, to: number): number {
  let h = HASH_SEED;
  for (let k = from; k < to; k++) h = hashStep(h, text.charCodeAt(k));
  return finishHash(h);
}

/** hashRange of an ASCII word at bytes[from, to) (the tokenizer's UTF-8 bytes, words/tokens.ts). */
export function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let h = HASH_SEED;
  for (let k = from; k < to; k++) h = hashStep(h, bytes[k]);
  return finishHash(h);
}

/** Bits per block: a 64-byte cache line of 16 words. */
const BLOCK_BITS = 9;

/**
 * A blocked Bloom filter of words: both probes of a word fall in one 512-bit block, so a lookup
 * touches one cache line (the scanner probes it for most words of every text). With the default
 * 2^20 bits, about 0.1% false hits for the lexicon's ~15,000 first words; a few dozen cue words
 * fit in one block.
 */
export class WordFilter {
  private readonly bits: Uint32Array;
  /** Blocks - 1. */
  private readonly blocks: number;

  constructor(words: Iterable<string> = [], bits = 20) {
    const size = Math.max(bits, BLOCK_BITS);
    this.bits = new Uint32Array(1 << (size - 5));
    this.blocks = (1 << (size - BLOCK_BITS)) - 1;
    for (const w of words) this.addHash(hashWord(w));
  }

  addHash(h: number): void {
    const m = Math.imul(h, 0x5bd1e995);
    this.set(this.block(m) + (h & 511));
    this.set(this.block(m) + ((m >>> 7) & 511));
  }

  /** False when no added word has this hash. */
  has(h: number): boolean {
    return this.bit(h) !== 0;
  }

  /** has() as 1 or 0, without a branch: the tokenizer ors it into every word's shape (words/tokens.ts). */
  bit(h: number): number {
    const m = Math.imul(h, 0x5bd1e995);
    const base = this.block(m);
    const a = base + (h & 511);
    const b = base + ((m >>> 7) & 511);
    return (this.bits[a >>> 5] >>> (a & 31)) & (this.bits[b >>> 5] >>> (b & 31)) & 1;
  }

  /** The bits and the block mask, for the tokenizer's copy in its own memory (words/tokens.ts). */
  table(): { bits: Uint32Array; blocks: number } {
    return { bits: this.bits, blocks: this.blocks };
  }

  /** First bit of the block for a mixed hash (its high bits pick the block). */
  private block(m: number): number {
    return ((m >>> 16) & this.blocks) << BLOCK_BITS;
  }

  private set(b: number): void {
    this.bits[b >>> 5] |= 1 << (b & 31);
  }
}

/**
 * A small set of lower-case words that can also be asked by a token's hash (mayHave), so that a
 * scanner tests most tokens without making their string, then confirms a hit with has().
 */
export class HashedWords {
  private readonly words: ReadonlySet<string>;
  private readonly filter: WordFilter;

  constructor(words: Iterable<string>, bits = 10) {
    this.words = new Set(words);
    this.filter = new WordFilter(this.words, bits);
  }

  /** False when no word of the set has this hash. */
  mayHave(hash: number): boolean {
    return this.filter.has(hash);
  }

  has(word: string): boolean {
    return this.words.has(word);
  }
}

/**
 * An exact set of word hashes (30-bit), by open addressing in a table at most 60% full:
 * one probe, most often one cache line, where a binary search over them touched a dozen.
 */
export class WordHashSet {
  private readonly slots: Int32Array;
  private readonly shift: number;

  constructor(hashes: ArrayLike<number>) {
    let bits = 4;
    while ((1 << bits) * 0.6 < hashes.length) bits++;
    this.slots = new Int32Array(1 << bits).fill(-1);
    this.shift = 32 - bits;
    for (let k = 0; k < hashes.length; k++) {
      let at = this.slot(hashes[k]);
      while (this.slots[at] !== -1 && this.slots[at] !== hashes[k]) at = (at + 1) & (this.slots.length - 1);
      this.slots[at] = hashes[k];
    }
  }

  has(hash: number): boolean {
    const mask = this.slots.length - 1;
    for (let at = this.slot(hash); ; at = (at + 1) & mask) {
      const slot = this.slots[at];
      if (slot === hash) return true;
      if (slot === -1) return false;
    }
  }

  private slot(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.shift;
  }
}
