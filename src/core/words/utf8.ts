/**
 * One string at a time as UTF-8 bytes, in a buffer reused from call to call. A scanner that
 * visits every character (the drug-spelling check) reads these bytes: one native encodeInto and
 * typed-array reads measured about three times faster than charCodeAt per character. Its word
 * characters are ASCII, so every byte of a non-ASCII character is a separator to it, and
 * utf16Shift maps a byte offset back to the string's. (The word reader, tokens.ts, does the same
 * in its WebAssembly module's memory, with the same rule written in tokenizer.wat.)
 */
export class Utf8Buffer {
  bytes = new Uint8Array(1024);

  /** Encodes `text` into `bytes`; returns the number of bytes written. */
  encode(text: string): number {
    // UTF-8 takes at most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units).
    if (this.bytes.length < 3 * text.length) this.bytes = new Uint8Array(Math.max(3 * text.length, 2 * this.bytes.length));
    return ENCODER.encodeInto(text, this.bytes).written;
  }
}

/** How many more bytes than UTF-16 units byte `c` adds: a continuation byte one, a 4-byte lead minus one (its pair). */
export function utf16Shift(c: number): number {
  return c < 0x80 ? 0 : c < 0xc0 ? 1 : c >= 0xf0 ? -1 : 0;
}

const ENCODER = new TextEncoder();
