/** A block of text between blank lines; the unit the engine caches. */
export interface Paragraph {
  start: number;
  text: string;
}

/** A text read through a mask (mask.ts ProseMask): same length and line breaks as `text`. */
export interface MaskedText {
  readonly text: string;
  slice(start: number, end: number): string;
}

/**
 * Splits text at blank lines (a newline, optional spaces, tabs or carriage returns, a newline).
 * Facts never cross a blank line, so each block can be scanned on its own. Runs on every
 * keystroke over the whole document: one indexOf per line, no per-character allocation.
 * Given a MaskedText, lines that hold only masked characters are blank too, and each
 * paragraph's text is its masked text.
 */
export function splitParagraphs(source: string | MaskedText): Paragraph[] {
  // The whole masked text at once (the text itself when nothing is masked), read with the string's
  // own charCodeAt: reading through the mask, a range lookup per character, took twice as long.
  const text = typeof source === 'string' ? source : source.slice(0, source.text.length);
  const out: Paragraph[] = [];
  let start = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; ) {
    const next = skipBlank(text, nl + 1);
    if (text.charCodeAt(next) === 10) {
      // A blank line: the paragraph ends at `nl`; the next starts after all blank lines.
      if (nl > start) out.push({ start, text: text.slice(start, nl) });
      start = skipWhitespace(text, next);
      nl = text.indexOf('\n', start);
    } else {
      nl = text.indexOf('\n', nl + 1);
    }
  }
  if (start < text.length) out.push({ start, text: text.slice(start, text.length) });
  return out;
}

/** Index of the first character at or after i that is not a space, tab or carriage return. */
function skipBlank(text: string, i: number): number {
  for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 13; c = text.charCodeAt(++i));
  return i;
}

/** Index of the first character at or after i that is not whitespace (blank-line runs). */
function skipWhitespace(text: string, i: number): number {
  for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 13 || c === 10; c = text.charCodeAt(++i));
  return i;
}
