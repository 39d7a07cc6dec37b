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

/** Raw records grouped by the lower-case first word of their name. */
interface FirstWordIndex {
  generics: Map<string, string[]>;
  brands: Map<string, string[]>;
  /** Hashes of all first words; built on the first scan, not at load. */
  filter?: WordFilter;
}

/** One pass over each list; afterwards a word that starts no name costs one failed Map lookup. */
function indexByFirstWord(generics: readonly string[], brands: readonly string[]): FirstWordIndex {
  const group = (list: readonly string[], lowerName: (record: string) => string) => {
    const map = new Map<string, string[]>();
    for (const record of list) {
      const key = firstWord(lowerName(record));
      const bucket = map.get(key);
      if (bucket) bucket.push(record);
      else map.set(key, [record]);
    }
    return map;
  };
  return { generics: group(generics, (g) => g), brands: group(brands, (b) => brandName(b).toLowerCase()) };
}

const NONE: readonly LexEntry[] = [];

/** First words of names that are not all in the stoplist ("medical" starts only "medical air"). */
function* liveFirstWords(index: FirstWordIndex): Iterable<string> {
  for (const [word, list] of index.generics) if (list.some((g) => !STOPLIST.has(g))) yield word;
  for (const [word, list] of index.brands) if (list.some((b) => !STOPLIST.has(brandName(b).toLowerCase()))) yield word;
}

/** Loading is two string splits and a first-word index; entries are made on the first lookup of each first word. */
function compile(src: Source, index: FirstWordIndex = indexByFirstWord(src.generics, src.brands)): Lexicon {
  const { generics, brands, extra } = src;
  const extraFirst = new Set(extra.map((e) => e.words[0]));
  const extraFilter = extra.length > 0 ? new WordFilter(extraFirst) : undefined;
  const mayStart = (hash: number): boolean => {
    index.filter ??= new WordFilter(liveFirstWords(index));
    return index.filter.has(hash) || extraFilter?.has(hash) === true;
  };
  const startsName = (word: string) => index.generics.has(word) || index.brands.has(word) || extraFirst.has(word);
  const fromBrand = (line: string): LexEntry =>
    entry(brandName(line), 'brand', line.slice(line.indexOf('\t') + 1), line.charCodeAt(0) === 126);
  const candidates = (word: string): LexEntry[] => [
    ...(index.generics.get(word) ?? []).map((g) => entry(g, 'generic', undefined, false)),
    ...(index.brands.get(word) ?? []).map(fromBrand),
  ];
  const materialized = new Map<string, readonly LexEntry[]>();
  const withFirst = (word: string): readonly LexEntry[] => {
    let list = materialized.get(word);
    if (list) return list;
    if (!startsName(word)) return NONE;
    const byName = new Map<string, LexEntry>();
    for (const e of candidates(word)) {
      if (STOPLIST.has(e.lower)) continue;
      const prev = byName.get(e.lower);
      // A generic wins over a brand spelled the same.
      if (!prev || (prev.kind === 'brand' && e.kind === 'generic')) byName.set(e.lower, e);
    }
    // Extra names (user configuration) override bundled ones.
    for (const e of extra) if (e.words[0] === word) byName.set(e.lower, e);
    list = [...byName.values()].sort((a, b) => b.words.length - a.words.length);
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
      return compile({ generics, brands, extra: [...extra, ...added] }, index);
    },
  };
}

let bundled: Lexicon | undefined;

/** The bundled lexicon, indexed on first use. */
export function loadLexicon(): Lexicon {
  bundled ??= compile({ generics: GENERIC_NAMES.split('\n'), brands: BRAND_NAMES.split('\n'), extra: [] });
  return bundled;
}
