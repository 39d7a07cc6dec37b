/**
 * A model of English for the rare ambiguous capitalized name: is this word a person, a place,
 * an organization or an ordinary word? compromise runs on one sentence only, never the whole text.
 */
import nlp from 'compromise';

const NOT_DRUG_TAGS = ['Person', 'Place', 'Organization', 'Verb', 'Adjective', 'Pronoun', 'Date', 'Month'];
const CACHE_LIMIT = 2000;

/** True for a lower-case word that compromise knows (its lexicon, or its lexicon after a plural -s). */
export function isEnglishWord(lower: string): boolean {
  return isKnownWord(lower) || (lower.endsWith('s') && isKnownWord(lower.slice(0, -1)));
}

/** True for a lower-case word in compromise's lexicon: an ordinary name's answer for it in any sentence. */
export function isKnownWord(lower: string): boolean {
  return (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon[lower] !== undefined;
}

/** True when compromise reads `word` in `sentence` as something other than a product name. */
export type OrdinaryName = (sentence: string, word: string) => boolean;

/** An OrdinaryName test whose answers are remembered by its owner (a scanner), not by the module. */
export function createOrdinaryName(): OrdinaryName {
  const cache = new Map<string, boolean>();
  return (sentence, word) => {
    const key = `${word}\u0000${sentence}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    let ordinary = isKnownWord(word.toLowerCase());
    if (!ordinary) {
      const doc = nlp(sentence);
      const term = doc.match(word.replace(/[^A-Za-z0-9]/g, ' ').trim()).first();
      ordinary = NOT_DRUG_TAGS.some((t) => term.has(`#${t}`));
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, ordinary);
    return ordinary;
  };
}
