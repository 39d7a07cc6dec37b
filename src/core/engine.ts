import type { Analysis, ExtractOptions, Fact, FactKind } from './facts';
import { FACT_KINDS } from './facts';
import { ProseMask } from './mask';
import { scanNct } from './kinds/nct';
import { scanPhases } from './kinds/phases';
import { scanDates } from './kinds/dates';
import { createDrugScanner, finishDrugs, type DrugScan, type DrugScanner } from './kinds/drugs';
import { findDocumentDate, resolveDates } from './docdate';
import { loadLexicon, type Lexicon } from './lexicon';
import { splitParagraphs, type Paragraph } from './paragraphs';

/** A paragraph's facts, by kind. */
interface ParagraphFacts {
  /** NCT IDs and phases. */
  facts: Fact[];
  dates: Fact[];
  /** Its drug candidates stay paragraph-relative even when `facts` are placed: read them from the ParagraphScan. */
  drugs: DrugScan;
}

/** Everything one paragraph yields; cached by the paragraph's masked text. Offsets are relative. */
interface ParagraphScan extends ParagraphFacts {
  /** The facts moved to document offsets the last time the paragraph stood at `at`: reused while it stays there. */
  placed?: ParagraphFacts & { at: number };
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
  const drugScanner = createDrugScanner(lexicon);
  const stateless = (text: string, opts?: ExtractOptions) => analyzeWith(drugScanner, text, opts, null);
  return {
    lexicon,
    analyze: stateless,
    extract: (text, opts) => stateless(text, opts).facts,
    session(): DocumentSession {
      const cache = new ScanCache();
      return {
        analyze(text, opts) {
          const result = analyzeWith(drugScanner, text, opts, cache);
          cache.commit();
          return result;
        },
      };
    },
  };
}

/**
 * A session's paragraph scans from the previous version of the text. An edit changes a paragraph
 * or two: the others are found where they were (the same index before the edit, the same index
 * from the end after it) with one string comparison each, rather than by hashing every paragraph
 * of the document on every keystroke. Paragraphs that moved (a paste, an undo) are looked up by text.
 */
class ScanCache {
  private texts: string[] = [];
  private scans: ParagraphScan[] = [];
  private byText: Map<string, ParagraphScan> | null = null;
  private misses = 0;
  private nextTexts: string[] = [];
  private nextScans: ParagraphScan[] = [];

  /** The scan of paragraph k of `count` in the new version, when the previous version had its text. */
  find(k: number, count: number, text: string): ParagraphScan | undefined {
    const old = this.texts;
    if (k < old.length && old[k] === text) return this.scans[k];
    const fromEnd = k + old.length - count;
    if (fromEnd >= 0 && fromEnd < old.length && old[fromEnd] === text) return this.scans[fromEnd];
    // A typed edit misses once or twice; more misses mean paragraphs moved.
    if (++this.misses <= 2) return undefined;
    if (!this.byText) {
      this.byText = new Map();
      for (let i = 0; i < old.length; i++) this.byText.set(old[i], this.scans[i]);
    }
    return this.byText.get(text);
  }

  keep(text: string, scan: ParagraphScan): void {
    this.nextTexts.push(text);
    this.nextScans.push(scan);
  }

  /** The version just analysed becomes the previous one. */
  commit(): void {
    this.texts = this.nextTexts;
    this.scans = this.nextScans;
    this.nextTexts = [];
    this.nextScans = [];
    this.byText = null;
    this.misses = 0;
  }
}

function scanParagraph(drugScanner: DrugScanner, prose: string): ParagraphScan {
  return { facts: scanPhases(prose, scanNct(prose)), dates: scanDates(prose), drugs: drugScanner.scan(prose) };
}

function analyzeWith(
  drugScanner: DrugScanner,
  text: string,
  opts: ExtractOptions | undefined,
  cache: ScanCache | null,
): Analysis {
  const paragraphs = splitParagraphs(new ProseMask(text, opts?.format ?? 'text'));
  const count = paragraphs.length;
  const scans = new Array<ParagraphScan>(count);
  const facts: Fact[] = [];
  const dates: Fact[] = [];
  const drugScans = new Array<DrugScan>(count);
  // The scans finishDrugs needs when no paragraph learned a name: those that found something.
  const found: DrugScan[] = [];
  let learns = false;
  for (let k = 0; k < count; k++) {
    const para = paragraphs[k];
    let scan = cache?.find(k, count, para.text);
    // A scan kept in a session must not hold a view into this version of the document.
    scan ??= scanParagraph(drugScanner, cache ? detach(para.text) : para.text);
    cache?.keep(para.text, scan);
    scans[k] = scan;
    const placed = place(scan, para.start, text, cache !== null);
    // Most paragraphs find nothing: plain loops, no spreads.
    for (let i = 0; i < placed.facts.length; i++) facts.push(placed.facts[i]);
    for (let i = 0; i < placed.dates.length; i++) dates.push(placed.dates[i]);
    const drugs = placed.drugs;
    drugScans[k] = drugs;
    if (findsSomething(drugs)) found.push(drugs);
    if (drugs.learned.length > 0) learns = true;
  }

  const documentDate =
    opts?.documentDate && ISO_DAY.test(opts.documentDate)
      ? { value: opts.documentDate, source: 'option' as const }
      : findDocumentDate(text, dates);
  const resolved = resolveDates(dates, documentDate?.value ?? null, text);
  const drugs = finishDrugs(learns ? withLearned(scans, drugScans, paragraphs, text) : found);
  return { facts: ordered([facts, resolved, drugs], opts?.kinds), documentDate };
}

/**
 * The drug scans finishDrugs needs when some paragraph learned a name: those that found something
 * or hold a candidate with a learned value, that candidate moved to document offsets. Only
 * paragraphs with such a candidate get a new object: in the editor this runs on every change.
 */
function withLearned(scans: readonly ParagraphScan[], placed: readonly DrugScan[], paragraphs: readonly Paragraph[], text: string): DrugScan[] {
  const learned = new Set<string>();
  for (const scan of scans) for (const value of scan.drugs.learned) learned.add(value);
  const out: DrugScan[] = [];
  for (let k = 0; k < placed.length; k++) {
    const d = placed[k];
    let candidates: Fact[] | undefined;
    for (const f of scans[k].drugs.candidates) if (learned.has(f.value)) (candidates ??= []).push(shift(f, paragraphs[k].start, text));
    if (candidates) out.push(withCandidates(d, candidates));
    // A one-off analysis places the scan itself, whose candidates are paragraph-relative.
    else if (findsSomething(d)) out.push(d === scans[k].drugs ? withCandidates(d, NO_FACTS) : d);
  }
  return out;
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

/**
 * A paragraph's facts at document offsets. A session keeps them on the cached scan and reuses
 * them while the paragraph stays at `at`; a one-off analysis moves the fresh facts in place.
 */
function place(scan: ParagraphScan, at: number, text: string, keep: boolean): ParagraphFacts {
  if (!keep) {
    shiftAll(scan.facts, at, text);
    shiftAll(scan.dates, at, text);
    shiftAll(scan.drugs.facts, at, text);
    return scan;
  }
  if (scan.placed?.at === at) return scan.placed;
  const moved = (facts: readonly Fact[]) => facts.map((f) => shift(f, at, text));
  const { drugs } = scan;
  scan.placed = {
    at,
    facts: moved(scan.facts),
    dates: moved(scan.dates),
    drugs: withCandidates(drugs, NO_FACTS, moved(drugs.facts)),
  };
  return scan.placed;
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
