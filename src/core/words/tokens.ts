/**
 * Word tokens of a paragraph as parallel typed arrays: offsets, a hash of the lower-case word
 * (word-hash.ts) and a shape mask, all made in one pass without a string per word. The scanner
 * makes a word's string only when its hash or shape says it could be part of a drug name.
 *
 * The same pass notes what the other scanners ask of the paragraph's word starts
 * (kinds/dates/anchors.ts): where a date may begin, and whether an NCT ID or a phase keyword may
 * be there at all. One read of the bytes serves all four kinds of fact.
 *
 * The pass itself is WebAssembly (tokenizer.wat, which says why); this module is its host: it
 * writes the paragraph's UTF-8 into the module's memory and gives the scanners typed-array views of
 * what the module wrote there.
 */
import { WordFilter } from './word-hash';
import { TOKENIZER_WASM } from './tokenizer-wasm';
import { ANCHOR_TABLES, type AnchorList } from '../kinds/dates/anchors';
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
  start = NO_INTS;
  end = NO_INTS;
  hash = NO_INTS;
  shape = NO_BYTES;
  /** Offset of each word in `bytes`. */
  byteStart = NO_INTS;
  /**
   * The paragraph's UTF-8 bytes, where a word's characters are read fastest (word-memo.ts): its
   * words are ASCII, so word i is `end[i] - start[i]` bytes from `byteStart[i]`.
   */
  bytes = NO_BYTES;

  /** Where a date may begin (kinds/dates/anchors.ts), in text order. */
  readonly dateAnchors: AnchorList = { count: 0, at: NO_INTS, kind: NO_BYTES };
  /** False when no word starts with "nct": the paragraph holds no NCT ID. */
  mayHaveNct = false;
  /** False when no word starts with "ph": the paragraph holds no phase. */
  mayHavePhase = false;

  /** The module's instance, made on the first read (not when the reader is made, at activation). */
  private reader: Reader | undefined;
  /** Room in the module's memory: bytes of text, words, anchors. */
  private byteCap = 0;
  private wordCap = 1024;
  private anchorCap = 256;

  /**
   * `startsFrom`: words that may start a name (Lexicon.firstWords), marked MAY_START in each word's
   * shape as it is read: the drug scanner's first test of nearly every word, asked there with no
   * branch on the answer. Asked for on the first read.
   */
  constructor(readonly startsFrom: () => WordFilter = noWords) {}

  /** Where word i ends in `bytes` (its words are ASCII: as many bytes as characters). */
  byteEnd(i: number): number {
    return this.byteStart[i] + this.end[i] - this.start[i];
  }

  /**
   * Words are letter/digit runs joined by single hyphens ("NeuroNata-R", "mRNA-1273") or by a dot
   * between digits ("ACI-24.060", "13.2"). The module reads the text's UTF-8 bytes; the offsets it
   * writes are the string's (UTF-16).
   */
  read(prose: string): this {
    const reader = (this.reader ??= createReader(this.startsFrom()));
    // UTF-8 takes at most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units).
    if (3 * prose.length > this.byteCap) this.layOut(Math.max(3 * prose.length, 2 * this.byteCap, 4096));
    const size = ENCODER.encodeInto(prose, this.bytes).written;
    let count: number;
    // A paragraph with more words or anchors than ever before: more room, and the same bytes read
    // again. News prose has a word every ~6 bytes and an anchor every ~150: room for a word every 4
    // and an anchor every 16 at once, so that a long paragraph is read again once, not once per doubling.
    while ((count = reader.exports.read(size, this.wordCap, this.anchorCap)) < 0) {
      this.wordCap = Math.max(2 * this.wordCap, Math.ceil(size / 4));
      this.anchorCap = Math.max(2 * this.anchorCap, Math.ceil(size / 16));
      this.layOut(this.byteCap);
    }
    const results = reader.results;
    this.count = count;
    this.dateAnchors.count = results[0];
    this.mayHaveNct = (results[1] & 1) !== 0;
    this.mayHavePhase = (results[1] & 2) !== 0;
    return this;
  }

  /**
   * Places the text's bytes and the outputs after the tables, growing the memory as needed, and
   * makes the views of them (a memory that grows leaves the old views empty). The bytes keep their
   * place: a read that ran out of room for words is read again from the same bytes.
   */
  private layOut(byteCap: number): void {
    const reader = this.reader!;
    const out = reader.exports;
    // Two bytes of slack: the module's first look at a word start reads two bytes past it.
    const bytesAt = reader.tablesEnd;
    const wordsAt = align(bytesAt + byteCap + 2);
    const anchorsAt = wordsAt + 16 * this.wordCap;
    const shapesAt = anchorsAt + 4 * this.anchorCap;
    const kindsAt = shapesAt + this.wordCap;
    const end = kindsAt + this.anchorCap;
    const memory = out.memory;
    if (end > memory.buffer.byteLength) memory.grow(Math.ceil((end - memory.buffer.byteLength) / PAGE));
    const buffer = memory.buffer;
    // Each output where the module writes it (its global) and as a view here, from the one offset.
    const ints = (global: WebAssembly.Global, at: number, length: number) => ((global.value = at), new Int32Array(buffer, at, length));
    const bytes = (global: WebAssembly.Global, at: number, length: number) => ((global.value = at), new Uint8Array(buffer, at, length));
    reader.results = new Int32Array(buffer, out.results.value, 2);
    this.byteCap = byteCap;
    this.bytes = bytes(out.bytes, bytesAt, byteCap);
    this.start = ints(out.start, wordsAt, this.wordCap);
    this.end = ints(out.end, wordsAt + 4 * this.wordCap, this.wordCap);
    this.hash = ints(out.hash, wordsAt + 8 * this.wordCap, this.wordCap);
    this.byteStart = ints(out.byteStart, wordsAt + 12 * this.wordCap, this.wordCap);
    this.shape = bytes(out.shape, shapesAt, this.wordCap);
    this.dateAnchors.at = ints(out.anchorAt, anchorsAt, this.anchorCap);
    this.dateAnchors.kind = bytes(out.anchorKind, kindsAt, this.anchorCap);
  }
}

