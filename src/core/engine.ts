import type { Analysis, DocumentDate, DocumentFormat, ExtractOptions, Fact, FactKind } from './facts';
import { FACT_KINDS } from './facts';
import { ProseMask } from './mask';
import { scanNct } from './kinds/nct';
import { scanPhases } from './kinds/phases';
import { scanDates } from './kinds/dates';
import { createDrugScanner, finishDrugs, learnedMentions, lowerCaseNames, type DrugScan, type DrugScanner } from './kinds/drugs';
import { dateSource, findDocumentDate, HEADER_CHARS, pickDocumentDate, resolveDates, type Candidate, type DateSource } from './docdate';
import { loadLexicon, type Lexicon } from './lexicon';
import { Tokens } from './words/tokens';
import { splitParagraphs, type Paragraph } from './paragraphs';

/** A paragraph's facts, by kind. */
interface ParagraphFacts {
  /** NCT IDs and phases. */
  facts: Fact[];
  dates: Fact[];
  /** Its drug candidates stay paragraph-relative even when `facts` are placed: read them from the ParagraphScan. */
  drugs: DrugScan;
}

/**
 * A paragraph's facts at document offsets; `verbatim` when each fact's text is the scanner's
 * (masked) text. In a session, also its dates resolved against `resolvedFor` (see resolvedKept).
 */
type Placed = ParagraphFacts & { at: number; verbatim: boolean; resolved: Fact[] | undefined; resolvedFor: string | null };

/**
 * Everything one paragraph yields; cached by the paragraph's masked text. Offsets are relative.
 * A class, every field set from the start: the per-keystroke loops read thousands of them, and
 * fields added later would give them many shapes.
 */
class ParagraphScan implements ParagraphFacts {
  /**
   * The facts moved to document offsets the last time the paragraph stood at `at`: reused while
   * it stays there (see placeKept), or anywhere when it has no facts.
   */
  placed: Placed | undefined = undefined;
  /** In a session, what withLearned made of this paragraph for the learned set `learnedFor`. */
  learnedFor: ReadonlySet<string> | undefined = undefined;
  /** Its mentions of the names in `learnedFor` (learnedMentions; paragraph-relative). */
  hits: Fact[] = NO_FACTS;
  /** Its placed drug scan `hitsOf`, with `hits` moved to `hitsAt`. */
  withHits: DrugScan | undefined = undefined;
  hitsOf: DrugScan | undefined = undefined;
  hitsAt = -1;
  /**
   * In a session, for a paragraph with dates: the document's text from the start of its first line
   * to its end (a copy), and what was read in it about its dates, kept while it stays the same.
   */
  around: string | undefined = undefined;
  /** The dateSource of each date, read past the header. */
  sources: (DateSource | null)[] | undefined = undefined;
  /** Each date's resolved value against `resolutionsFor` (undefined: none). */
  resolutions: (string | undefined)[] | undefined = undefined;
  resolutionsFor: string | null = null;

  /** In a session, the version that keeps it: one paragraph's, never two (what it keeps is for one place). */
  keptIn = -1;
  /** Whether it has facts at offsets (else it is placed the same anywhere), and findsSomething(drugs). */
  readonly hasOffsets: boolean;
  readonly finds: boolean;

  constructor(
    /** The masked text it was scanned from (in a session, a copy: see detach). */
    readonly text: string,
    readonly facts: Fact[],
    readonly dates: Fact[],
    readonly drugs: DrugScan,
  ) {
    this.hasOffsets = facts.length > 0 || dates.length > 0 || drugs.facts.length > 0;
    this.finds = findsSomething(drugs);
  }
}

export interface EngineOptions {
  /** A lexicon built elsewhere (tests, extra names); default: the bundled one. */
  lexicon?: Lexicon;
}

/**
 * A document being edited: keeps each paragraph's scan so that a new version of
 * the text re-scans only the paragraphs that changed.
 */
export interface DocumentSession {
  analyze(text: string, options?: ExtractOptions): Analysis;
}

