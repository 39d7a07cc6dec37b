import type { Fact } from '../facts';
/** Finds calendar dates (full, partial, relative) in prose; `resolved` is left for resolveDates. */
export function scanDates(prose: string): Fact[] { void prose; return []; }
