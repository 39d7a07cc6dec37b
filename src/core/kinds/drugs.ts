import type { Fact } from '../facts';
import type { Lexicon } from '../lexicon';

/** What the drug scanner finds in one paragraph; offsets relative to the scanned prose. */
export interface DrugScan {
  /** Mentions accepted on their own (lexicon, rules, cues). */
  facts: Fact[];
  /** Values (lower case) that a context cue established as drugs ("the drug X", "X, an antisense ..."). */
  learned: string[];
  /** Mentions not accepted on their own, to accept when another paragraph learned their value. */
  candidates: Fact[];
  /** [brand or code value, generic] pairs stated by the text ("Rilutek (riluzole)"). */
  generics: [string, string][];
}

export interface DrugScanner {
  scan(prose: string): DrugScan;
}

export function createDrugScanner(lexicon: Lexicon): DrugScanner {
  void lexicon;
  return { scan: () => ({ facts: [], learned: [], candidates: [], generics: [] }) };
}

/**
 * Document-level step over all paragraphs' scans (offsets already absolute):
 * promotes candidates whose value was learned elsewhere, and spreads generics
 * stated in the text to the other mentions. Returns the document's drug facts sorted.
 */
export function finishDrugs(scans: readonly DrugScan[]): Fact[] {
  return scans.flatMap((s) => s.facts).sort((a, b) => a.start - b.start);
}
