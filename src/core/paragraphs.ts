/** A block of text between blank lines; the unit the engine caches. */
export interface Paragraph {
  start: number;
  text: string;
}

/**
 * Splits text at blank lines (a newline, optional spaces or tabs, a newline).
 * Facts never cross a blank line, so each block can be scanned on its own.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  let i = text.indexOf('\n');
  while (i !== -1) {
    let j = i + 1;
    while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
    if (j < text.length && text.charCodeAt(j) === 10) {
      if (i > start) out.push({ start, text: text.slice(start, i) });
      while (j < text.length && /[\s]/.test(text[j])) j++;
      start = j;
      i = text.indexOf('\n', start);
    } else {
      i = text.indexOf('\n', i + 1);
    }
  }
  if (start < text.length) out.push({ start, text: text.slice(start) });
  return out;
}
