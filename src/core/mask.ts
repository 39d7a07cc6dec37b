import type { DocumentFormat } from './facts';
import { scanNct } from './kinds/nct';

/**
 * The prose mask: the scanners read prose only, so markup, code and URLs are
 * replaced by spaces before they run. The result has the same length as the input
 * and keeps every line break, so offsets into it are offsets into the document.
 *
 * Each rule is one left-to-right pass that returns the ranges it hides; a pass reads
 * the output of the previous one, so a tag inside a code block is already gone.
 * Searches use indexOf or regexes that start with a literal, and each pass moves
 * forward only, so the whole mask is linear in the length of the text.
 */

interface Hidden {
  start: number;
  end: number;
  /** URLs in prose keep their NCT IDs visible ("clinicaltrials.gov/study/NCT04745299"). */
  keepNct: boolean;
}

/**
 * The ranges hidden so far, sorted; rules ask whether a position is already hidden
 * (a tag inside a code block is not a tag). Each rule reads left to right, so a
 * cursor that only moves forward answers in amortized constant time.
 */
class HiddenSoFar {
  private cursor = 0;
  constructor(readonly ranges: Hidden[]) {}

  /** The end of the hidden range containing `pos`, or -1. Calls must not go backwards. */
  endAt(pos: number): number {
    const r = this.ranges;
    while (this.cursor < r.length && r[this.cursor].end <= pos) this.cursor++;
    const h = r[this.cursor];
    return h !== undefined && h.start <= pos ? h.end : -1;
  }
}

type Rule = (s: string, hidden: HiddenSoFar) => Hidden[];

let spaceRun = ' '.repeat(1024);

/** `n` spaces, sliced from one shared run (slices of it cost no copy). */
function spaces(n: number): string {
  if (n > spaceRun.length) spaceRun = ' '.repeat(Math.max(n, spaceRun.length * 2));
  return spaceRun.slice(0, n);
}

/** Spaces for every code unit but line breaks (\n, and the \r of \r\n). A per-character replace would be ~50x slower. */
function blank(chunk: string): string {
  if (chunk.indexOf('\n') === -1) return spaces(chunk.length);
  return chunk
    .split('\n')
    .map((line) => (line.endsWith('\r') ? spaces(line.length - 1) + '\r' : spaces(line.length)))
    .join('\n');
}

