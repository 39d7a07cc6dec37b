/** Word tokens of a paragraph, made by one regex pass; the drug scanner works on these. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

// Letters/digits runs joined by single hyphens ("NeuroNata-R", "mRNA-1273") or by a dot before a
// digit ("ACI-24.060", "13.2"); each joint starts with its own character, so it is linear.
const WORD = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+|\.\d+)*/g;

export function tokenize(prose: string): Token[] {
  const out: Token[] = [];
  for (const m of prose.matchAll(WORD)) {
    const start = m.index;
    out.push({ start, end: start + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return out;
}

/** The characters between token i and token i+1 (to the end of text after the last). */
export function gapAfter(prose: string, tokens: readonly Token[], i: number): string {
  return prose.slice(tokens[i].end, i + 1 < tokens.length ? tokens[i + 1].start : prose.length);
}

/** True when the gap is plain inline space (words of one name). */
export function isSpace(gap: string): boolean {
  return gap === ' ' || gap === '\u00a0';
}

/** True when token i starts a sentence or a line (its first word is capitalized by grammar). */
export function startsSentence(prose: string, tokens: readonly Token[], i: number): boolean {
  const from = i > 0 ? tokens[i - 1].end : 0;
  const gap = prose.slice(from, tokens[i].start);
  if (i === 0) return true;
  for (let k = gap.length - 1; k >= 0; k--) {
    const c = gap[k];
    if (c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === '•') return true;
    if (c !== ' ' && c !== '"' && c !== '“' && c !== '‘' && c !== "'" && c !== '(' && c !== '*' && c !== '-' && c !== '#') return false;
  }
  return false;
}

export function isCapitalized(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Has an upper-case letter after the first character, a digit or a hyphen: not a plain word. */
export function isNameShaped(text: string): boolean {
  for (let k = 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45) return true;
  }
  return false;
}
