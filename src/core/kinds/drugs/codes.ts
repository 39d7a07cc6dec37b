/** Development codes (AMX0035, BIIB067, MN-166, NSI-566RSC, mRNA-1273, HER3-DXd) by their shape. */
import { STOPLIST } from '../../data/stoplist';

/** A company prefix of 2-5 capitals, an optional hyphen, 3+ digits, optional letters/digits. */
// Digits, then a tail that starts with a letter: the two parts cannot trade characters.
const STRONG = /^[A-Z]{2,5}-?\d{3,}(?:[A-Za-z][A-Za-z0-9]*)?$/;
/** A prefix, a hyphen, a mixed part with 3+ digits ("NVX-CoV2373"). */
const MIXED = /^[A-Z]{2,5}-(?:[A-Za-z]{1,4}\d{3,}(?:[A-Za-z][A-Za-z0-9]*)?|\d{2,}\.\d{3})$/;
/** mRNA vaccine codes and antibody-drug conjugates named for their payload ("HER3-DXd"). */
const SPECIAL = /^(?:mRNA-\d{3,}|[A-Z][A-Za-z0-9]{0,6}-DXd)$/;
/** Looser shape, accepted only with a cue or a learned value: capitals, then a digit somewhere ("CNM-Au8"). */
const LOOSE = /^(?:[A-Z][A-Za-z]{0,5}[A-Z]-?[A-Za-z]{0,3}\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)?|[A-Z]\d{4,})$/;
const DIGIT_PREFIX = /^([A-Za-z]+)-?(\d+)/;

/** Prefixes of letter+digit names that are not drugs: registries, standards, genes, bills, years. */
const NOT_CODE_PREFIX = new Set(
  ('NCT ISRCTN EUCTR ISO IEC ICD CPT DSM FY CY HR SB AB HB US EU UK CFR RFC CD IL HLA TMEM SLC ZNF MIR ' +
    'LINC KIAA CCL CXCL GPR UGT CYP ABC TNF DOI PMID PMC ISBN ISSN EIN ZIP PO COVID SARS MERS RTX GTX ' +
    'CES ASCO ESMO AAN AACR ASH EASL ADA EASD ERS ATS MWC NIH NHS HIPAA TP BRCA KRAS ORF PS GPT IRB FWA').split(' '),
);

export type CodeStrength = 'strong' | 'loose';

/** NIH and AHRQ grant numbers ("CA084986", "HL124112", "HS023395"): an institute's two letters and six digits. */
const NIH_GRANT = /^(?:CA|HL|GM|AI|AR|DK|NS|MH|DA|AG|HD|EY|ES|AA|NR|DE|EB|AT|LM|MD|TR|RR|OD|HG|RM|TW|HS)-?\d{6}$/;

/** Prefix and number of a code written with a space ("AMG 133", "ANAVEX 2-73"). */
const SPACED_PREFIX = /^[A-Z]{2,7}$/;
const SPACED_NUMBER = /^(?:\d{3,7}|\d{1,2}-\d{2,4})$/;

/** True when two tokens written "PREFIX 123" can be one code (the caller supplies the cue). */
export function isSpacedCode(prefix: string, number: string): boolean {
  return (
    SPACED_PREFIX.test(prefix) && SPACED_NUMBER.test(number) && !NOT_CODE_PREFIX.has(prefix) &&
    !/^(?:19|20)\d\d$/.test(number)
  );
}

/** A biomarker described, not named: "HER2-positive", "BRAF-mutant", "PD-L1-expressing". */
const DESCRIBED = /-(?:positive|negative|mutant|mutated|expressing|related|like|based|driven|targeted|directed|associated|specific|deficient|low|high)$/i;

/** True for a word that describes a biomarker rather than names a product ("HER2-positive"). */
export function isDescribedMarker(token: string): boolean {
  return DESCRIBED.test(token);
}

/** How much a token looks like a development code, or null when it does not. */
export function codeStrength(token: string): CodeStrength | null {
  if (STOPLIST.has(token.toLowerCase()) || isDescribedMarker(token)) return null;
  if (SPECIAL.test(token)) return 'strong';
  if (NIH_GRANT.test(token) || NIH_GRANT.test(token.slice(token.lastIndexOf('-') + 1))) return null;
  const strong = STRONG.test(token) || MIXED.test(token);
  if (!strong && !LOOSE.test(token)) return null;
  const m = DIGIT_PREFIX.exec(token);
  if (m) {
    if (NOT_CODE_PREFIX.has(m[1].toUpperCase())) return null;
    // "ASCO2023", "FY2024": a prefix with a bare year is an event or a period.
    if (m[2].length === 4 && /^(?:19|20)\d\d$/.test(m[2]) && m[0].length === token.length) return null;
  }
  return strong ? 'strong' : 'loose';
}