/** Two sorted range lists as one sorted list. */
function merge(a: Hidden[], b: Hidden[]): Hidden[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: Hidden[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

/** Whether `i` is preceded on its line by at most 3 spaces (where a fence may start). */
function fenceIndentOk(s: string, i: number): boolean {
  let j = i;
  while (j > 0 && s.charCodeAt(j - 1) === 32 && i - j < 4) j--;
  return i - j <= 3 && (j === 0 || s.charCodeAt(j - 1) === 10);
}

function runLength(s: string, i: number, ch: string): number {
  let j = i;
  while (s[j] === ch) j++;
  return j - i;
}

/** The next position at or after `from` where `token` starts a fence line, or -1. */
function nextFence(s: string, from: number, token: string): number {
  for (let i = s.indexOf(token, from); i !== -1; i = s.indexOf(token, i + runLength(s, i, token[0]))) {
    if (fenceIndentOk(s, i)) return i;
  }
  return -1;
}

/** End of the line holding `i` (index of its \n, or the text's end). */
function lineEnd(s: string, i: number): number {
  const n = s.indexOf('\n', i);
  return n === -1 ? s.length : n;
}

// ---- markdown code ----------------------------------------------------------

/** A closing fence: the same character, at least as long, alone on its line. */
function closingFence(s: string, from: number, ch: string, length: number): number {
  const token = ch.repeat(3);
  for (let i = nextFence(s, from, token); i !== -1; i = nextFence(s, i + 3, token)) {
    const run = runLength(s, i, ch);
    const end = lineEnd(s, i);
    if (run >= length && s.slice(i + run, end).trim() === '') return end;
  }
  return -1;
}

/** Fenced code blocks (``` or ~~~); an unclosed fence runs to the end (CommonMark). */
function fencedCode(s: string): Hidden[] {
  const out: Hidden[] = [];
  let from = 0;
  let ticks = nextFence(s, 0, '```');
  let tildes = nextFence(s, 0, '~~~');
  while (ticks !== -1 || tildes !== -1) {
    const start = tildes === -1 || (ticks !== -1 && ticks < tildes) ? ticks : tildes;
    const ch = s[start];
    const open = lineEnd(s, start);
    const close = open < s.length ? closingFence(s, open + 1, ch, runLength(s, start, ch)) : -1;
    const end = close === -1 ? s.length : close;
    out.push({ start, end, keepNct: false });
    from = end;
    if (ticks !== -1 && ticks < from) ticks = nextFence(s, from, '```');
    if (tildes !== -1 && tildes < from) tildes = nextFence(s, from, '~~~');
  }
  return out;
}

/**
 * YAML front matter: metadata, not prose (a date in it is the document's, which the
 * document-date finder reads from the raw text). Only at the very start, and only when closed.
 */
const FRONT_MATTER_OPEN = /^---[ \t]*\r?\n/y;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/gm;

function frontMatter(s: string): Hidden[] {
  FRONT_MATTER_OPEN.lastIndex = 0;
  const open = FRONT_MATTER_OPEN.exec(s);
  if (!open) return [];
  FRONT_MATTER_CLOSE.lastIndex = open[0].length;
  const close = FRONT_MATTER_CLOSE.exec(s);
  return close ? [{ start: 0, end: close.index + close[0].length, keepNct: false }] : [];
}

// ---- HTML (also raw HTML inside markdown) -------------------------------------

function comments(s: string, hidden: HiddenSoFar): Hidden[] {
  const out: Hidden[] = [];
  for (let i = s.indexOf('<!--'); i !== -1; ) {
    const inside = hidden.endAt(i);
    if (inside !== -1) {
      i = s.indexOf('<!--', inside);
      continue;
    }
    const close = s.indexOf('-->', i + 4);
    const end = close === -1 ? s.length : close + 3;
    out.push({ start: i, end, keepNct: false });
    i = s.indexOf('<!--', end);
  }
  return out;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const TAG_NAME_END = /[\s/>]/;
const isTagNameChar = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 45;

/**
 * The end of the tag opener at `lt` (a "<"): after `<name` or `</name` (the name, lower case,
 * is returned too), or after `<!` (doctype, CDATA) and `<?`; null when no tag starts there.
 */
function tagOpener(s: string, lt: number): { end: number; name: string } | null {
  const c = s.charCodeAt(lt + 1);
  if (c === 33 || c === 63) return { end: lt + 2, name: '' };
  const nameStart = c === 47 ? lt + 2 : lt + 1;
  if (!isAsciiLetter(s.charCodeAt(nameStart))) return null;
  let end = nameStart + 1;
  while (isTagNameChar(s.charCodeAt(end))) end++;
  if (end < s.length && !TAG_NAME_END.test(s[end])) return null;
  return { end, name: c === 47 ? '' : s.slice(nameStart, end).toLowerCase() };
}

/** Elements whose content is not visible prose (code, or the page's metadata): hidden from start tag to end tag. */
const RAW_TEXT = new Set(['script', 'style', 'head']);

/** End of the `</name ...>` closing a raw-text element whose content starts at `from`, or the text's end. */
function rawTextEnd(s: string, from: number, name: string): number {
  for (let j = s.indexOf('</', from); j !== -1; j = s.indexOf('</', j + 2)) {
    const after = s[j + 2 + name.length];
    if (s.slice(j + 2, j + 2 + name.length).toLowerCase() === name && (after === undefined || TAG_NAME_END.test(after))) {
      const gt = s.indexOf('>', j);
      return gt === -1 ? s.length : gt + 1;
    }
  }
  return s.length;
}
const BLANK_LINE = /\n[ \t\r]*\n/g;

/**
 * Tags end at the next `>` with no `<` before it (`<script>`, `<style>`, `<head>` at their end tag); in markdown a tag may not cross
 * a blank line ("p < 0.05 ... > 3" is prose). `>` and blank-line positions are
 * cached, so each search moves forward only.
 */
function tags(s: string, hidden: HiddenSoFar, crossBlankLines: boolean): Hidden[] {
  const out: Hidden[] = [];
  let nextGt = -1;
  let nextBlank = -1;
  for (let start = s.indexOf('<'); start !== -1; ) {
    const nextLt = s.indexOf('<', start + 1);
    const inside = hidden.endAt(start);
    const opener = inside === -1 ? tagOpener(s, start) : null;
    if (inside !== -1) {
      start = s.indexOf('<', inside);
      continue;
    }
    if (opener === null) {
      start = nextLt;
      continue;
    }
    if (nextGt < opener.end) nextGt = s.indexOf('>', opener.end);
    if (nextGt === -1) break;
    if (nextLt !== -1 && nextLt < nextGt) {
      start = nextLt;
      continue;
    }
    if (!crossBlankLines) {
      if (nextBlank !== s.length && nextBlank < start) {
        BLANK_LINE.lastIndex = start;
        const b = BLANK_LINE.exec(s);
        nextBlank = b ? b.index : s.length;
      }
      if (nextBlank < nextGt) {
        start = nextLt;
        continue;
      }
    }
    const end = RAW_TEXT.has(opener.name) ? rawTextEnd(s, nextGt + 1, opener.name) : nextGt + 1;
    // Attributes are not visible text: an NCT ID in an href shows in the link text if anywhere.
    out.push({ start, end, keepNct: false });
    start = s.indexOf('<', end);
  }
  return out;
}

/** A named or numeric character reference at a given "&" (sticky). */
const ENTITY = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/y;

/** Character references ("&amp;", "&#8217;"); replaced by spaces of the same length. */
function entities(s: string, hidden: HiddenSoFar): Hidden[] {
  const out: Hidden[] = [];
  for (let i = s.indexOf('&'); i !== -1; i = s.indexOf('&', i + 1)) {
    if (hidden.endAt(i) !== -1) continue;
    ENTITY.lastIndex = i;
    const m = ENTITY.exec(s);
    if (m) out.push({ start: i, end: i + m[0].length, keepNct: false });
  }
  return out;
}

// ---- links and URLs -----------------------------------------------------------

/** The destination (and title) of a markdown link or image: `[text](here "title")`, on one line. */
function linkDestinations(s: string, hidden: HiddenSoFar): Hidden[] {
  const out: Hidden[] = [];
  let noCloseUntil = -1;
  for (let m = s.indexOf(']('); m !== -1; m = s.indexOf('](', m + 1)) {
    const start = m + 2;
    if (start < noCloseUntil || hidden.endAt(m) !== -1) continue;
    let depth = 0;
    let i = start;
    for (; i < s.length && s[i] !== '\n'; i++) {
      if (s[i] === '(') depth++;
      else if (s[i] === ')' && depth-- === 0) break;
    }
    if (s[i] !== ')') {
      // No closing parenthesis on this line: none of the later "](" on it closes either.
      noCloseUntil = i;
      continue;
    }
    out.push({ start, end: i, keepNct: true });
    m = i;
  }
  return out;
}

/** Top-level domains that mark "host.tld/path" as a URL without a scheme. */
const TLDS = new Set(['gov', 'com', 'org', 'net', 'edu', 'int', 'io', 'info', 'uk', 'us', 'ca', 'au', 'de', 'fr', 'eu']);

const isHostChar = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;
/** Characters a URL never contains in running text: whitespace and markup delimiters. */
const isUrlStop = (c: number) => c <= 32 || c === 0xa0 || c === 60 || c === 62 || c === 34 || c === 96 || c === 93;
const URL_TRAILING = '.,;:!?\'*_';

/** End of a URL starting at `start`: up to a space or markup, less trailing punctuation and unmatched ")". */
function urlEnd(s: string, start: number): number {
  let end = start;
  let open = 0;
  let close = 0;
  for (; end < s.length && !isUrlStop(s.charCodeAt(end)); end++) {
    if (s[end] === '(') open++;
    else if (s[end] === ')') close++;
  }
  for (;;) {
    const last = s[end - 1];
    if (end > start && URL_TRAILING.includes(last)) end--;
    else if (last === ')' && close > open) {
      end--;
      close--;
    } else return end;
  }
}

/**
 * Where the URL whose "/" is at `slash` starts, or -1: "scheme://" or "host.tld/".
 * Never walks back past `floor` (the end of the previous URL).
 */
function urlStartAtSlash(s: string, slash: number, floor: number): number {
  if (s.charCodeAt(slash - 1) === 58 && s.charCodeAt(slash + 1) === 47) {
    let i = slash - 1;
    while (i > floor && isAsciiLetter(s.charCodeAt(i - 1))) i--;
    return i < slash - 1 ? i : -1;
  }
  let dot = slash;
  while (dot > floor && isAsciiLetter(s.charCodeAt(dot - 1)) && slash - dot < 5) dot--;
  if (dot === slash || s.charCodeAt(dot - 1) !== 46 || !TLDS.has(s.slice(dot, slash).toLowerCase())) return -1;
  let i = dot - 1;
  while (i > floor && isHostChar(s.charCodeAt(i - 1))) i--;
  return i < dot - 1 ? i : -1;
}

/** "www." starting a word. */
function wwwAt(s: string, i: number): boolean {
  return i === 0 || !isHostChar(s.charCodeAt(i - 1));
}

/** Bare URLs: "scheme://...", "www....", "host.tld/...". Found from "/" and "www." with indexOf. */
function bareUrls(s: string, hidden: HiddenSoFar): Hidden[] {
  const out: Hidden[] = [];
  let floor = 0;
  let slash = s.indexOf('/');
  let www = s.indexOf('www.');
  while (slash !== -1 || www !== -1) {
    let start = -1;
    if (www !== -1 && (slash === -1 || www < slash)) {
      if (wwwAt(s, www)) start = www;
      www = s.indexOf('www.', www + 4);
    } else {
      start = urlStartAtSlash(s, slash, floor);
      slash = s.indexOf('/', slash + 1);
    }
    if (start === -1) continue;
    const inside = hidden.endAt(start);
    if (inside !== -1) {
      // A URL in a link target or a tag is already hidden: go on after it (and never walk back into it).
      floor = inside;
      if (slash !== -1 && slash < inside) slash = s.indexOf('/', inside);
      if (www !== -1 && www < inside) www = s.indexOf('www.', inside);
      continue;
    }
    const end = urlEnd(s, start);
    if (end <= start) continue;
    out.push({ start, end, keepNct: true });
    floor = end;
    if (slash !== -1 && slash < end) slash = s.indexOf('/', end);
    if (www !== -1 && www < end) www = s.indexOf('www.', end);
  }
  return out;
}

// ---- formats ------------------------------------------------------------------

const RULES: Record<DocumentFormat, readonly Rule[]> = {
  text: [bareUrls],
  markdown: [frontMatter, fencedCode, comments, (s, h) => tags(s, h, false), linkDestinations, bareUrls, entities],
  html: [comments, (s, h) => tags(s, h, true), entities, bareUrls],
};

/**
 * A text seen through its prose mask: everything that is not prose (HTML tags, comments,
 * scripts, markdown code blocks, URLs except the NCT IDs inside them) reads as spaces, line
 * breaks kept, so offsets stay valid. The masked text is made only for the slices asked for:
 * a paragraph with nothing hidden is a view of the document, not a copy.
 */
export class ProseMask {
  /** Disjoint, sorted ranges to blank, as [start, end] pairs. */
  private readonly blanks: Int32Array;

  constructor(readonly text: string, format: DocumentFormat) {
    let ranges: Hidden[] = [];
    for (const rule of RULES[format] ?? RULES.text) ranges = merge(ranges, rule(text, new HiddenSoFar(ranges)));
    this.blanks = blankRanges(text, ranges);
  }

  /** The masked text's code unit at i (NaN past the end, as String.charCodeAt). */
  charCodeAt(i: number): number {
    const c = this.text.charCodeAt(i);
    return c === 10 || !this.hidden(i) ? c : 32;
  }

  /** The masked text of text[start, end). */
  slice(start: number, end: number): string {
    const b = this.blanks;
    let k = this.firstEndingAfter(start);
    if (k === b.length || b[k] >= end) return this.text.slice(start, end);
    let out = '';
    let at = start;
    for (; k < b.length && b[k] < end; k += 2) {
      const from = Math.max(b[k], start);
      const to = Math.min(b[k + 1], end);
      // Cut short, a stretch still blanks as a whole: a \r stays only before \n or at the stretch's end.
      const stretch = to < b[k + 1] ? blank(this.text.slice(from, to + 1)).slice(0, to - from) : blank(this.text.slice(from, to));
      out += this.text.slice(at, from) + stretch;
      at = to;
    }
    return out + this.text.slice(at, end);
  }

  /**
   * How much of this mask, of a new version of `old.text`, reads as `old` does: the masked texts'
   * first `prefix` characters are the same, and their last `suffix`. Given the raw texts' common
   * prefix and suffix (not overlapping): a masked character is its raw one, or a space when its
   * range hides it, but a \r before a \n or at its range's end, so it also depends on the next one.
   */
  sameAs(old: ProseMask, rawPrefix: number, rawSuffix: number): { prefix: number; suffix: number } {
    const a = old.blanks;
    const b = this.blanks;
    let prefix = Math.max(0, rawPrefix - 1);
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i] && a[i + 1] === b[i + 1]) i += 2;
    if (i < a.length) prefix = Math.min(prefix, a[i]);
    if (i < b.length) prefix = Math.min(prefix, b[i]);
    const delta = this.text.length - old.text.length;
    let suffixStart = this.text.length - rawSuffix;
    let j = b.length - 2;
    i = a.length - 2;
    while (i >= 0 && j >= 0 && a[i] + delta === b[j] && a[i + 1] + delta === b[j + 1]) {
      i -= 2;
      j -= 2;
    }
    if (i >= 0) suffixStart = Math.max(suffixStart, a[i + 1] + delta);
    if (j >= 0) suffixStart = Math.max(suffixStart, b[j + 1]);
    return { prefix, suffix: this.text.length - suffixStart };
  }

  /** Whether any character of text[start, end) is hidden. */
  hides(start: number, end: number): boolean {
    const k = this.firstEndingAfter(start);
    return k < this.blanks.length && this.blanks[k] < end;
  }

  private hidden(i: number): boolean {
    return this.hides(i, i + 1);
  }

  /** Index (even) of the first blank range whose end is after `i`; blanks.length if none. */
  private firstEndingAfter(i: number): number {
    const b = this.blanks;
    let lo = 0;
    let hi = b.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b[2 * mid + 1] <= i) lo = mid + 1;
      else hi = mid;
    }
    return 2 * lo;
  }
}

const MAY_HOLD_NCT = /nct/i;

/**
 * The rules' ranges as the stretches to blank: a range overlapping the previous one is clipped;
 * a URL range keeps its NCT IDs visible, so it is blanked around them.
 */
function blankRanges(text: string, ranges: readonly Hidden[]): Int32Array {
  const out: number[] = [];
  let at = 0;
  for (const r of ranges) {
    const start = Math.max(r.start, at);
    if (r.end <= start) continue;
    at = r.end;
    const chunk = r.keepNct ? text.slice(start, r.end) : '';
    if (!r.keepNct || !MAY_HOLD_NCT.test(chunk)) {
      out.push(start, r.end);
      continue;
    }
    let from = start;
    for (const id of scanNct(chunk)) {
      if (start + id.start > from) out.push(from, start + id.start);
      from = start + id.end;
    }
    if (r.end > from) out.push(from, r.end);
  }
  return Int32Array.from(out);
}

/** The masked text (see ProseMask): a string of the same length as `text`. */
export function maskProse(text: string, format: DocumentFormat): string {
  return new ProseMask(text, format).slice(0, text.length);
}
