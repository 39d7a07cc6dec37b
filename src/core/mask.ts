import type { DocumentFormat } from './facts';
/**
 * Returns a string of the same length as `text` in which everything that is not
 * prose (HTML tags, comments, scripts, markdown code blocks, URLs except the NCT
 * IDs inside them) is replaced by spaces, newlines kept. Offsets stay valid.
 */
export function maskProse(text: string, format: DocumentFormat): string { void format; return text; }
