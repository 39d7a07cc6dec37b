/**
 * The data the core produces, as defined in FACTS.md: facts found in a document
 * and findings the checks report about them. Offsets are UTF-16 code units
 * (JavaScript string indices), `end` exclusive, and `text === doc.slice(start, end)`.
 */

export type FactKind = 'drug' | 'nct' | 'phase' | 'date';

export const FACT_KINDS: readonly FactKind[] = ['drug', 'nct', 'phase', 'date'];

export interface Fact {
  kind: FactKind;
  text: string;
  start: number;
  end: number;
  /** Normalized value (see FACTS.md per kind). */
  value: string;
  /** drug: the generic name a brand or development code stands for, when known. */
  generic?: string;
  /** date: the ISO date a partial or relative date stands for, against the document's date. */
  resolved?: string;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface RelatedSpan {
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fix?: TextEdit;
  related?: RelatedSpan[];
}

/** How the document is written; decides what the prose mask hides. */
export type DocumentFormat = 'markdown' | 'text' | 'html';

export interface ExtractOptions {
  /** Markup of the text; default 'text' (markdown rules are safe on plain text too). */
  format?: DocumentFormat;
  /** Overrides the document's own date (ISO YYYY-MM-DD) for resolving partial and relative dates. */
  documentDate?: string;
  /** Only these kinds (default: all). */
  kinds?: readonly FactKind[];
}

/** A date the document gives itself (dateline, "updated ..." note, "Published: ..."). */
export interface DocumentDate {
  /** ISO YYYY-MM-DD (or coarser when the dateline is coarser). */
  value: string;
  /** Where it was found; absent when it came from an option. */
  start?: number;
  end?: number;
  source: 'option' | 'dateline' | 'updated' | 'published';
}

export interface Analysis {
  facts: Fact[];
  documentDate: DocumentDate | null;
}
