/**
 * A model of English for the rare ambiguous capitalized name: is this word a person, a place,
 * an organization or an ordinary word? compromise tags a few words around the name only, never
 * the whole text, and only for names whose reading is open (drugs.ts, readsAsOrdinary). Its tagger (compromise/two) is enough: the full build adds phrase chunking,
 * which these questions never read, at a third more time per call.
 *
 * compromise is loaded on the first such question, not with the module: its start-up expands
 * its lexicon (about 0.3 s, most of a one-article CLI run and of the extension's activation),
 * while most documents never ask. The lexicon's words ship ready-made in english-words.ts.
 */
import type nlpType from 'compromise/two';
import { ENGLISH_WORDS, FIRST_NAMES } from '../../data/english-words';
import { COMMON_WORD_HASHES } from '../../data/common-words';
import { hashWord, WordHashSet } from '../../words/word-hash';

type Nlp = typeof nlpType;

const NOT_DRUG_TAGS = ['Person', 'Place', 'Organization', 'Verb', 'Adjective', 'Pronoun', 'Date', 'Month'];
const CACHE_LIMIT = 2000;
/**
 * Words of context kept on each side of the name. compromise's time grows with the text it tags
 * (about 2 ms for a news sentence here), and what decides these tags is close by: a first name
 * or "Dr." before a surname, "Inc." after a company. On the 75 names the corpus asked about when
 * every cued name was asked, one to five words each side all gave the same answers as the whole
 * sentence; three keep some margin (on ~49,000 corpus names, two each side changed 2% of the
 * answers), at about a quarter of the whole sentence's time.
 */
const CONTEXT_WORDS = 3;

/** True for a lower-case word that compromise knows (its lexicon, or its lexicon after a plural -s). */
export function isEnglishWord(lower: string): boolean {
  return isKnownWord(lower) || (lower.endsWith('s') && isKnownWord(lower.slice(0, -1)));
}

const KNOWN_WORDS: ReadonlySet<string> = new Set(ENGLISH_WORDS.split(/\s+/).filter(Boolean));

/** True for a lower-case word in compromise's lexicon: an ordinary name's answer for it in any sentence. */
export function isKnownWord(lower: string): boolean {
  return KNOWN_WORDS.has(lower);
}

let firstNames: WordHashSet | undefined;

/**
 * True for a first name compromise knows ("keith", "rahul"), by the word's hash: a capitalized
 * word after one is a surname, which the model reads as a person's without being asked.
 */
export function isFirstNameHash(hash: number): boolean {
  firstNames ??= new WordHashSet(FIRST_NAMES.split(/\s+/).filter(Boolean).map(hashWord));
  return firstNames.has(hash);
}

let commonWords: WordHashSet | undefined;

/**
 * True for a word English knows (data/common-words.ts): compromise's (isKnownWord) or an everyday
 * word its lexicon lacks ("university", "department", "currently"). A capitalized one is a name of
 * no drug ("Stanford University School of Medicine").
 */
export function isCommonWord(lower: string): boolean {
  return isCommonHash(hashWord(lower));
}

/**
 * isCommonWord by the word's hash (words/word-hash.ts), as the tokenizer has it: an integer lookup
 * (the hashes are decoded on first use), where a Set of strings first hashes a new string.
 */
export function isCommonHash(hash: number): boolean {
  commonWords ??= new WordHashSet(decodeHashes(COMMON_WORD_HASHES));
  return commonWords.has(hash);
}

/** Little-endian 32-bit integers from base64 (atob: in Node and in a browser's worker). */
function decodeHashes(base64: string): Uint32Array {
  const bytes = atob(base64);
  const out = new Uint32Array(bytes.length >>> 2);
  for (let k = 0; k < out.length; k++) {
    const at = 4 * k;
    out[k] = (bytes.charCodeAt(at) | (bytes.charCodeAt(at + 1) << 8) | (bytes.charCodeAt(at + 2) << 16) | (bytes.charCodeAt(at + 3) << 24)) >>> 0;
  }
  return out;
}

/**
 * Loads compromise and builds the tables of common words and first names now rather than at
 * their first question. The editor calls it once it is idle after activation, so that the first
 * name to read does not stall a keystroke.
 */
export function loadEnglishModel(): void {
  tagger();
  isCommonWord('');
  isFirstNameHash(0);
}

/** compromise's tagger, loaded on first use (a bundler keeps a required module unevaluated until then). */
function tagger(): Nlp {
  const m = require('compromise/two') as Nlp | { default: Nlp };
  return 'default' in m ? m.default : m;
}

/** True when compromise reads `word` (a capitalized word of letters) in `sentence` as something other than a product name. */
export type OrdinaryName = (sentence: string, word: string) => boolean;

/** An OrdinaryName test whose answers are remembered by its owner (a scanner), not by the module. */
export function createOrdinaryName(): OrdinaryName {
  const cache = new Map<string, boolean>();
  let nlp: Nlp | undefined;
  return (sentence, word) => {
    const context = around(sentence, word);
    const key = `${word}\u0000${context}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const lower = word.toLowerCase();
    let ordinary = isKnownWord(lower);
    if (!ordinary) {
      nlp ??= tagger();
      const tags = tagsOf(nlp(context).docs, lower);
      ordinary = tags !== undefined && NOT_DRUG_TAGS.some((t) => tags.has(t));
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, ordinary);
    return ordinary;
  };
}

/** A tagged term as compromise/two leaves it (its typings omit the fields a match reads). */
interface TaggedTerm {
  text: string;
  normal: string;
  machine?: string;
  alias?: string[];
  tags?: Set<string>;
}

/**
 * The tags of the first term that is the word `lower` (letters only), as compromise's own
 * `match(word).first()` would find it: by its machine form ("Pitt's" -> "pitt"), an alias, its
 * text or its normal form. Reading the tagged terms directly skips compiling and sweeping a match
 * query, about a sixth of each question's time; on ~5,000 corpus questions the answers are the same.
 */
function tagsOf(sentences: readonly (readonly TaggedTerm[])[], lower: string): Set<string> | undefined {
  for (const terms of sentences) {
    for (const t of terms) {
      if (t.machine === lower || t.normal === lower || t.text === lower || t.alias?.includes(lower) === true) return t.tags;
    }
  }
  return undefined;
}

/** The text around the first whole-word `word` in `sentence`: CONTEXT_WORDS words each side (the sentence when absent). */
export function around(sentence: string, word: string): string {
  let at = sentence.indexOf(word);
  while (at >= 0 && !(isBoundary(sentence, at - 1) && isBoundary(sentence, at + word.length))) at = sentence.indexOf(word, at + 1);
  if (at < 0) return sentence;
  let from = at;
  for (let words = 0; from > 0; from--) if (isSpaceAt(sentence, from - 1) && !isSpaceAt(sentence, from) && ++words > CONTEXT_WORDS) break;
  let to = at + word.length;
  for (let words = 0; to < sentence.length; to++) if (isSpaceAt(sentence, to) && !isSpaceAt(sentence, to - 1) && ++words > CONTEXT_WORDS) break;
  return sentence.slice(from, to);
}

/** Outside the string, or not a letter or digit. */
function isBoundary(s: string, k: number): boolean {
  if (k < 0 || k >= s.length) return true;
  const c = s.charCodeAt(k);
  return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
}

function isSpaceAt(s: string, k: number): boolean {
  const c = s.charCodeAt(k);
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}
