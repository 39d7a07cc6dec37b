/** The compiled drug lexicon: built once from the derived data in ./data, then shared. */
import { BRAND_NAMES, GENERIC_NAMES } from './data/lexicon-data';
import { STOPLIST } from './data/stoplist';
import { hashWord, WordFilter } from './words/word-hash';

export type LexKind = 'generic' | 'brand';

export interface LexEntry {
  /** The name as the lexicon writes it (brands in title case). */
  name: string;
  /** Lower-case name: the fact value. */
  lower: string;
  /** Lower-case words of the name, split at spaces (hyphenated parts stay one word). */
  words: readonly string[];
  /** The hash of each word (words/word-hash): the scanner compares a name's next words by hash first. */
  hashes: readonly number[];
  kind: LexKind;
  /** Brands: the active ingredient(s) ('+'-joined), when known. */
  generic?: string;
  /** A brand that is also an ordinary word ("Muse"): accepted only with strong evidence. */
  common: boolean;
}

export interface Lexicon {
  /** Number of names. */
  size: number;
  /** Entries whose lower-case first word is `word`, most words first (longest match wins). */
  withFirst(word: string): readonly LexEntry[];
  /**
   * False when no name starts with a word of this hash (words/word-hash): the scanner's
   * test before it makes the word's string. True may be a collision; withFirst decides.
   */
  mayStart(hash: number): boolean;
  /**
   * A small filter of the words that start names, for a first test of every word of a text
   * (words/tokens.ts): it lets through more words than mayStart, which confirms them, but at 8 KB
   * it stays in the CPU's cache, where mayStart's 128 KB filter, probed for every word, mostly
   * missed it (a third of the drug scanner's first pass). Built on the first call (~30 ms): a
   * function, so that a reader can be given it before any text is read.
   */
  firstWords: () => WordFilter;
  /** The entry for a whole lower-case name (a generic wins over a brand of the same spelling). */
  get(lowerName: string): LexEntry | undefined;
  /** The generic a brand stands for, by its name in any case. */
  genericOf(name: string): string | undefined;
  /** Bundled generic names (lower case) that end with `suffix` ("mab": the antibodies). */
  genericsEndingWith(suffix: string): readonly string[];
  /** True for names that are never drugs (stoplist). */
  isStopped(lowerName: string): boolean;
  /** A new lexicon with extra names (user config `extraDrugs`: name -> generic, '' for a generic). */
  withExtra(extra: Readonly<Record<string, string>>): Lexicon;
}

function entry(name: string, kind: LexKind, generic: string | undefined, common: boolean): LexEntry {
  const lower = name.toLowerCase();
  const words = lower.split(' ');
  return { name, lower, words, hashes: words.map(hashWord), kind, generic: generic || undefined, common };
}

/** Raw records: generics are lower-case names, brands "[~]Brand<TAB>generic" lines; both sorted by lower-case name. */
interface Source {
  generics: readonly string[];
  brands: readonly string[];
  extra: readonly LexEntry[];
}

function firstWord(lower: string): string {
  const sp = lower.indexOf(' ');
  return sp < 0 ? lower : lower.slice(0, sp);
}

function brandName(line: string): string {
  return line.slice(line.charCodeAt(0) === 126 ? 1 : 0, line.indexOf('\t')); // '~' marks a common word
}

/**
 * What lexicons made from the same bundled lists share (see withExtra): their first words (from one
 * pass over the lists) and the filter of them, built on the first scan, not at load.
 */
interface Shared {
  firstWords?: readonly string[];
  filter?: WordFilter;
}

/**
 * 2^17 bits (16 KB) for firstWords: on the corpus, 2^17 lets through 6.5% of words (2^16: 13%, 2^14
 * far more), each then probed in the 128 KB filter; the engine 1.6% faster than at 2^16, and 2^18 no faster.
 */
const COARSE_FILTER_BITS = 17;
const NONE: readonly LexEntry[] = [];
const NO_RECORDS: readonly string[] = [];

/** The lower-case name of a brand record. */
const brandKey = (record: string): string => brandName(record).toLowerCase();
const genericKey = (record: string): string => record;

