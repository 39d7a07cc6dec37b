import type { DocumentFormat } from '../core/facts';

/** How the core should read a document of this VS Code language. */
export function formatOf(languageId: string): DocumentFormat {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'html') return 'html';
  return 'text';
}
