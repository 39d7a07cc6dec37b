import type { Analysis, DocumentFormat, ExtractOptions, Fact, FactKind } from './facts';
import { FACT_KINDS } from './facts';
import { ProseMask } from './mask';
import { scanNct } from './kinds/nct';
import { scanPhases } from './kinds/phases';
import { scanDates } from './kinds/dates';
import { createDrugScanner, finishDrugs, type DrugScan, type DrugScanner } from './kinds/drugs';
import { findDocumentDate, resolveDates } from './docdate';
import { loadLexicon, type Lexicon } from './lexicon';
import { splitParagraphs } from './paragraphs';

/** Everything one paragraph yields; cached by the paragraph's masked text. Offsets are relative. */
interface ParagraphScan {
  facts: Fact[];
  drugs: DrugScan;
  /** The facts moved to document offsets the last time the paragraph stood at `at`: reused while it stays there. */
  placed?: { at: number; facts: Fact[]; drugFacts: Fact[] };
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
  const facts = [...scanNct(prose), ...scanPhases(prose), ...scanDates(prose)];
  return { facts, drugs: drugScanner.scan(prose) };
}

function analyzeWith(
  drugScanner: DrugScanner,
  text: string,
  opts: ExtractOptions | undefined,
  cache: ScanCache | null,
): Analysis {
  const format: DocumentFormat = opts?.format ?? 'text';
  const kinds = new Set<FactKind>(opts?.kinds ?? FACT_KINDS);
  // Scan (or take from the cache) every paragraph first: the drug candidates worth shifting to
  // document offsets are only those whose name some paragraph learned, usually none.
  const paragraphs = splitParagraphs(new ProseMask(text, format));
  const scans: ParagraphScan[] = new Array<ParagraphScan>(paragraphs.length);
  const learned = new Set<string>();
  for (let k = 0; k < paragraphs.length; k++) {
    const para = paragraphs[k];
    let scan = cache?.find(k, paragraphs.length, para.text);
    // A scan kept in a session must not hold a view into this version of the document.
    scan ??= scanParagraph(drugScanner, cache ? detach(para.text) : para.text);
    cache?.keep(para.text, scan);
    scans[k] = scan;
    for (const value of scan.drugs.learned) learned.add(value);
  }

  const facts: Fact[] = [];
  const dates: Fact[] = [];
  const drugScans: DrugScan[] = new Array<DrugScan>(scans.length);
  for (let k = 0; k < scans.length; k++) {
    const at = paragraphs[k].start;
    const scan = scans[k];
    const placed = place(scan, at, text, cache !== null);
    for (const f of placed.facts) (f.kind === 'date' ? dates : facts).push(f);
    drugScans[k] = {
      facts: placed.drugFacts,
      candidates: learned.size ? scan.drugs.candidates.filter((f) => learned.has(f.value)).map((f) => shift(f, at, text)) : [],
      learned: scan.drugs.learned,
      generics: scan.drugs.generics,
      devices: scan.drugs.devices,
    };
  }

  const documentDate =
    opts?.documentDate && ISO_DAY.test(opts.documentDate)
      ? { value: opts.documentDate, source: 'option' as const }
      : findDocumentDate(text, dates);
  for (const f of resolveDates(dates, documentDate?.value ?? null, text)) facts.push(f);
  for (const f of finishDrugs(drugScans)) facts.push(f);

  const all = kinds.size === FACT_KINDS.length ? facts : facts.filter((f) => kinds.has(f.kind));
  all.sort((a, b) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  return { facts: all, documentDate };
}

/**
 * A paragraph's facts at document offsets. A session keeps them on the cached scan and reuses
 * them while the paragraph stays at `at`; a one-off analysis moves the fresh facts in place.
 */
function place(scan: ParagraphScan, at: number, text: string, keep: boolean): NonNullable<ParagraphScan['placed']> {
  if (scan.placed?.at === at) return scan.placed;
  if (!keep) {
    for (const f of scan.facts) shiftInPlace(f, at, text);
    for (const f of scan.drugs.facts) shiftInPlace(f, at, text);
    return { at, facts: scan.facts, drugFacts: scan.drugs.facts };
  }
  scan.placed = { at, facts: scan.facts.map((f) => shift(f, at, text)), drugFacts: scan.drugs.facts.map((f) => shift(f, at, text)) };
  return scan.placed;
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
