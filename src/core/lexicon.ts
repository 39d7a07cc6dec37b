/** The compiled drug lexicon: built once from the derived data in ./data, then shared. */
import { BRAND_NAMES, GENERIC_NAMES } from './data/lexicon-data';
import { STOPLIST } from './data/stoplist';

export type LexKind = 'generic' | 'brand';

export interface LexEntry {
  /** The name as the lexicon writes it (brands in title case). */
  name: string;
  /** Lower-case name: the fact value. */
  lower: string;
  /** Lower-case words of the name, split at spaces (hyphenated parts stay one word). */
  words: readonly string[];
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
  /** The entry for a whole lower-case name (a generic wins over a brand of the same spelling). */
  get(lowerName: string): LexEntry | undefined;
  /** The generic a brand stands for, by its name in any case. */
  genericOf(name: string): string | undefined;
  /** True for names that are never drugs (stoplist). */
  isStopped(lowerName: string): boolean;
  /** A new lexicon with extra names (user config `extraDrugs`: name -> generic, '' for a generic). */
  withExtra(extra: Readonly<Record<string, string>>): Lexicon;
}

function entry(name: string, kind: LexKind, generic: string | undefined, common: boolean): LexEntry {
  const lower = name.toLowerCase();
  return { name, lower, words: lower.split(' '), kind, generic: generic || undefined, common };
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
 * The records whose lower-case name is `word` or starts with `word + ' '`: they are contiguous in a
 * sorted list (' ' sorts before every other name character), found by binary search.
 */
function recordsWithFirst(list: readonly string[], word: string, key: (record: string) => string): string[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(list[mid]) < word) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let k = lo; k < list.length; k++) {
    const name = key(list[k]);
    if (name !== word && !name.startsWith(word + ' ')) break;
    out.push(list[k]);
  }
  return out;
}

/** Loading is two string splits; entries are made on the first lookup of each first word. */
function compile(src: Source): Lexicon {
  const { generics, brands, extra } = src;
  const lowerBrand = (line: string) => brandName(line).toLowerCase();
  const fromBrand = (line: string): LexEntry =>
    entry(brandName(line), 'brand', line.slice(line.indexOf('\t') + 1), line.charCodeAt(0) === 126);
  const candidates = (word: string): LexEntry[] => [
    ...recordsWithFirst(generics, word, (g) => g).map((g) => entry(g, 'generic', undefined, false)),
    ...recordsWithFirst(brands, word, lowerBrand).map(fromBrand),
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
    list = [...byName.values()].sort((a, b) => b.words.length - a.words.length);
    if (materialized.size >= CACHE_LIMIT) materialized.clear();
    materialized.set(word, list);
    return list;
  };
  const get = (lowerName: string) => withFirst(firstWord(lowerName)).find((e) => e.lower === lowerName);
  return {
    size: generics.length + brands.length + extra.length,
    withFirst,
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
      return compile({ generics, brands, extra: [...extra, ...added] });
    },
  };
}

/** Distinct words whose lookups are kept (every word of every text scanned is looked up). */
const CACHE_LIMIT = 100_000;

let bundled: Lexicon | undefined;

/** The bundled lexicon, indexed on first use. */
export function loadLexicon(): Lexicon {
  bundled ??= compile({ generics: GENERIC_NAMES.split('\n'), brands: BRAND_NAMES.split('\n'), extra: [] });
  return bundled;
}
