/**
 * "ipilumumab" for ipilimumab, "trptorelin" for triptorelin: an unknown word with a drug stem,
 * one edit away from a lexicon generic with the same stem, is a misspelling, which the
 * drug-spelling check reports; it is not a new drug.
 */
import type { Lexicon } from '../../lexicon';
import { editDistance } from '../../spelling';
import { stemOf } from './stems';

/** A test for lower-case stem words; answers are remembered (unknown stem words are few). */
export function createMisspeltStemWord(lexicon: Lexicon): (lower: string) => boolean {
  const seen = new Map<string, boolean>();
  return (lower) => {
    let near = seen.get(lower);
    if (near === undefined) {
      const stem = stemOf(lower);
      near =
        stem !== undefined &&
        lexicon.genericsEndingWith(stem).some((g) => g !== lower && Math.abs(g.length - lower.length) <= 1 && editDistance(lower, g, 1) <= 1);
      seen.set(lower, near);
    }
    return near;
  };
}
