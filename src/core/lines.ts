/** Maps UTF-16 offsets to 1-based line and column numbers, by binary search over line starts. */
export interface LineIndex {
  position(offset: number): { line: number; column: number };
  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string;
}

export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    position(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - starts[lo] + 1 };
    },
    lineText(line) {
      const start = starts[line - 1] ?? text.length;
      const next = starts[line];
      return text.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, '');
    },
  };
}