const NO_INTS = new Int32Array(0);
const NO_BYTES = new Uint8Array(0);
const ENCODER = new TextEncoder();
const PAGE = 65536;
const align = (at: number): number => (at + 63) & ~63;

/** What tokenizer.wat exports. */
interface ReaderExports {
  memory: WebAssembly.Memory;
  read(size: number, wordCap: number, anchorCap: number): number;
  results: WebAssembly.Global;
  charTable: WebAssembly.Global;
  byThree: WebAssembly.Global;
  fourth: WebAssembly.Global;
  gate: WebAssembly.Global;
  gateMasks: WebAssembly.Global;
  filter: WebAssembly.Global;
  filterBlocks: WebAssembly.Global;
  bytes: WebAssembly.Global;
  start: WebAssembly.Global;
  end: WebAssembly.Global;
  hash: WebAssembly.Global;
  byteStart: WebAssembly.Global;
  shape: WebAssembly.Global;
  anchorAt: WebAssembly.Global;
  anchorKind: WebAssembly.Global;
}

/** An instance of the module, with its tables copied in; the text and outputs go after `tablesEnd`. */
interface Reader {
  exports: ReaderExports;
  tablesEnd: number;
  /** A view of the results the module stores at the end of a read (the anchor count, the flags). */
  results: Int32Array;
}

/** The compiled module, one per process (each reader is an instance of it, with its own memory). */
let compiled: WebAssembly.Module | undefined;

function createReader(starts: WordFilter): Reader {
  // Synchronous: 2 KB compile in well under a millisecond, and the engine's API is synchronous.
  compiled ??= new WebAssembly.Module(Uint8Array.from(atob(TOKENIZER_WASM), (c) => c.charCodeAt(0)));
  const { codes, byThree, fourth, gate, gateMasks } = ANCHOR_TABLES;
  const exports = new WebAssembly.Instance(compiled, { anchors: codes }).exports as unknown as ReaderExports;
  const filter = starts.table();
  const tables: [WebAssembly.Global, Uint8Array | Int32Array | Uint32Array][] = [
    [exports.results, new Int32Array(2)],
    [exports.charTable, CHAR],
    [exports.byThree, byThree],
    [exports.fourth, fourth],
    [exports.gate, gate],
    [exports.gateMasks, gateMasks],
    [exports.filter, filter.bits],
  ];
  let at = 0;
  const size = tables.reduce((n, [, t]) => align(n + t.byteLength), 0);
  exports.memory.grow(Math.ceil(size / PAGE));
  for (const [global, table] of tables) {
    new Uint8Array(exports.memory.buffer, at, table.byteLength).set(new Uint8Array(table.buffer, table.byteOffset, table.byteLength));
    global.value = at;
    at = align(at + table.byteLength);
  }
  exports.filterBlocks.value = filter.blocks;
  return { exports, tablesEnd: at, results: new Int32Array(exports.memory.buffer, exports.results.value, 2) };
}

/** A filter with no words: a reader for the kinds that ask no name of the lexicon. */
const NO_WORDS = new WordFilter([], 9);
const noWords = (): WordFilter => NO_WORDS;

/**
 * A letter or digit's shape bit after the first character; LOWER marks lower-case letters; 0: not
 * a word character. tokenizer.wat reads these values (128 lower, 4 digit) and the shape bits above.
 */
const LOWER = 128;
/** By UTF-8 byte: the bytes of non-ASCII characters are not word characters. */
const CHAR = new Uint8Array(256);
for (let c = 0; c < 128; c++) {
  CHAR[c] = c >= 97 && c <= 122 ? LOWER : c >= 65 && c <= 90 ? INNER_UPPER : c >= 48 && c <= 57 ? DIGIT : 0;
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