export interface Engine {
  readonly lexicon: Lexicon;
  analyze(text: string, options?: ExtractOptions): Analysis;
  extract(text: string, options?: ExtractOptions): Fact[];
  session(): DocumentSession;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function createEngine(options: EngineOptions = {}): Engine {
  const lexicon = options.lexicon ?? loadLexicon();
  const scanners: Scanners = { words: new Tokens(lexicon.firstWords), drugs: createDrugScanner(lexicon) };
  const stateless = (text: string, opts?: ExtractOptions) => analyzeWith(scanners, text, opts, null);
  return {
    lexicon,
    analyze: stateless,
    extract: (text, opts) => stateless(text, opts).facts,
    session(): DocumentSession {
      const cache = new ScanCache();
      return {
        analyze(text, opts) {
          const result = analyzeWith(scanners, text, opts, cache);
          cache.commit();
          return result;
        },
      };
    },
  };
}

/**
 * A session's paragraphs and their scans from the previous version of the text. An edit changes a
 * paragraph or two: the text before it and after it is the same, and so are the paragraphs there,
 * the ones after moved by the change in length. Those are taken over without splitting or comparing
 * their text (see split); the others are split from the text and their scans found where they were
 * (the same index before the edit, the same index from the end after it) with one string comparison
 * each. Paragraphs that moved (a paste, an undo) are looked up by text.
 */
class ScanCache {
  /** The previous version's paragraphs, each with its scan's own copy of its text, and their scans. */
  private paragraphs: Paragraph[] = [];
  private scans: ParagraphScan[] = [];
  /** The previous version's mask (and text) and format. */
  private mask: ProseMask | null = null;
  private format: DocumentFormat | undefined;
  /** This version's first `before` and last `after` paragraphs are the previous version's. */
  private before = 0;
  private after = 0;
  private byText: Map<string, ParagraphScan> | null = null;
  private misses = 0;
  private nextParagraphs: Paragraph[] = [];
  private nextScans: ParagraphScan[] = [];
  private nextMask: ProseMask | null = null;
  private learned: ReadonlySet<string> = new Set();
  /** Counts the versions. */
  private version = 0;

  /**
   * This version's paragraphs. Where the masked text is the same as before (see ProseMask.sameAs)
   * the previous version's paragraphs stand: those whose next paragraph starts there before the
   * first change, and those from the first paragraph start after the last change that was a
   * paragraph start before it too. Only the paragraphs between are split from the text.
   */
  split(mask: ProseMask, format: DocumentFormat): Paragraph[] {
    const old = this.mask;
    this.nextMask = mask;
    this.before = 0;
    this.after = 0;
    if (old === null || format !== this.format) {
      this.format = format;
      return splitParagraphs(mask);
    }
    const a = old.text;
    const b = mask.text;
    const rawPrefix = commonPrefix(a, b);
    const same = mask.sameAs(old, rawPrefix, commonSuffix(a, b, Math.min(a.length, b.length) - rawPrefix));
    const olds = this.paragraphs;
    let before = 0;
    while (before + 1 < olds.length && olds[before + 1].start < same.prefix) before++;
    const delta = b.length - a.length;
    const suffixStart = b.length - same.suffix;
    let j = before;
    let after = 0;
    const between = splitParagraphs(mask, before > 0 ? olds[before].start : 0, (start) => {
      if (start < suffixStart) return false;
      while (j < olds.length && olds[j].start + delta < start) j++;
      if (j === olds.length || olds[j].start + delta !== start) return false;
      after = olds.length - j;
      return true;
    });
    const paragraphs = olds.slice(0, before);
    for (const p of between) paragraphs.push(p);
    for (let k = olds.length - after; k < olds.length; k++) paragraphs.push(delta === 0 ? olds[k] : { start: olds[k].start + delta, text: olds[k].text });
    this.before = before;
    this.after = after;
    return paragraphs;
  }

  /**
   * The scan of paragraph k of `count` in the new version, when the previous version had its text
   * and no other paragraph of this version has it yet (a paragraph pasted twice is scanned again).
   */
  find(k: number, count: number, text: string): ParagraphScan | undefined {
    const scan = this.previous(k, count, text);
    return scan?.keptIn === this.version ? undefined : scan;
  }

