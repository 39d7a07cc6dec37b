/** INN/USAN stems: lower-case words with these endings name drugs even when the lexicon lacks them. */
const STEMS = [
  'mab', 'nib', 'ciclib', 'parib', 'lisib', 'zomib', 'degib', 'rsen', 'siran', 'leucel', 'temcel', 'trocel',
  'stemcel', 'vec', 'glutide', 'enatide', 'paratide', 'gliflozin', 'gliptin', 'sartan', 'prazole', 'vastatin',
  'vir', 'tercept', 'tacept', 'kinra', 'platin', 'taxel', 'rubicin', 'floxacin', 'conazole', 'olol', 'dipine',
  'azepam', 'triptan', 'setron', 'coxib', 'dronate', 'tecan', 'relix', 'lukast', 'fungin', 'oxetine', 'pramine',
  'triptyline', 'peridol', 'apine', 'pril', 'semide', 'thiazide', 'parin', 'teplase', 'gepant', 'orexant',
  'dustat', 'mastat', 'tinostat', 'cillin', 'mycin', 'cycline', 'nercept', 'lintide', 'relin', 'pressin',
  // 2022 INN scheme for antibodies: -tug (unmodified), -bart (artificial), -mig (multi-specific).
  'tug', 'bart', 'mig',
];
/** Antibody stems: "patritumab deruxtecan", "delpacibart etedesiran" name one conjugate. */
const ANTIBODY = ['mab', 'tug', 'bart', 'mig'];
const MIN_LENGTH = 7;
// A trailing FDA biologic suffix ("nirsevimab-alip") is part of the name.
const BIOLOGIC_SUFFIX = /-[a-z]{4}$/;
const LOWER_WORD = /^[a-z]+(?:-[a-z]+)?$/;
/** Short names of CAR-T products: "ide-cel", "cilta-cel", "axi-cel". */
const CAR_T_SHORT = /^[a-z]{2,6}-cel$/;

/**
 * True for a lower-case word ending in a drug stem, also with an FDA four-letter suffix
 * ("nirsevimab-alip") or a short prefix ("del-desiran"); and CAR-T short names.
 */
export function hasDrugStem(lower: string, text: string, capitalized = false): boolean {
  if ((text !== lower && !capitalized) || !LOWER_WORD.test(lower)) return false;
  if (CAR_T_SHORT.test(lower)) return true;
  const base = lower.replace(BIOLOGIC_SUFFIX, '');
  const last = base.slice(base.lastIndexOf('-') + 1);
  // A capitalized word at a sentence start may be a surname ("Vetrovec"): only longer stems count.
  const stems = capitalized ? STEMS.filter((s) => s.length >= 4) : STEMS;
  return last.length >= MIN_LENGTH - 2 && base.length >= MIN_LENGTH && stems.some((s) => last.endsWith(s));
}

/** Last three letters of every stem (and of "-cel"): a cheap first test for each word. */
const STEM_ENDINGS = new Set([...STEMS, 'cel'].map((s) => s.slice(-3)));

/** False for most words: those whose last three letters end no stem (checked before hasDrugStem). */
export function mayHaveStem(lower: string): boolean {
  return lower.length >= 6 && STEM_ENDINGS.has(lower.slice(-3)) || (lower.length >= 9 && lower.charCodeAt(lower.length - 5) === 45);
}

/** True for an antibody name, the first word of a conjugate. */
export function isAntibodyName(lower: string): boolean {
  return ANTIBODY.some((s) => lower.endsWith(s));
}

/** The generic without an FDA biologic suffix ("lecanemab-irmb" -> "lecanemab"). */
export function withoutBiologicSuffix(lower: string): string {
  return lower.replace(BIOLOGIC_SUFFIX, '');
}
