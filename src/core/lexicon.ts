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

/** Raw records: generics are lower-case names, brands "[~]Brand<TAB>generic" lines. */
interface Source {
  generics: readonly string[];
  brands: readonly string[];
  extra: readonly LexEntry[];
}

function firstWord(lower: string): string {
  const sp = lower.indexOf(' ');
  return sp < 0 ? lower : lower.slice(0, sp);
}

/**
 * Indexes records by lower-case first word as numbers only (fast to load, ~20k names); entry
 * objects are made on first lookup of that word. Ids: generics, then brands, then extra names.
 */
function compile(src: Source): Lexicon {
  const index = new Map<string, number | number[]>();
  const add = (key: string, id: number) => {
    const prev = index.get(key);
    if (prev === undefined) index.set(key, id);
    else if (typeof prev === 'number') index.set(key, [prev, id]);
    else prev.push(id);
  };
  const { generics, brands, extra } = src;
  const nb = generics.length + brands.length;
  for (let i = 0; i < generics.length; i++) add(firstWord(generics[i]), i);
  for (let i = 0; i < brands.length; i++) {
    const line = brands[i];
    add(firstWord(line.slice(line.charCodeAt(0) === 126 ? 1 : 0, line.indexOf('\t')).toLowerCase()), generics.length + i);
  }
  for (let i = 0; i < extra.length; i++) add(extra[i].words[0], nb + i);

  const make = (id: number): LexEntry => {
    if (id < generics.length) return entry(generics[id], 'generic', undefined, false);
    if (id >= nb) return extra[id - nb];
    const line = brands[id - generics.length];
    const tab = line.indexOf('\t');
    const common = line.charCodeAt(0) === 126; // '~'
    return entry(line.slice(common ? 1 : 0, tab), 'brand', line.slice(tab + 1), common);
  };
  const materialized = new Map<string, readonly LexEntry[]>();
  const withFirst = (word: string): readonly LexEntry[] => {
    let list = materialized.get(word);
    if (list) return list;
    const ids = index.get(word);
    const byName = new Map<string, LexEntry>();
    for (const id of ids === undefined ? [] : typeof ids === 'number' ? [ids] : ids) {
      const e = make(id);
      if (STOPLIST.has(e.lower)) continue;
      const prev = byName.get(e.lower);
      // Ids ascend, so extra names override bundled ones; a generic wins over a brand spelled the same.
      if (!prev || id >= nb || (prev.kind === 'brand' && e.kind === 'generic')) byName.set(e.lower, e);
    }
    list = [...byName.values()].sort((a, b) => b.words.length - a.words.length);
    materialized.set(word, list);
    return list;
  };
  const get = (lowerName: string) => withFirst(firstWord(lowerName)).find((e) => e.lower === lowerName);
  return {
    size: nb + extra.length,
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

let bundled: Lexicon | undefined;

/** The bundled lexicon, indexed on first use. */
export function loadLexicon(): Lexicon {
  bundled ??= compile({ generics: GENERIC_NAMES.split('\n'), brands: BRAND_NAMES.split('\n'), extra: [] });
  return bundled;
}
