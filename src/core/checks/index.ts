import type { Analysis, DocumentFormat, Finding, Severity } from '../facts';
import type { MedfactsConfig } from '../config';
import { loadLexicon, type Lexicon } from '../lexicon';
import { maskProse } from '../mask';
import type { Check, CheckContext } from './context';
import { drugNamesFrom, type DrugNames } from './drug-names';
import { CHECKS, type CheckCode } from './registry';
import { splitSentences } from './sentences';
import { filterSuppressed } from './suppress';
import { nctMalformed } from './nct-malformed';
import { dateStale } from './date-stale';
import { dateAmbiguous } from './date-ambiguous';
import { phaseConflict } from './phase-conflict';
import { drugSpelling } from './drug-spelling';
import { drugPairing } from './drug-pairing';
import { phaseStyle } from './phase-style';

export { CHECKS, CHECK_CODES, type CheckCode, type CheckInfo } from './registry';
export { suppressionComment, suppressionEdit } from './suppress';

export interface CheckOptions {
  format?: DocumentFormat;
  /** Today's date (ISO), used by date-stale when the document has no date of its own. */
  today?: string;
  config?: MedfactsConfig;
  lexicon?: Lexicon;
}

const RUNNERS: Readonly<Record<CheckCode, Check>> = {
  'nct-malformed': nctMalformed,
  'date-stale': dateStale,
  'date-ambiguous': dateAmbiguous,
  'phase-conflict': phaseConflict,
  'drug-spelling': drugSpelling,
  'drug-pairing': drugPairing,
  'phase-style': phaseStyle,
};

/** DrugNames per lexicon and extra-drugs setting, so the spelling index is built once per lexicon. */
const drugNamesCache = new WeakMap<Lexicon, Map<string, DrugNames>>();

function drugNamesFor(lexicon: Lexicon, extra: Record<string, string> | undefined): DrugNames {
  let byExtra = drugNamesCache.get(lexicon);
  if (!byExtra) drugNamesCache.set(lexicon, (byExtra = new Map()));
  const key = JSON.stringify(extra ?? {});
  let names = byExtra.get(key);
  if (!names) byExtra.set(key, (names = drugNamesFrom(lexicon, extra)));
  return names;
}

/** The severity a check runs at, or null when it is off. */
export function severityOf(code: CheckCode, config: MedfactsConfig = {}): Severity | null {
  const setting = config.checks?.[code];
  if (setting === false) return null;
  if (typeof setting === 'string') return setting;
  const info = CHECKS[code];
  // phase-style is turned on by choosing a style; other opt-in checks by `true`.
  const chosen = code === 'phase-style' && (config.phaseStyle === 'arabic' || config.phaseStyle === 'roman');
  if (info.optIn && setting !== true && !chosen) return null;
  return info.severity;
}

/** Runs every enabled check over an analysed document; findings sorted by start. */
export function runChecks(text: string, analysis: Analysis, options: CheckOptions = {}): Finding[] {
  const config = options.config ?? {};
  const format = options.format ?? 'text';
  const ctx: CheckContext = {
    text,
    prose: maskProse(text, format),
    format,
    analysis,
    config,
    sentences: splitSentences(text),
    drugs: drugNamesFor(options.lexicon ?? loadLexicon(), config.extraDrugs),
    reference: referenceOf(analysis, options),
  };
  const findings: Finding[] = [];
  for (const code of Object.keys(RUNNERS) as CheckCode[]) {
    const severity = severityOf(code, config);
    if (!severity) continue;
    for (const f of RUNNERS[code](ctx)) findings.push({ ...f, severity });
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
  return filterSuppressed(text, findings);
}

function referenceOf(analysis: Analysis, options: CheckOptions): CheckContext['reference'] {
  // A date given as an option (CLI --date) stands for the article's own date.
  const doc = analysis.documentDate;
  if (doc) return { date: doc.value, source: doc.source === 'option' ? 'given' : 'document' };
  if (options.today) return { date: options.today, source: 'today' };
  if (options.config?.referenceDate) return { date: options.config.referenceDate, source: 'config' };
  return { date: new Date().toISOString().slice(0, 10), source: 'today' };
}
