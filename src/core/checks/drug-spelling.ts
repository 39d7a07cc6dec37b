import { createSpellingIndex, type SpellingIndex } from '../spelling';
import type { Check } from './context';
import type { DrugNames } from './drug-names';
import { NEAR_DRUG_WORDS } from './data/near-drug-words';
import { spellingCandidateNames } from './drug-spelling-names';
import { finishHash, HASH_SEED, hashStep } from '../words/word-hash';
import { WordMemo } from '../words/word-memo';
import { Utf8Buffer, utf16Shift } from '../words/utf8';

/**
 * drug-spelling: a word one letter away from a drug name (two for words of 11
 * letters or more), that is neither a drug name itself nor an ordinary English word,
 * nor allowed by the user. Rules that keep it quiet on real text (measured on 2,156
 * health news stories):
 *  - a lower-case word is compared with generic names only (brands are capitalised, so
 *    "advocate" is not a slip for Advate); a capitalised word is judged only when the
 *    drug scanner took it for a drug by context ("the drug Rilutec"); ALL-CAPS words,
 *    hyphenated words and chemical-length words (over 20 letters) are not judged;
 *  - it keeps the first letter of the name it is near (misspellings rarely change it);
 *  - words with an English ending (-ic, -al, -ase, -oid, -ity, -tion, -ing, -ed, ...)
 *    and plurals of known or English words are not judged.
 * The fix is given when exactly one name is nearest.
 */

const ENGLISH = new Set(NEAR_DRUG_WORDS.split(' '));
/** Medical and news words missing from the general word list but near drug names. */
const EXTRA_WORDS = new Set(
  'covid pfizer biontech moderna novavax astrazeneca sanofi novartis genentech biogen amgen gilead regeneron janssen thrombi cyclosporin'.split(' '),
);
/** Endings of English adjectives, nouns and verb forms that drug names do not have. */
const ENGLISH_ENDING = /(?:ic|al|ase|ome|oid|osis|itis|ism|ist|ity|ment|tion|sion|ness|ing|ed|ly|ise|ize|able|ible|ful|less|er|ers)$/;
/** A trademark sign glued to a name ("LomairaTM"). */
const TRADEMARK = /(?:TM|\u2122|\u00ae)$/;

/** A spelling index (built the first time a word needs it) and what it and the word lists said. */
interface Speller {
  index: SpellingIndex | null;
  memo: Map<string, string[]>;
  /**
   * Lower-case words that no list, ending or plural rule clears and that are near a generic name,
   * by hash: most words of a text stop here, without a string made for them.
   */
  misspelt: WordMemo;
  /** The prose as UTF-8, reused from run to run (words/utf8.ts). */
  utf8: Utf8Buffer;
}

/** One speller per DrugNames: the editor re-checks the same words after every change. */
const spellers = new WeakMap<DrugNames, Speller>();
const MEMO_LIMIT = 50000;

function spellerFor(drugs: DrugNames): Speller {
  let speller = spellers.get(drugs);
  if (!speller) {
    const made: Speller = {
      index: null,
      memo: new Map(),
      misspelt: new WordMemo((lower) => isSuspect(drugs, lower) && nearest(made, drugs, lower, true).length > 0),
      utf8: new Utf8Buffer(),
    };
    spellers.set(drugs, (speller = made));
  }
  return speller;
}

/** Words of 6 to 20 letters (a glued "TM" aside); hyphenated words are not judged. */
const MIN_WORD = 6;
const MAX_WORD = 20;