  private previous(k: number, count: number, text: string): ParagraphScan | undefined {
    const old = this.paragraphs;
    const fromEnd = k + old.length - count;
    if (k < this.before) return this.scans[k];
    if (k >= count - this.after) return this.scans[fromEnd];
    if (k < old.length && old[k].text === text) return this.scans[k];
    if (fromEnd >= 0 && fromEnd < old.length && old[fromEnd].text === text) return this.scans[fromEnd];
    // A typed edit misses once or twice; more misses mean paragraphs moved.
    if (++this.misses <= 2) return undefined;
    if (!this.byText) {
      this.byText = new Map();
      for (let i = 0; i < old.length; i++) this.byText.set(old[i].text, this.scans[i]);
    }
    return this.byText.get(text);
  }

  /**
   * Keeps paragraph k of `count` of this version and its scan. A paragraph split from this version's
   * text is kept with its scan's copy of the text, not with a view into the document.
   */
  keep(k: number, count: number, para: Paragraph, scan: ParagraphScan): void {
    const taken = k < this.before || k >= count - this.after;
    this.nextParagraphs.push(taken ? para : { start: para.start, text: scan.text });
    this.nextScans.push(scan);
    scan.keptIn = this.version;
  }

  /**
   * The names learned in the version being analysed: the previous version's set when it holds the
   * same names (a keystroke seldom changes them), so that what is memoized per set stays valid.
   */
  sameLearned(names: Set<string>): ReadonlySet<string> {
    const old = this.learned;
    if (names.size !== old.size) return (this.learned = names);
    for (const name of names) if (!old.has(name)) return (this.learned = names);
    return old;
  }

