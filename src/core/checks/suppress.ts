import type { DocumentFormat, Finding, TextEdit } from '../facts';

/**
 * Inline suppression. A directive sits on a line of its own:
 *   Markdown / HTML:  <!-- medfacts-disable-next-line date-stale drug-spelling -->
 *                     <!-- medfacts-disable [codes] -->  ...  <!-- medfacts-enable [codes] -->
 *   plain text:       [medfacts-disable-next-line date-stale]   or   # medfacts-disable-next-line date-stale
 *                     (same for disable / enable)
 * Without codes a directive covers every check. "next line" is the next line that is not blank.
 * Every form is understood in every format; `suppressionComment` writes the one that suits the format.
 */

/** The opening of a directive; the rest of the line is read by `parseDirective`. */
const DIRECTIVE_HEAD = /^[ \t]*(?:<!--|\[|#)[ \t]*medfacts-(disable-next-line|disable|enable)(?![a-z-])/;
const CODE = /^[a-z][a-z-]*$/;

/** A directive line: its kind and codes (empty: every check); null for any other line. */
function parseDirective(line: string): { kind: string; codes: string[] } | null {
  const head = DIRECTIVE_HEAD.exec(line);
  if (!head) return null;
  let rest = line.slice(head[0].length).trim();
  if (rest.endsWith('-->')) rest = rest.slice(0, -3);
  else if (rest.endsWith(']')) rest = rest.slice(0, -1);
  const codes = rest.split(/[ \t,]/).filter(Boolean);
  return codes.every((c) => CODE.test(c)) ? { kind: head[1], codes } : null;
}

type Region = { start: number; end: number; codes: Set<string> | null };

/** The text of a directive that silences `code` on the next line, for the "Ignore here" quick fix. */
export function suppressionComment(format: DocumentFormat, code: string): string {
  return format === 'text' ? `[medfacts-disable-next-line ${code}]` : `<!-- medfacts-disable-next-line ${code} -->`;
}

/** The edit that inserts the suppression directive on its own line above the finding's line, indented like it. */
export function suppressionEdit(text: string, format: DocumentFormat, finding: Pick<Finding, 'code' | 'start'>): TextEdit {
  const lineStart = text.lastIndexOf('\n', finding.start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, finding.start))?.[0] ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { start: lineStart, end: lineStart, text: `${indent}${suppressionComment(format, finding.code)}${eol}` };
}

/** Drops the findings that a directive in `text` silences. */
export function filterSuppressed(text: string, findings: readonly Finding[]): Finding[] {
  if (!text.includes('medfacts-')) return findings.slice();
  const regions = suppressedRegions(text);
  return findings.filter((f) => !regions.some((r) => f.start >= r.start && f.start < r.end && (r.codes === null || r.codes.has(f.code))));
}

function suppressedRegions(text: string): Region[] {
  const regions: Region[] = [];
  const open = new Map<string, number>(); // code or '*' -> where its disable began
  let pendingNext: Set<string> | null | undefined; // undefined: no next-line directive waiting
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(at, lineEnd);
    const directive = parseDirective(line);
    if (directive) {
      const { kind, codes } = directive;
      const set = codes.length ? new Set(codes) : null;
      if (kind === 'disable-next-line') {
        pendingNext = set;
      } else if (kind === 'disable') {
        for (const c of codes.length ? codes : ['*']) if (!open.has(c)) open.set(c, lineEnd);
      } else {
        close(codes.length ? codes : [...open.keys()], at);
      }
    } else if (pendingNext !== undefined && line.trim() !== '') {
      regions.push({ start: at, end: lineEnd + 1, codes: pendingNext });
      pendingNext = undefined;
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  close([...open.keys()], text.length + 1);
  return regions;

  function close(codes: string[], end: number) {
    for (const c of codes) {
      const start = open.get(c);
      if (start === undefined) continue;
      open.delete(c);
      regions.push({ start, end, codes: c === '*' ? null : new Set([c]) });
    }
  }
}
