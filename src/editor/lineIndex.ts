/** Offsets to 0-based line/character without a TextDocument (files read from disk, exports). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 0-based line of an offset (binary search over line starts). */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): { line: number; character: number } {
    const line = this.lineOf(offset);
    return { line, character: offset - this.starts[line] };
  }

  /** The line's text without its line break. */
  lineText(line: number): string {
    const start = this.starts[line] ?? this.text.length;
    const next = this.starts[line + 1];
    return this.text.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, '');
  }
}