export const drugSpelling: Check = (ctx) => {
  const allowed = new Set((ctx.config.allowedWords ?? []).map((w) => w.toLowerCase()));
  const drugFacts = ctx.analysis.facts.filter((f) => f.kind === 'drug');
  const unknownDrugAt = new Set(drugFacts.filter((f) => !ctx.drugs.isKnown(f.text)).map((f) => f.start));
  const knownDrugAt = new Set(drugFacts.filter((f) => ctx.drugs.isKnown(f.text)).map((f) => f.start));
  const speller = spellerFor(ctx.drugs);
  const person = new Map<string, boolean>();
  const out: ReturnType<Check> = [];
  const prose = ctx.prose;
  // Over the prose's UTF-8 bytes (a typed array reads about three times faster than charCodeAt
  // here), hashing as it reads: most words are short or known lower-case words, passed over
  // without a string being made for them. Words are ASCII letters, so a byte offset less the
  // bytes non-ASCII characters add (`shift`) is the word's UTF-16 offset.
  const size = speller.utf8.encode(prose);
  const b = speller.utf8.bytes;
  let shift = 0;
  for (let k = 0; k < size; ) {
    let c = b[k];
    if (!isLetter(c)) {
      if (c >= 0x80) shift += utf16Shift(c);
      k++;
      continue;
    }
    const from = k;
    let upper = false;
    let hyphenated = false;
    let h = HASH_SEED;
    for (;;) {
      for (; k < size && isLetter((c = b[k])); k++) {
        upper ||= c <= 90;
        h = hashStep(h, c);
      }
      if (k + 1 >= size || c !== 45 || !isLetter(b[k + 1])) break;
      hyphenated = true;
      k++;
    }
    const length = k - from;
    const start = from - shift;
    const end = k - shift;
    if (hyphenated || length < MIN_WORD || length > MAX_WORD + 2 || knownDrugAt.has(start)) continue;
    // A capitalised word is judged only where the scanner took it for an unknown drug.
    if (upper ? !unknownDrugAt.has(start) : length > MAX_WORD || !speller.misspelt.get(b, from, length, finishHash(h), prose, start)) continue;
    const word = prose.slice(start, end).replace(TRADEMARK, '');
    if (word.length < MIN_WORD || word.length > MAX_WORD) continue;
    const lower = word.toLowerCase();
    const isLower = word === lower;
    if (!isLower && word === word.toUpperCase()) continue;
    // A lower-case word was cleared by the word lists above already; a capitalised one is asked here.
    if (allowed.has(lower) || (upper && !isSuspect(ctx.drugs, lower))) continue;
    if (!isLower && !person.has(word)) person.set(word, looksLikePerson(prose, word));
    if (!isLower && person.get(word)) continue;
    const best = nearest(speller, ctx.drugs, lower, isLower);
    if (best.length === 0) continue;
    out.push(finding(start, word, best));
  }
  return out;
};

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Not an English word, a known name or the plural of either: worth a look in the spelling index. */
function isSuspect(drugs: DrugNames, lower: string): boolean {
  return !(ENGLISH.has(lower) || EXTRA_WORDS.has(lower) || ENGLISH_ENDING.test(lower) || drugs.isKnown(lower) || isPlural(drugs, lower));
}

function nearest(speller: Speller, drugs: DrugNames, lower: string, genericsOnly: boolean): string[] {
  const key = genericsOnly ? lower : `^${lower}`;
  const known = speller.memo.get(key);
  if (known) return known;
  const max = lower.length < 11 ? 1 : 2;
  speller.index ??= createSpellingIndex(spellingCandidateNames(drugs.names()));
  const hits = speller.index
    .suggest(lower, max)
    .filter((s) => s.name[0].toLowerCase() === lower[0] && (!genericsOnly || s.name === s.name.toLowerCase()));
  const best = hits.filter((s) => s.distance === hits[0].distance).map((s) => s.name);
  if (speller.memo.size >= MEMO_LIMIT) speller.memo.clear();
  speller.memo.set(key, best);
  return best;
}

/** People's names that a scanner took for drugs: "Belvin's nightmare", "Belvin remembers", "Sharon Belvin". */
function looksLikePerson(prose: string, word: string): boolean {
  for (let i = prose.indexOf(word); i >= 0; i = prose.indexOf(word, i + word.length)) {
    const after = prose.slice(i + word.length, i + word.length + 12);
    const before = prose.slice(Math.max(0, i - 12), i);
    const first = PERSON_BEFORE.exec(before)?.[1];
    if (PERSON_AFTER.test(after) || (first !== undefined && !NOT_FIRST_NAMES.has(first))) return true;
  }
  return false;
}
const PERSON_AFTER = /^(?:['\u2019]s\b| (?:says|said|told|remembers|recalls|added|explained|thinks)\b)/;
/** A title or a capitalised word (a first name, unless it is a common sentence opener) right before. */
const PERSON_BEFORE = /\b(Mr|Mrs|Ms|Dr|[A-Z][a-z]+)\.? $/;
const NOT_FIRST_NAMES = new Set(
  'The A An Its This That These Those Both With Without And But Or Of For In On At By From To Take Taking Drug Brand New When After Before Like Use Using Unlike'.split(' '),
);

/** A plural of a drug name or of an English word near one ("isoflavones", "acetones"). */
function isPlural(drugs: DrugNames, lower: string): boolean {
  for (const suffix of ['s', 'es']) {
    if (!lower.endsWith(suffix)) continue;
    const stem = lower.slice(0, -suffix.length);
    if (ENGLISH.has(stem) || drugs.isKnown(stem)) return true;
  }
  return false;
}

function finding(start: number, word: string, names: string[]): ReturnType<Check>[number] {
  const end = start + word.length;
  if (names.length === 1) {
    const name = matchCase(word, names[0]);
    return {
      code: 'drug-spelling',
      message: `'${word}' is not a drug name we know: did you mean '${name}'?`,
      start,
      end,
      fix: { start, end, text: name },
    };
  }
  const list = names.slice(0, 3).map((n) => `'${n}'`).join(', ');
  return { code: 'drug-spelling', message: `'${word}' is not a drug name we know: did you mean ${list}?`, start, end };
}

/** Keeps the writer's capital at the start of a sentence; brands keep their own capitals. */
function matchCase(word: string, name: string): string {
  if (name !== name.toLowerCase()) return name;
  return /^[A-Z]/.test(word) ? name[0].toUpperCase() + name.slice(1) : name;
}
