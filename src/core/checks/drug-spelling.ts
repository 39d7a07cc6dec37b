import { createSpellingIndex, type SpellingIndex } from '../spelling';
import type { Check, CheckContext } from './context';
import type { DrugNames } from './drug-names';
import { NEAR_DRUG_WORDS } from './data/near-drug-words';
import { spellingCandidateNames } from './drug-spelling-names';

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

const WORD = /[A-Za-z]+(?:-[A-Za-z]+)*/g;

/** A spelling index and the answers it gave, kept while the editor re-checks the same words. */
interface Speller {
  index: SpellingIndex;
  memo: Map<string, string[]>;
}

/** One speller per DrugNames, built the first time a document needs it. */
const spellers = new WeakMap<DrugNames, Speller>();
const MEMO_LIMIT = 50000;

function spellerFor(drugs: DrugNames): Speller {
  let speller = spellers.get(drugs);
  if (!speller) spellers.set(drugs, (speller = { index: createSpellingIndex(spellingCandidateNames(drugs.names())), memo: new Map() }));
  return speller;
}

export const drugSpelling: Check = (ctx) => {
  const allowed = new Set((ctx.config.allowedWords ?? []).map((w) => w.toLowerCase()));
  const drugFacts = ctx.analysis.facts.filter((f) => f.kind === 'drug');
  const unknownDrugAt = new Set(drugFacts.filter((f) => !ctx.drugs.isKnown(f.text)).map((f) => f.start));
  const knownDrugAt = new Set(drugFacts.filter((f) => ctx.drugs.isKnown(f.text)).map((f) => f.start));
  const out: ReturnType<Check> = [];
  let speller: Speller | null = null;
  for (const m of ctx.prose.matchAll(WORD)) {
    const start = m.index ?? 0;
    const word = m[0].replace(TRADEMARK, '');
    if (word.length < 6 || word.length > 20 || knownDrugAt.has(start) || word.includes('-')) continue;
    const lower = word.toLowerCase();
    const isLower = word === lower;
    if (!isLower && (!unknownDrugAt.has(start) || word === word.toUpperCase())) continue;
    if (allowed.has(lower) || ENGLISH.has(lower) || EXTRA_WORDS.has(lower) || ENGLISH_ENDING.test(lower)) continue;
    if (ctx.drugs.isKnown(word) || isPlural(ctx.drugs, lower)) continue;
    if (!isLower && looksLikePerson(ctx.prose, word)) continue;
    speller ??= spellerFor(ctx.drugs);
    const best = nearest(speller, lower, isLower);
    if (best.length === 0) continue;
    out.push(finding(ctx, start, word, best));
  }
  return out;
};

function nearest(speller: Speller, lower: string, genericsOnly: boolean): string[] {
  const key = genericsOnly ? lower : `^${lower}`;
  const known = speller.memo.get(key);
  if (known) return known;
  const max = lower.length < 11 ? 1 : 2;
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

function finding(ctx: CheckContext, start: number, word: string, names: string[]): ReturnType<Check>[number] {
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
