import type { Severity } from '../facts';

/** A check the core runs without network: its stable code, default severity and what it looks for. */
export interface CheckInfo {
  code: CheckCode;
  severity: Severity;
  /** Off unless the configuration turns it on. */
  optIn?: boolean;
  description: string;
}

export const CHECK_CODES = [
  'nct-malformed',
  'date-stale',
  'date-ambiguous',
  'phase-conflict',
  'drug-spelling',
  'drug-pairing',
  'phase-style',
] as const;

export type CheckCode = (typeof CHECK_CODES)[number];

export const CHECKS: Readonly<Record<CheckCode, CheckInfo>> = {
  'nct-malformed': {
    code: 'nct-malformed',
    severity: 'error',
    description: 'A ClinicalTrials.gov ID that is not "NCT" followed by exactly 8 digits.',
  },
  'date-stale': {
    code: 'date-stale',
    severity: 'warning',
    description: 'A present-tense claim ("is recruiting", "currently", "as of") tied to a date older than the configured age.',
  },
  'date-ambiguous': {
    code: 'date-ambiguous',
    severity: 'info',
    description: 'A month or day without a year, where the year cannot be told from the article.',
  },
  'phase-conflict': {
    code: 'phase-conflict',
    severity: 'warning',
    description: 'One trial (same NCT ID or same trial name) given two different phases.',
  },
  'drug-spelling': {
    code: 'drug-spelling',
    severity: 'warning',
    description: 'A near-miss of a known drug name (one or two letters off).',
  },
  'drug-pairing': {
    code: 'drug-pairing',
    severity: 'error',
    description: 'A brand paired with a generic name that is not its active ingredient, e.g. "Rilutek (edaravone)".',
  },
  'phase-style': {
    code: 'phase-style',
    severity: 'info',
    optIn: true,
    description: 'A phase written against the chosen style (Arabic "Phase 3" or Roman "Phase III").',
  },
};

export function isCheckCode(code: string): code is CheckCode {
  return (CHECK_CODES as readonly string[]).includes(code);
}
