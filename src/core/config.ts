import type { Severity } from './facts';

/** The user's configuration (`.medfacts.json`, `--config`, editor settings); every field optional. */
export interface MedfactsConfig {
  /** Per finding code: false turns it off, a severity turns it on at that severity. */
  checks?: Record<string, boolean | Severity>;
  /** date-stale: age in months past which a present-tense date claim is stale (default 12). */
  staleMonths?: number;
  /** phase-style: which numerals to require (default 'off'). */
  phaseStyle?: 'arabic' | 'roman' | 'off';
  /** Words never reported as misspelled drugs. */
  allowedWords?: string[];
  /** Extra drug names: name -> generic ('' when it is itself a generic). */
  extraDrugs?: Record<string, string>;
  /** Reference date (ISO) for date-stale when the document has none. */
  referenceDate?: string;
}

export interface ConfigProblem {
  message: string;
  /** Where in the JSON text, when known. */
  start?: number;
  end?: number;
}

/** Parses and validates configuration JSON; bad parts are dropped and reported, defaults used. */
export function parseConfig(json: string): { config: MedfactsConfig; problems: ConfigProblem[] } {
  try {
    return { config: JSON.parse(json) as MedfactsConfig, problems: [] };
  } catch (e) {
    return { config: {}, problems: [{ message: `not valid JSON: ${(e as Error).message}` }] };
  }
}
