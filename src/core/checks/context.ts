import type { Analysis, DocumentFormat, Finding, Severity } from '../facts';
import type { MedfactsConfig } from '../config';
import type { DrugNames } from './drug-names';
import type { Sentences } from './sentences';

/** What every check gets: the document, its analysis and the settings, computed once per run. */
export interface CheckContext {
  text: string;
  /** `text` with everything that is not prose blanked out (same length). */
  prose: string;
  format: DocumentFormat;
  analysis: Analysis;
  config: MedfactsConfig;
  sentences: Sentences;
  drugs: DrugNames;
  /** The date claims are judged against: the document's own (or one given for it), else today's, else the configured one. */
  reference: { date: string; source: 'document' | 'given' | 'today' | 'config' };
}

/** A check: one finding code, facts in, findings out (severity set by the runner from the config). */
export type Check = (ctx: CheckContext) => Omit<Finding, 'severity'>[];

export type { Severity };
