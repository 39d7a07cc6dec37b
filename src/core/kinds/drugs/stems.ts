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

/** The stem `lower` ends in (the longest, "ciclib" rather than "lib"), or undefined. */
export function stemOf(lower: string): string | undefined {
  let found: string | undefined;
  for (const s of STEMS) if (lower.endsWith(s) && (found === undefined || s.length > found.length)) found = s;
  return found;
}

/** Shortest word mayHaveStem lets through. */
export const STEM_WORD = 6;

/**
 * False for most words (checked before hasDrugStem): a word of `length` ASCII characters ending
 * at byte `end` of the tokenizer's UTF-8 `bytes`, whose last letters end no stem and that has no
 * FDA suffix ("-alip"). Read without making the word's string.
 */
export function mayHaveStem(bytes: Uint8Array, end: number, length: number): boolean {
  return length >= STEM_WORD && (bytesEndInStem(bytes, end) || (length >= 9 && bytes[end - 5] === 45));
}

/** Index of three letters in ENDINGS, case-blind (a letter's low five bits name it in either case). */
const endingIndex = (a: number, b: number, c: number) => ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);
/** Any letter may come before the last three ("mab", "vir" are whole stems). */
const ANY = 1 << 31;
/**
 * By a word's last three letters: the letters allowed before them (bit per letter), from the
 * stems of four or more letters ("apine" allows "p" before "ine", so "medicine" stops here).
 */
const ENDINGS = new Int32Array(1 << 15);
for (const stem of [...STEMS, 'cel']) {
  const n = stem.length;
  const at = endingIndex(stem.charCodeAt(n - 3), stem.charCodeAt(n - 2), stem.charCodeAt(n - 1));
  ENDINGS[at] |= n === 3 ? ANY : 1 << (stem.charCodeAt(n - 4) & 31);
}
/** The endings of ENDINGS as a 4 KB bitset: most words stop here, without reading the 128 KB table. */
const ENDS = new Int32Array(ENDINGS.length >>> 5);
ENDINGS.forEach((allowed, at) => {
  if (allowed !== 0) ENDS[at >>> 5] |= 1 << (at & 31);
});

/**
 * mayHaveStem for a word of at least STEM_WORD ASCII letters ending at byte `end` of UTF-8
 * `bytes` (the tokenizer's, words/tokens.ts), read without making the word's string: its last
 * four letters against the stems' last four.
 */
export function bytesEndInStem(bytes: Uint8Array, end: number): boolean {
  const at = endingIndex(bytes[end - 3], bytes[end - 2], bytes[end - 1]);
  if ((ENDS[at >>> 5] & (1 << (at & 31))) === 0) return false;
  const allowed = ENDINGS[at];
  return (allowed & ANY) !== 0 || (allowed & (1 << (bytes[end - 4] & 31))) !== 0;
}

/** True for an antibody name, the first word of a conjugate. */
export function isAntibodyName(lower: string): boolean {
  return ANTIBODY.some((s) => lower.endsWith(s));
}

/** The generic without an FDA biologic suffix ("lecanemab-irmb" -> "lecanemab"). */
export function withoutBiologicSuffix(lower: string): string {
  return lower.replace(BIOLOGIC_SUFFIX, '');
}
