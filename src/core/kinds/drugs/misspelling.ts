/**
 * "ipilumumab" for ipilimumab: an unknown antibody-stem word one edit away from a lexicon
 * antibody is a misspelling, which the drug-spelling check reports; it is not a new drug.
 */
import type { Lexicon } from '../../lexicon';
import { editDistance } from '../../spelling';

const STEM = 'mab';

/** A test for lower-case words; answers are remembered (unknown -mab words are few). */
export function createMisspeltAntibody(lexicon: Lexicon): (lower: string) => boolean {
  const seen = new Map<string, boolean>();
  return (lower) => {
    if (!lower.endsWith(STEM)) return false;
    let near = seen.get(lower);
    if (near === undefined) {
      near = lexicon.genericsEndingWith(STEM).some((g) => g !== lower && editDistance(lower, g, 1) <= 1);
      seen.set(lower, near);
    }
    return near;
  };
}
