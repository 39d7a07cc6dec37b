import nlp from 'compromise/two';

/** What the scanner's tokens can be: letters and digits, joined by single hyphens or dots. */
const TOKEN_SHAPED = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/**
 * The words of compromise's lexicon that a token can spell, sorted: what
 * src/core/data/english-words.ts must hold (phrases, emoticons and symbols are never asked about).
 */
export function compromiseWords(): string[] {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  return Object.keys(lexicon)
    .filter((w) => TOKEN_SHAPED.test(w))
    .sort();
}

/** compromise's first names (its lexicon's FirstName, MaleName and FemaleName words), sorted: src/core/data/english-words.ts FIRST_NAMES. */
export function compromiseFirstNames(): string[] {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const first = new Set(['FirstName', 'MaleName', 'FemaleName']);
  return Object.entries(lexicon)
    .filter(([w, tags]) => TOKEN_SHAPED.test(w) && (Array.isArray(tags) ? tags : [tags]).some((t) => first.has(t)))
    .map(([w]) => w)
    .sort();
}