  /** The version just analysed becomes the previous one. */
  commit(): void {
    this.paragraphs = this.nextParagraphs;
    this.scans = this.nextScans;
    this.mask = this.nextMask;
    this.nextParagraphs = [];
    this.nextScans = [];
    this.nextMask = null;
    this.byText = null;
    this.misses = 0;
    this.version++;
  }
}

/** The length of the common prefix of a and b. */
function commonPrefix(a: string, b: string): number {
  return commonRun(a, b, Math.min(a.length, b.length), false);
}

/** The length of the common suffix of a and b, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  return commonRun(a, b, max, true);
}

/**
 * How many characters, at most `max`, a and b share from their start (or from their end):
 * slices compared natively, doubling while they agree, then narrowing to the first difference.
 */
function commonRun(a: string, b: string, max: number, fromEnd: boolean): number {
  const part = (s: string, at: number, len: number) => (fromEnd ? s.slice(s.length - at - len, s.length - at) : s.slice(at, at + len));
  const code = (s: string, at: number) => s.charCodeAt(fromEnd ? s.length - 1 - at : at);
  let at = 0;
  for (let step = 256; at < max; ) {
    const len = Math.min(step, max - at);
    if (part(a, at, len) === part(b, at, len)) {
      at += len;
      step *= 2;
    } else if (len <= 16) break;
    else step = len >> 1;
  }
  while (at < max && code(a, at) === code(b, at)) at++;
  return at;
}

/** An engine's scanners, with the buffers they reuse from paragraph to paragraph (one analysis runs at a time). */
interface Scanners {
  /** A paragraph's words, read once for all four kinds (words/tokens.ts). */
  words: Tokens;
  drugs: DrugScanner;
}

function scanParagraph(scanners: Scanners, prose: string): ParagraphScan {
  const words = scanners.words.read(prose);
  // Most paragraphs have no word starting like "NCT" or "phase": their regex searches are skipped,
  // and their facts are one shared empty array.
  const ids = words.mayHaveNct ? scanNct(prose) : undefined;
  const facts = words.mayHavePhase ? scanPhases(prose, ids) : (ids ?? NO_FACTS);
  return new ParagraphScan(prose, facts, scanDates(prose, words), scanners.drugs.scan(prose, words));
}

function analyzeWith(
  scanners: Scanners,
  text: string,
  opts: ExtractOptions | undefined,
  cache: ScanCache | null,
): Analysis {
  const format = opts?.format ?? 'text';
  const mask = new ProseMask(text, format);
  const paragraphs = cache ? cache.split(mask, format) : splitParagraphs(mask);
  const count = paragraphs.length;
  const scans = new Array<ParagraphScan>(count);
  const facts: Fact[] = [];
  const dates: Fact[] = [];
  // A session reads the dates paragraph by paragraph.
  const dated: number[] = [];
  const drugScans = new Array<DrugScan>(count);
  // The scans finishDrugs needs when no paragraph learned a name: those that found something.
  const found: DrugScan[] = [];
  let learns = false;
  for (let k = 0; k < count; k++) {
    const para = paragraphs[k];
    let scan = cache?.find(k, count, para.text);
    // A scan kept in a session must not hold a view into this version of the document.
    scan ??= scanParagraph(scanners, cache ? detach(para.text) : para.text);
    cache?.keep(k, count, para, scan);
    scans[k] = scan;
    const placed = cache ? placeKept(scan, para, text, mask) : place(scan, para.start, text);
    // Most paragraphs find nothing: plain loops, no spreads.
    for (let i = 0; i < placed.facts.length; i++) facts.push(placed.facts[i]);
    if (cache) {
      if (placed.dates.length > 0) {
        dated.push(k);
        readAround(scan, para, text);
      }
    } else for (let i = 0; i < placed.dates.length; i++) dates.push(placed.dates[i]);
    const drugs = placed.drugs;
    drugScans[k] = drugs;
    if (scan.finds) found.push(drugs);
    if (drugs.learned.length > 0) learns = true;
  }

  const documentDate =
    opts?.documentDate && ISO_DAY.test(opts.documentDate)
      ? { value: opts.documentDate, source: 'option' as const }
      : cache
        ? keptDocumentDate(dated, scans, paragraphs, text)
        : findDocumentDate(text, dates);
  const reference = documentDate?.value ?? null;
  const resolved = cache ? keptResolved(dated, scans, reference, text) : resolveDates(dates, reference, text);
  const drugs = finishDrugs(learns ? withLearned(scans, drugScans, paragraphs, text, cache) : found);
  return { facts: ordered([facts, resolved, drugs], opts?.kinds), documentDate };
}

/**
 * The drug scans finishDrugs needs when some paragraph learned a name: those that found something
 * or mention a learned name (learnedMentions), those mentions moved to document offsets. In the editor
 * this runs on every change: a session keeps each paragraph's result while the learned names and
 * the paragraph's place stay the same, and only paragraphs with such a mention get a new object.
 */
function withLearned(
  scans: readonly ParagraphScan[],
  placed: readonly DrugScan[],
  paragraphs: readonly Paragraph[],
  text: string,
  cache: ScanCache | null,
): DrugScan[] {
  const names = new Set<string>();
  for (let k = 0; k < scans.length; k++) {
    const values = scans[k].drugs.learned;
    for (let i = 0; i < values.length; i++) names.add(values[i]);
  }
  const learned = cache ? cache.sameLearned(names) : names;
  const lower = lowerCaseNames(learned);
  const out: DrugScan[] = [];
  for (let k = 0; k < placed.length; k++) {
    const d = placed[k];
    const scan = scans[k];
    const hits = cache
      ? learnedHits(scan, learned, lower)
      : learnedMentions(scan.text, scan.drugs.candidates, learned, lower);
    if (hits.length > 0) out.push(cache ? placedHits(scan, d, paragraphs[k].start, text) : withHits(d, hits, paragraphs[k].start, text));
    // A one-off analysis places the scan itself, whose candidates are paragraph-relative.
    else if (scan.finds) out.push(d === scan.drugs ? withCandidates(d, NO_FACTS) : d);
  }
  return out;
}

/** A cached scan's mentions of learned names (learnedMentions), kept for the learned set. */
function learnedHits(scan: ParagraphScan, learned: ReadonlySet<string>, lower: readonly string[]): Fact[] {
  if (scan.learnedFor !== learned) {
    scan.learnedFor = learned;
    scan.hits = learnedMentions(scan.text, scan.drugs.candidates, learned, lower);
    scan.withHits = undefined;
  }
  return scan.hits;
}

/** A cached scan's placed drug scan `d` with its learned hits at `at`: kept while both stay (see placeKept). */
function placedHits(scan: ParagraphScan, d: DrugScan, at: number, text: string): DrugScan {
  if (scan.withHits === undefined || scan.hitsOf !== d || scan.hitsAt !== at || !hold(scan.withHits.candidates, text)) {
    scan.withHits = withHits(d, scan.hits, at, text);
    scan.hitsOf = d;
    scan.hitsAt = at;
  }
  return scan.withHits;
}

function withHits(d: DrugScan, hits: readonly Fact[], at: number, text: string): DrugScan {
  return withCandidates(d, hits.map((f) => shift(f, at, text)));
}

/** findDocumentDate over a session's dated paragraphs (indexes into `scans`), with the sources each keeps. */
function keptDocumentDate(
  dated: readonly number[],
  scans: readonly ParagraphScan[],
  paragraphs: readonly Paragraph[],
  text: string,
): DocumentDate | null {
  const candidates: Candidate[] = [];
  for (const k of dated) {
    const dates = (scans[k].placed as Placed).dates;
    const sources = keptSources(scans[k], paragraphs[k], text);
    for (let i = 0; i < dates.length; i++) {
      const source = sources[i];
      if (source !== null) candidates.push({ fact: dates[i], source });
    }
  }
  return pickDocumentDate(candidates);
}

/**
 * The document's text a session's paragraph's date memos were read from (see ParagraphScan.around):
 * when it changed, they are dropped. Only the masked text is the same in each version that finds
 * the paragraph's scan; its dates are read in the document's text around them, which may differ
 * where the mask hides something. Both resolveDates and dateSource past the header read only the
 * line before a date, after its last line break.
 */
function readAround(scan: ParagraphScan, para: Paragraph, text: string): void {
  const around = text.slice(lineStart(text, para.start), para.start + para.text.length);
  if (scan.around === around) return;
  scan.around = detach(around);
  scan.sources = undefined;
  scan.resolutions = undefined;
  (scan.placed as Placed).resolved = undefined;
}

/** The dateSource of each of a session's paragraph's dates; kept past the header (see readAround). */
function keptSources(scan: ParagraphScan, para: Paragraph, text: string): (DateSource | null)[] {
  if (scan.sources !== undefined && para.start >= HEADER_CHARS) return scan.sources;
  const sources = (scan.placed as Placed).dates.map((f) => dateSource(text, f));
  if (para.start >= HEADER_CHARS) scan.sources = sources;
  return sources;
}

/** resolveDates over a session's dated paragraphs (indexes into `scans`), each resolved as kept. */
function keptResolved(dated: readonly number[], scans: readonly ParagraphScan[], reference: string | null, text: string): Fact[] {
  const out: Fact[] = [];
  for (const k of dated) {
    const resolved = resolvedKept(scans[k], reference, text);
    for (let i = 0; i < resolved.length; i++) out.push(resolved[i]);
  }
  return out;
}

/**
 * A session's paragraph's dates resolved against the reference: the scan keeps the resolved values
 * and its placement the resolved facts (see readAround).
 */
function resolvedKept(scan: ParagraphScan, reference: string | null, text: string): Fact[] {
  const placed = scan.placed as Placed;
  if (placed.resolved !== undefined && placed.resolvedFor === reference) return placed.resolved;
  let resolved: Fact[];
  const values = scan.resolutions;
  if (values !== undefined && scan.resolutionsFor === reference) {
    resolved = placed.dates.map((f, i) => (values[i] === undefined ? f : { ...f, resolved: values[i] }));
  } else {
    resolved = resolveDates(placed.dates, reference, text);
    scan.resolutions = resolved.map((f, i) => (f === placed.dates[i] ? undefined : f.resolved));
    scan.resolutionsFor = reference;
  }
  placed.resolved = resolved;
  placed.resolvedFor = reference;
  return resolved;
}

/** What a paragraph's drug scan gives finishDrugs besides its candidates: facts, learned names, pairs or vetoes. */
function findsSomething(d: DrugScan): boolean {
  return d.facts.length > 0 || d.learned.length > 0 || d.generics.length > 0 || d.notDrugs.length > 0;
}

/** A drug scan with other candidates (and facts), as finishDrugs reads it. */
function withCandidates(d: DrugScan, candidates: Fact[], facts: Fact[] = d.facts): DrugScan {
  return { facts, candidates, learned: d.learned, generics: d.generics, notDrugs: d.notDrugs };
}

/** The facts of the given kinds (default: all), in document order. */
function ordered(groups: readonly Fact[][], only: readonly FactKind[] | undefined): Fact[] {
  const kinds = only && new Set<FactKind>(only);
  const all: Fact[] = [];
  for (const group of groups) {
    if (!kinds || kinds.size === FACT_KINDS.length) for (let i = 0; i < group.length; i++) all.push(group[i]);
    else for (const f of group) if (kinds.has(f.kind)) all.push(f);
  }
  all.sort((a, b) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  return all;
}

const NO_FACTS: Fact[] = Object.freeze([]) as unknown as Fact[];

/** A one-off analysis's paragraph facts at document offsets: the fresh scan's facts, moved in place. */
function place(scan: ParagraphScan, at: number, text: string): ParagraphFacts {
  shiftAll(scan.facts, at, text);
  shiftAll(scan.dates, at, text);
  shiftAll(scan.drugs.facts, at, text);
  return scan;
}

/**
 * A session's paragraph facts at document offsets, kept on the cached scan and reused while the
 * paragraph stays at the same offset, or at any offset when it has no facts. Each placement is a
 * new object: what is made from one keeps it to know when it is stale.
 */
function placeKept(scan: ParagraphScan, para: Paragraph, text: string, mask: ProseMask): Placed {
  const at = para.start;
  const old = scan.placed;
  if (old !== undefined && (!scan.hasOffsets || (old.at === at && showsText(old, para, text, mask)))) return old;
  let verbatim = true;
  const moved = (facts: readonly Fact[]) => {
    if (facts.length === 0) return NO_FACTS;
    return facts.map((f) => {
      const placed = shift(f, at, text);
      verbatim &&= placed.text === f.text;
      return placed;
    });
  };
  const facts = moved(scan.facts);
  const dates = moved(scan.dates);
  const drugs = withCandidates(scan.drugs, NO_FACTS, moved(scan.drugs.facts));
  return (scan.placed = { at, verbatim, facts, dates, drugs, resolved: undefined, resolvedFor: null });
}

/**
 * Whether a paragraph's facts, placed in an earlier version at the offset where it stands now
 * with the same masked text, show this version's text. The mask may hide other characters
 * ("Phase&nbsp;3", then "Phase&#160;3"), and a fact's text is the document's. When the facts
 * show the masked text and the paragraph hides nothing, they do without reading them.
 */
function showsText(placed: Placed, para: Paragraph, text: string, mask: ProseMask): boolean {
  if (placed.verbatim && !mask.hides(para.start, para.start + para.text.length)) return true;
  return hold(placed.facts, text) && hold(placed.dates, text) && hold(placed.drugs.facts, text);
}

function lineStart(text: string, i: number): number {
  // Most paragraphs start their line; lastIndexOf is a runtime call.
  return i === 0 || text.charCodeAt(i - 1) === 10 ? i : text.lastIndexOf('\n', i - 1) + 1;
}

/** Whether facts at document offsets show the document's text there. */
function hold(facts: readonly Fact[], text: string): boolean {
  for (let i = 0; i < facts.length; i++) if (!text.startsWith(facts[i].text, facts[i].start)) return false;
  return true;
}

function shiftAll(facts: readonly Fact[], at: number, text: string): void {
  for (let i = 0; i < facts.length; i++) shiftInPlace(facts[i], at, text);
}

/** A paragraph-relative fact moved to document offsets (a copy); its text is always the document's own. */
function shift(f: Fact, at: number, text: string): Fact {
  return shiftInPlace({ ...f }, at, text);
}

function shiftInPlace(f: Fact, at: number, text: string): Fact {
  f.start += at;
  f.end += at;
  // The scanner read the masked text; it differs from the document only where the mask
  // blanked something inside the fact ("Phase&nbsp;3").
  if (!text.startsWith(f.text, f.start) || f.text.length !== f.end - f.start) f.text = detach(text.slice(f.start, f.end));
  return f;
}

/**
 * A copy of `s` that does not keep a larger string alive. V8 makes a slice of 13 or more
 * characters a view into its parent; a cached paragraph scan or fact holding such a view
 * would keep the whole document of an old version in memory for as long as it is cached.
 */
function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