/** The first index of sorted `list` whose key is not below `target`. */
function lowerBound(list: readonly string[], key: (record: string) => string, target: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(list[mid]) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The records of `list` (sorted by lower-case name, as the data is) whose first word is `word`:
 * the names `word` and `word ...` stand together, before `word'...`, `word-...` and longer words,
 * since a space sorts before every other character of a name and "!" right after it.
 */
function withFirstWord(list: readonly string[], key: (record: string) => string, word: string): readonly string[] {
  const lo = lowerBound(list, key, word);
  const hi = lowerBound(list, key, `${word}!`);
  return lo < hi ? list.slice(lo, hi) : NO_RECORDS;
}

/** First words of names that are not all in the stoplist ("medical" starts only "medical air"), from the sorted lists. */
function* liveFirstWords(generics: readonly string[], brands: readonly string[]): Iterable<string> {
  for (const [list, key] of [[generics, genericKey], [brands, brandKey]] as const) {
    let word = '';
    let live = false;
    for (const record of list) {
      const name = key(record);
      const first = firstWord(name);
      if (first !== word) {
        if (live) yield word;
        word = first;
        live = false;
      }
      live ||= !STOPLIST.has(name);
    }
    if (live) yield word;
  }
}

/**
 * Loading is two string splits: the lists are sorted, so a first word's names are found by binary
 * search on its first lookup; entries are made then, and the first-word filter on the first scan.
 */
function compile(src: Source, shared: Shared = {}): Lexicon {
  const { generics, brands, extra } = src;
  const extraFilter = extra.length > 0 ? new WordFilter(extra.map((e) => e.words[0])) : undefined;
  const live = (): readonly string[] => (shared.firstWords ??= [...liveFirstWords(generics, brands)]);
  const mayStart = (hash: number): boolean => {
    shared.filter ??= new WordFilter(live());
    return shared.filter.has(hash) || extraFilter?.has(hash) === true;
  };
  let coarse: WordFilter | undefined;
  const firstWords = (): WordFilter => (coarse ??= new WordFilter([...live(), ...extra.map((e) => e.words[0])], COARSE_FILTER_BITS));
  const fromBrand = (line: string): LexEntry =>
    entry(brandName(line), 'brand', line.slice(line.indexOf('\t') + 1), line.charCodeAt(0) === 126);
  const candidates = (word: string): LexEntry[] => [
    ...withFirstWord(generics, genericKey, word).map((g) => entry(g, 'generic', undefined, false)),
    ...withFirstWord(brands, brandKey, word).map(fromBrand),
  ];
  const materialized = new Map<string, readonly LexEntry[]>();
  const withFirst = (word: string): readonly LexEntry[] => {
    let list = materialized.get(word);
    if (list) return list;
    const byName = new Map<string, LexEntry>();
    for (const e of candidates(word)) {
      if (STOPLIST.has(e.lower)) continue;
      const prev = byName.get(e.lower);
      // A generic wins over a brand spelled the same.
      if (!prev || (prev.kind === 'brand' && e.kind === 'generic')) byName.set(e.lower, e);
    }
    // Extra names (user configuration) override bundled ones.
    for (const e of extra) if (e.words[0] === word) byName.set(e.lower, e);
    list = byName.size > 0 ? [...byName.values()].sort((a, b) => b.words.length - a.words.length) : NONE;
    materialized.set(word, list);
    return list;
  };
  const bySuffix = new Map<string, readonly string[]>();
  const genericsEndingWith = (suffix: string): readonly string[] => {
    let list = bySuffix.get(suffix);
    if (!list) bySuffix.set(suffix, (list = generics.filter((g) => g.endsWith(suffix) && !STOPLIST.has(g))));
    return list;
  };
  const get = (lowerName: string) => withFirst(firstWord(lowerName)).find((e) => e.lower === lowerName);
  return {
    size: generics.length + brands.length + extra.length,
    withFirst,
    mayStart,
    firstWords,
    genericsEndingWith,
    get,
    genericOf: (name) => get(name.toLowerCase())?.generic,
    isStopped: (lowerName) => STOPLIST.has(lowerName),
    withExtra(more) {
      const added = Object.entries(more)
        .map(([name, generic]): [string, string] => [name.trim(), generic.trim().toLowerCase()])
        .filter(([name]) => name !== '')
        .map(([name, generic]) =>
          entry(name, generic === '' && name === name.toLowerCase() ? 'generic' : 'brand', generic, false),
        );
      return compile({ generics, brands, extra: [...extra, ...added] }, shared);
    },
  };
}

let bundled: Lexicon | undefined;

/** The bundled lexicon, indexed on first use. */
export function loadLexicon(): Lexicon {
  bundled ??= compile({ generics: GENERIC_NAMES.split('\n'), brands: BRAND_NAMES.split('\n'), extra: [] });
  return bundled;
}
