/**
 * Which lexicon names the spelling check suggests: single words (hyphens allowed)
 * of at least 5 letters. Multi-word names are matched by the drug scanner, and
 * shorter names are too close to ordinary words to suggest safely.
 */
export function spellingCandidateNames(names: Iterable<string>): string[] {
  const out: string[] = [];
  for (const n of names) if (n.length >= 5 && /^[A-Za-z]+(?:-[A-Za-z]+)*$/.test(n)) out.push(n);
  return out;
}
