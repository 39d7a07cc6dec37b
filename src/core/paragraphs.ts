/** A block of text between blank lines; the unit the engine caches. */
export interface Paragraph {
  start: number;
  text: string;
}

/** A text read through a mask (mask.ts ProseMask): same length and line breaks as `text`. */
export interface MaskedText {
  readonly text: string;
  charCodeAt(i: number): number;
  slice(start: number, end: number): string;
}

/**
 * Splits text at blank lines (a newline, optional spaces, tabs or carriage returns, a newline).
 * Facts never cross a blank line, so each block can be scanned on its own. Runs on every
 * keystroke over the whole document: one indexOf per line, no per-character allocation.
 * Given a MaskedText, lines that hold only masked characters are blank too, and each
 * paragraph's text is its masked text.
 *
 * `from`: a paragraph start (0, or one this split found) to split on from, reading nothing
 * before it. `stop`: called with each later paragraph start; when it says so, the split ends
 * there (the paragraphs from that start on are the caller's).
 */
export function splitParagraphs(source: string | MaskedText, from = 0, stop?: (start: number) => boolean): Paragraph[] {
  const masked: MaskedText = typeof source === 'string' ? { text: source, charCodeAt: (i) => source.charCodeAt(i), slice: (a, b) => source.slice(a, b) } : source;
  const text = masked.text;
  const out: Paragraph[] = [];
  let start = from;
  // Line breaks are never masked: the raw text's newlines are the masked text's.
  for (let nl = text.indexOf('\n', from); nl !== -1; ) {
    const next = skipBlank(masked, nl + 1);
    if (masked.charCodeAt(next) === 10) {
      // A blank line: the paragraph ends at `nl`; the next starts after all blank lines.
      if (nl > start) out.push({ start, text: masked.slice(start, nl) });
      start = skipWhitespace(masked, next);
      if (stop?.(start)) return out;
      nl = text.indexOf('\n', start);
    } else {
      nl = text.indexOf('\n', nl + 1);
    }
  }
  if (start < text.length) out.push({ start, text: masked.slice(start, text.length) });
  return out;
}

/** Index of the first character at or after i that is not a space, tab or carriage return. */
function skipBlank(text: MaskedText, i: number): number {
  for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 13; c = text.charCodeAt(++i));
  return i;
}

/** Index of the first character at or after i that is not whitespace (blank-line runs). */
function skipWhitespace(text: MaskedText, i: number): number {
  for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 13 || c === 10; c = text.charCodeAt(++i));
  return i;
}
