/** A block of text between blank lines; the unit the engine caches. */
export interface Paragraph {
  start: number;
  text: string;
}

/**
 * Splits text at blank lines (a newline, optional spaces, tabs or carriage returns, a newline).
 * Facts never cross a blank line, so each block can be scanned on its own. Runs on every
 * keystroke over the whole document: one indexOf per line, no per-character allocation.
 */
export function splitParagraphs(text: string): Paragraph[] {
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
  if (start < text.length) out.push({ start, text: text.slice(start) });
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
