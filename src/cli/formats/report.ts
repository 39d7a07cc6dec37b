import type { Finding, Severity } from '../../core/facts';
import { createLineIndex } from '../../core/lines';

/** One checked document, as every output format receives it. */
export interface CheckedDocument {
  file: string;
  text: string;
  /** The document's own date (ISO), if it states one. */
  date: string | null;
  findings: Finding[];
  /** How many fixes --fix applied to this file. */
  fixed: number;
}

/** A finding with 1-based line and column (UTF-16 code units) of its start and end. */
export interface PlacedFinding extends Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function placeFindings(doc: CheckedDocument): PlacedFinding[] {
  const lines = createLineIndex(doc.text);
  return doc.findings.map((f) => {
    const s = lines.position(f.start);
    const e = lines.position(f.end);
    return { ...f, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  });
}

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1, hint: 0 };

export type OutputFormat = 'text' | 'json' | 'sarif';
