import { createLineIndex, type LineIndex as CoreLineIndex } from '../core/lines';

/**
 * Offsets to 0-based line/character, VS Code's convention, without a TextDocument (files read
 * from disk, exports). A thin adapter over the core's 1-based index, which the CLI uses.
 */
export class LineIndex {
  private readonly index: CoreLineIndex;

  constructor(text: string) {
    this.index = createLineIndex(text);
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    return this.index.position(offset).line - 1;
  }

  position(offset: number): { line: number; character: number } {
    const p = this.index.position(offset);
    return { line: p.line - 1, character: p.column - 1 };
  }

  /** The 0-based line's text without its line break. */
  lineText(line: number): string {
    return this.index.lineText(line + 1);
  }
}
