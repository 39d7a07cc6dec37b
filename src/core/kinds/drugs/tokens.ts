/** Word tokens of a paragraph, made by one regex pass; the drug scanner works on these. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/**
 * Words are letter/digit runs joined by single hyphens ("NeuroNata-R", "mRNA-1273") or by a dot
 * before a digit ("ACI-24.060", "13.2"). A hand-written loop rather than a regex: this runs over
 * every character of every document and is the drug scanner's largest fixed cost.
 */
export function tokenize(prose: string): Token[] {
  const out: Token[] = [];
  const n = prose.length;
  let i = 0;
  while (i < n) {
    if (!isAlnum(prose.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isAlnum(prose.charCodeAt(j))) j++;
    for (;;) {
      const c = prose.charCodeAt(j);
      if (c === 45 && isAlnum(prose.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isAlnum(prose.charCodeAt(j))) j++;
      } else if (c === 46 && isDigit(prose.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isDigit(prose.charCodeAt(j))) j++;
      } else break;
    }
    const text = prose.slice(i, j);
    out.push({ start: i, end: j, text, lower: text.toLowerCase() });
    i = j;
  }
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
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
