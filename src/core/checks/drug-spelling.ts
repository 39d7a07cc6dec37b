import { createSpellingIndex, type SpellingIndex } from '../spelling';
import type { Check, CheckContext } from './context';
import type { DrugNames } from './drug-names';
import { NEAR_DRUG_WORDS } from './data/near-drug-words';
import { spellingCandidateNames } from './drug-spelling-names';

/**
 * drug-spelling: a word one or two letters away from a drug name, that is neither a
 * drug name itself nor an ordinary English word, nor allowed by the user. To stay
 * quiet on names of people, places and firms, a word is only judged when
 *  - it is written in lower case, or it is a drug mention the scanner found by context
 *    (e.g. "the drug Rilutec") that the lexicon does not know;
 *  - it keeps the first letter of the name it is near (misspellings rarely change it);
 *  - it is at least 6 letters long; words under 8 letters may be only 1 edit away.
 * The fix is given when exactly one name is nearest.
 */

const ENGLISH = new Set(NEAR_DRUG_WORDS.split(' '));
/** Medical and news words missing from the general word list but near drug names. */
const EXTRA_WORDS = new Set(
  'covid pfizer biontech moderna novavax astrazeneca sanofi novartis genentech biogen amgen gilead regeneron janssen'.split(' '),
);

const WORD = /[A-Za-z]+(?:-[A-Za-z]+)*/g;

/** One spelling index per DrugNames, built the first time a document needs it. */
const indexes = new WeakMap<DrugNames, SpellingIndex>();

function indexFor(drugs: DrugNames): SpellingIndex {
  let index = indexes.get(drugs);
  if (!index) indexes.set(drugs, (index = createSpellingIndex(spellingCandidateNames(drugs.names()))));
  return index;
}

export const drugSpelling: Check = (ctx) => {
  const allowed = new Set((ctx.config.allowedWords ?? []).map((w) => w.toLowerCase()));
  const drugFacts = ctx.analysis.facts.filter((f) => f.kind === 'drug');
  const unknownDrugAt = new Set(drugFacts.filter((f) => !ctx.drugs.isKnown(f.text)).map((f) => f.start));
  const knownDrugAt = new Set(drugFacts.filter((f) => ctx.drugs.isKnown(f.text)).map((f) => f.start));
  const out: ReturnType<Check> = [];
  let index: SpellingIndex | null = null;
  for (const m of ctx.prose.matchAll(WORD)) {
    const word = m[0];
    const start = m.index ?? 0;
    if (word.length < 6 || knownDrugAt.has(start)) continue;
    const lower = word.toLowerCase();
    const judged = word === lower || unknownDrugAt.has(start);
    if (!judged || allowed.has(lower) || ENGLISH.has(lower) || EXTRA_WORDS.has(lower) || isInflection(lower)) continue;
    if (ctx.drugs.isKnown(word)) continue;
    index ??= indexFor(ctx.drugs);
    const best = nearest(index, lower);
    if (best.length === 0) continue;
    out.push(finding(ctx, start, word, best));
  }
  return out;
};

function nearest(index: SpellingIndex, lower: string): string[] {
  const max = lower.length < 8 ? 1 : 2;
  const hits = index.suggest(lower, max).filter((s) => s.name[0].toLowerCase() === lower[0]);
  if (hits.length === 0) return [];
  return hits.filter((s) => s.distance === hits[0].distance).map((s) => s.name);
}

/** Plurals and verb forms of English words near drug names ("acetones" is as harmless as "acetone"). */
function isInflection(lower: string): boolean {
  for (const suffix of ['s', 'es', 'ed', 'ing', 'ly']) {
    if (lower.endsWith(suffix) && ENGLISH.has(lower.slice(0, -suffix.length))) return true;
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
