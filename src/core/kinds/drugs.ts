/**
 * The drug scanner (FACTS.md "drug"): one tokenizer pass per paragraph, lexicon lookups by
 * lower-case first word (longest entry first), development-code shapes and INN stems; then the
 * evidence that settles ambiguous names: ®/™ marks, "Brand (generic)" pairs, "(marketed as ...)"
 * lists and context cues ("the drug X", "X, an antisense oligonucleotide").
 */
import type { Fact } from '../facts';
import type { LexEntry, Lexicon } from '../lexicon';
import { codeStrength, isDescribedMarker, isSpacedCode } from './drugs/codes';
import { bytesEndInStem, hasDrugStem, isAntibodyName, mayHaveStem, STEM_WORD, withoutBiologicSuffix } from './drugs/stems';
import { createOrdinaryName, isCommonHash, isEnglishWord, isFirstNameHash, isKnownWord, type OrdinaryName } from './drugs/english';
import {
  ARTICLE, BIOLOGY_NOUN, CLASS_NEXT, COMPANY_NEXT, DEFINED_HEAD, NAMED_NOT_DRUG, CLASS_WORD, TRIAL_WORD, CODE_INTRO, CONTEXTUAL, DRUG_CONTEXT, PRODUCT_NOUN, HEAD_STOP, INN_SECOND, LIST_WORD, DEVICE_WORD, HEAD_NOUN, MARKETED_AS, ORG_NOUN, PRE_NAMING, PRE_NOUN, PRE_OF,
  PRE_VERB, PRE_WITH, PROTEIN_NEXT, TARGET_VERB, DEVICE_CONTEXT, DEVICE_NEXT, DRUG_KINDS, FORMULATION_OF, SALT, THERAPY_NEXT, THERAPY_PREV,
} from './drugs/cues';
import {
  DIGIT, FIRST_DIGIT, FIRST_UPPER, gapAfter, HYPHEN, INNER_UPPER, isCapitalized, MAY_START, isNameShaped, isSpace, startsSentence, Tokens, type Token,
} from '../words/tokens';
import { hashBytes, hashRange, hashWord, HashedWords, WordFilter } from '../words/word-hash';
import { WordMemo } from '../words/word-memo';
import { createMisspeltStemWord } from './drugs/misspelling';

/** What the drug scanner finds in one paragraph; offsets relative to the scanned prose. */
export interface DrugScan {
  /** Mentions accepted on their own (lexicon, rules, cues). */
  facts: Fact[];
  /** Values (lower case) that a context cue established as drugs ("the drug X", "X, an antisense ..."). */
  learned: string[];
  /** Mentions not accepted on their own, to accept when another paragraph learned their value. */
  candidates: Fact[];
  /** [brand or code value, generic] pairs stated by the text ("Rilutek (riluzole)"). */
  generics: [string, string][];
  /**
   * Values of unknown names the text shows are not drugs: devices ("CoolSculpting® system", "the
   * FDA-cleared X") and terms it defines for a class or a molecule ("a TNF inhibitor (TNFi)", "a
   * biomarker called CA-125"). Never drugs anywhere in this document.
   */
  notDrugs: string[];
}

export interface DrugScanner {
  /** `tokens`: the paragraph's words already read (the engine shares them with the other scanners); read here when not given. */
  scan(prose: string, tokens?: Tokens): DrugScan;
}

type Role = 'generic' | 'brand' | 'code';
/** fact: accepted; weak: a lexicon name that needs evidence; candidate: an unknown name. */
type Status = 'fact' | 'weak' | 'candidate';

interface Mention {
  /** First and last token. */
  i: number;
  j: number;
  start: number;
  end: number;
  role: Role;
  status: Status;
  generic?: string;
}

// Markdown emphasis may sit between a name and its parenthesis ("**Valiltramiprosate** (ALZ-801)").
/** Surgical and imaging procedures ("prostatectomy", "angioplasty", "colonoscopy"): never drug names. */
const PROCEDURE_ENDING = /(?:ectomy|otomy|ostomy|plasty|scopy|graphy)$/;
/** People by their trade ("Anesthesiologists", "Pharmacists"): never drug names. */
const PROFESSION_ENDING = /(?:ists|icians)$/;
/** Endings of English words that compromise's small lexicon may not know ("respectively"). */
const ENGLISH_ENDING = /(?:ly|ing|ed|tion|tions|ment|ments|ness|ity|ive|ous|able|ible|al|ary|ist|ism|ship|ers)$/;
/** Sentences about funding, ethics approval and references, where letter+digit tokens are grant, protocol or abstract numbers. */
const FUNDING = /\b(?:grants?|funded by|funding|awards?|awarded|IRB|FWA)\b/i;
/** The most frequent lower-case words of news prose: skipped before any lookup (about a third of tokens). */
const FREQUENT = new Set(
  ('the and for that with was were are from this have has had not but more their they which who can will ' +
    'also been than those these other after may such about into its our one two all new years said says ' +
    'patients study studies people health what when there would could should some most many said while ' +
    'between during over only who how his her she them then were each both because through who found risk')
    .split(' '),
);
/** Between a name and the next word: a space, perhaps after a mark ("CoolSculpting® system"). */
const MARK_SPACE = /^[®™]?[ \u00a0]$/;
const isMarkSpace = (gap: string) => MARK_SPACE.test(gap);
const CLOSE_PAREN = /^[®™*_]{0,2}\s?\)/;
const OPEN_PAREN = /^[®™]?[*_]{0,2}\s?\($/;
/** Between two names listed in parentheses. */
const LIST_SEPARATOR = /^[®™]?[,;]?\s$/;
/** Words before a name that preCue and afterBrandName look for. */
const CUE_BEFORE = new WordFilter([...PRE_NOUN, ...PRE_VERB, ...PRE_NAMING, 'with', 'of', 'name', 'names', 'as'], 9);
/** Words before a number that names a conference abstract, a poster or a record ("Abstract Number: SAT0150"). */
const ABSTRACT = new Set(['abstract', 'abstracts', 'poster', 'posters', 'number', 'numbers']);
/** "X, made by Y" (postCue). */
const MADE = new Set(['made', 'developed', 'manufactured', 'marketed', 'sold', 'produced']);
/** "X is a ...", "X was a ..." (postCue). */
const COPULA = new WordFilter(['is', 'was'], 9);
/** "called", "named", "as" ("known as"): before a name a biology noun gives. */
const NAMING_WORD = new WordFilter(['called', 'named', 'as'], 9);
/** "X stands for Y", "X, short for Y". */
const SPELLS_OUT = new HashedWords(['stands', 'short']);
const OR_HASH = hashWord('or');
const NAME_HASH = hashWord('name');
const NAMES_HASH = hashWord('names');
/** Shape bits of a word with a capital letter. */
const UPPER = FIRST_UPPER | INNER_UPPER;
/** A locant and a hyphen ("l-", "n-", "2-", "1,4-"): the rest of a chemical name. */
const LOCANT_NEXT = /^(?:[a-z]|\d+(?:,\d+)*)-/;
/** Prefixes a hyphen joins to a generic ("non-rilonacept", "post-riluzole"): the generic is the name. */
const HYPHEN_PREFIX = new Set(['non', 'pre', 'post']);
/** Locant and stereo prefixes written with a generic as one name ("N-acetylcysteine", "L-glutamine"). */
const LOCANT_PREFIX = new Set(['n', 'l', 'd', 's', 'r']);
/** Three or more hyphen-joined syllables without a digit: how news spells out a name's pronunciation. */
const PRONUNCIATION = /^[A-Za-z]+(?:-[A-Za-z]+){2,}$/;
/** An FDA biologic suffix on the last word of a generic ("moxeparvovec-rokl"). */
const SUFFIXED = /^([a-z]+)-[a-z]{4}$/;

/**
 * The name before an FDA biologic suffix ("moxeparvovec-rokl" -> "moxeparvovec"), or null. Four
 * letters that make an English word are not such a suffix: "cocaine-free", "aspirin-like",
 * "tocotrienol-rich" describe something else.
 */
function beforeFdaSuffix(lower: string): string | null {
  // Cheap test first: a suffix needs a hyphen five characters from the end.
  if (lower.charCodeAt(lower.length - 5) !== 45) return null;
  const m = SUFFIXED.exec(lower);
  return m && !isKnownWord(lower.slice(-4)) ? m[1] : null;
}

/** An abbreviation that may stand for a generic after "or": 2-6 capitals, one hyphen at most between them ("NTX", "T-VEC"). */
const ALIAS_SHAPE = /^(?=(?:-?[A-Z]){2,6}$)[A-Z]+(?:-[A-Z]+)?$/;

/** How far ParagraphScan.sentence() looks for a sentence boundary on each side. */
const SENTENCE_REACH = 400;

/** `ordinary`: the English model's test (english.ts); tests give their own to see what it is asked. */
export function createDrugScanner(lexicon: Lexicon, ordinary: OrdinaryName = createOrdinaryName()): DrugScanner {
  // One token buffer per scanner, reused: a scan runs to its end before the next begins.
  const own = new Tokens(lexicon.firstWords);
  // Plain capitalized words that can never be drugs: stopped names, procedures and professions
  // (words English knows are turned away before, by hash: see plainName).
  const ignored = new WordMemo((lower) => lexicon.isStopped(lower) || PROCEDURE_ENDING.test(lower) || PROFESSION_ENDING.test(lower));
  const stopped = new WordMemo((lower) => lexicon.isStopped(lower));
  const misspelt = createMisspeltStemWord(lexicon);
  return {
    scan(prose, tokens) {
      // Words read with another filter carry no MAY_START marks for this lexicon: read them again.
      const words = tokens && tokens.startsFrom === own.startsFrom ? tokens : own.read(prose);
      return new ParagraphScan(lexicon, prose, words, ignored, stopped, misspelt, ordinary).run();
    },
  };
}

const NO_ENTRIES: readonly LexEntry[] = [];

/** Words that can never be a name or start one: short, numeric. */
const MIN_NAME = 3;
/** Shapes that go to the full match whatever their letters: codes, acronyms, hyphenated names. */
const SPECIAL_SHAPE = INNER_UPPER | DIGIT | HYPHEN;

class ParagraphScan {
  private readonly mentions: Mention[] = [];
  // The index, the sets and the token cache are made on first use: most paragraphs need none of them.
  /** Mention by its first token (see byFirst). */
  private firstIndex: Map<number, Mention> | undefined;
  private learned: Set<string> | undefined;
  private generics: [string, string][] | undefined;
  private notDrugs: Set<string> | undefined;
  private mayNameDevice: boolean | undefined;
  /** Token objects made so far, by index (most words never get one). */
  private made: (Token | undefined)[] | undefined;

  constructor(
    private readonly lexicon: Lexicon,
    private readonly prose: string,
    private readonly toks: Tokens,
    /** Plain capitalized words that make no candidate. */
    private readonly ignored: WordMemo,
    /** Stopped words, for acronyms. */
    private readonly stopped: WordMemo,
    /** Unknown stem words that misspell a lexicon generic. */
    private readonly misspelt: (lower: string) => boolean,
    /** Whether the English model reads a capitalized word in its sentence as an ordinary word or name. */
    private readonly isOrdinaryName: OrdinaryName,
  ) {}

  run(): DrugScan {
    this.findMentions();
    if (this.mentions.length === 0) return EMPTY_SCAN;
    return this.settle();
  }

  /**
   * The first pass: what each word could be, tested first with integers only (its length, shape
   * and hash): most words of news prose stop here without a string; plain capitalized words skip
   * the rules that need a digit, a hyphen or a lexicon name. One loop over the token arrays, read
   * once: this runs for every word of every text.
   */
  private findMentions(): void {
    const { start, end, shape, hash, byteStart, count, bytes } = this.toks;
    for (let i = 0; i < count; i++) {
      const len = end[i] - start[i];
      const s = shape[i];
      if (len < MIN_NAME || (s & FIRST_DIGIT) !== 0) continue;
      let m: Mention | null;
      // MAY_START: the tokenizer's first test of the lexicon's first words (Lexicon.firstWords); mayStart confirms.
      if (((s & MAY_START) !== 0 && this.lexicon.mayStart(hash[i])) || (s & (DIGIT | FIRST_UPPER | HYPHEN)) === (FIRST_UPPER | HYPHEN)) m = this.match(i);
      else if ((s & SPECIAL_SHAPE) !== 0) m = this.special(i, len, s);
      // The word's end in the bytes from the length at hand (Tokens.byteEnd reads it again).
      // A word English knows is no new INN ("determine", "routine", "online"): only an unknown one is read for its stem.
      else if (len >= STEM_WORD && bytesEndInStem(bytes, byteStart[i] + len) && !isCommonHash(hash[i])) m = this.match(i);
      else if ((s & FIRST_UPPER) !== 0) m = this.plainName(i);
      // A lower-case word is left only one rule: an INN before "alfa".
      else if (len >= 6 && i + 1 < count && INN_SECOND.mayHave(hash[i + 1])) m = this.match(i);
      else continue;
      if (m) {
        if (m.role === 'generic') this.withSalt(m);
        this.mentions.push(m);
        // A generic cut at its word's hyphen may have a second one after it ("ibuprofen-acetaminophen").
        if (m.role === 'generic' && m.end < end[m.j]) {
          const second = this.genericAfterHyphen(m);
          if (second) this.mentions.push(second);
        }
        i = m.j;
      }
    }
  }

  /** The evidence that settles the mentions, and the paragraph's scan. */
  private settle(): DrugScan {
    this.mergeConjugates();
    this.dropNotDrugs();
    for (const m of this.mentions) this.marks(m);
    for (const m of this.mentions) this.parentheses(m);
    for (const m of this.mentions) this.codeIntro(m);
    for (const m of this.mentions) this.appositiveGeneric(m);
    for (const m of this.mentions) {
      this.standsFor(m);
      this.orAlias(m);
    }
    for (const m of this.mentions) if (m.status !== 'fact') this.cues(m);
    else if (m.generic !== undefined) this.textGeneric(m);
    let facts = NO_FACTS;
    for (const m of this.mentions) if (m.status === 'fact') (facts === NO_FACTS ? (facts = []) : facts).push(drugFact(this.prose, m));
    const learned = this.learned ? [...this.learned] : NO_VALUES;
    return new ScanResult(facts, learned, this.generics ?? NO_PAIRS, this.notDrugs ? [...this.notDrugs] : NO_VALUES, this.prose, this.mentions);
  }

  /** Mention by its first token, indexed on first use (most paragraphs never ask). */
  private byFirst(): Map<number, Mention> {
    if (!this.firstIndex) {
      this.firstIndex = new Map();
      for (const m of this.mentions) this.firstIndex.set(m.i, m);
    }
    return this.firstIndex;
  }

  /** Token i (made on first use). */
  private tok(i: number): Token {
    const made = (this.made ??= new Array<Token | undefined>(this.toks.count));
    let t = made[i];
    if (!t) {
      const start = this.toks.start[i];
      const end = this.toks.end[i];
      const text = this.prose.slice(start, end);
      t = { start, end, text, lower: text.toLowerCase() };
      made[i] = t;
    }
    return t;
  }

  /** Token i, or undefined outside the paragraph. */
  private at(i: number): Token | undefined {
    return i >= 0 && i < this.toks.count ? this.tok(i) : undefined;
  }

  /**
   * findMentions for a word with a digit, a hyphen or an inner capital that starts no lexicon name:
   * codes go to the full match; a lower-case hyphenated word only when a rule could take it; an
   * acronym ("CDC") is a candidate unless stopped.
   */
  private special(i: number, len: number, s: number): Mention | null {
    const { shape, count } = this.toks;
    if ((s & DIGIT) !== 0) return this.match(i);
    if ((s & HYPHEN) !== 0) {
      // With capitals ("sac-TMT", "x-DXd") it may be a code.
      return (s & INNER_UPPER) !== 0 || this.mayTakeHyphenated(i) ? this.match(i) : null;
    }
    if ((s & FIRST_UPPER) === 0) return null; // "mRNA": only a lexicon name, and it starts none
    // "AMG 133" (spacedCode) needs a number next.
    if (i + 1 < count && (shape[i + 1] & FIRST_DIGIT) !== 0) return this.match(i);
    return this.remembers(this.stopped, i) || len < MIN_NAME ? null : this.mention(i, i, 'brand', 'candidate');
  }

  /**
   * A lower-case hyphenated word that some rule could take: an FDA suffix ("-rokl"), a generic
   * before the first hyphen ("riluzole-treated") or after it ("opioid-acetaminophen"), or a stem
   * ending ("del-desiran", "ide-cel").
   * Read in the tokenizer's bytes (see WordMemo for why).
   */
  private mayTakeHyphenated(i: number): boolean {
    const { bytes, byteStart, start } = this.toks;
    const from = byteStart[i];
    const to = this.toks.byteEnd(i);
    // An FDA suffix is four letters that make no English word: "-term" of "long-term" is none.
    if ((bytes[to - 5] === 45 && !isCommonHash(hashBytes(bytes, to - 4, to))) || bytesEndInStem(bytes, to)) return true;
    let dash = from;
    while (bytes[dash] !== 45) dash++;
    if (dash - from >= 5 && this.lexicon.mayStart(hashBytes(bytes, from, dash))) return true;
    if (to - dash <= 5 || !this.lexicon.mayStart(hashBytes(bytes, dash + 1, to))) return false;
    // A generic after a word ("opioid-acetaminophen", genericAfterWord) or after a prefix ("non-rilonacept").
    return dash - from >= 3 || joinsGeneric(this.prose.slice(start[i], start[i] + dash - from).toLowerCase());
  }

  // ---- first pass: what each token could be ----

  private match(i: number): Mention | null {
    const t = this.tok(i);
    // Most tokens are short words or numbers: no drug name is one or two characters or starts with a digit.
    if (t.text.length < 3) return null;
    const c = t.text.charCodeAt(0);
    if ((c >= 48 && c <= 57) || FREQUENT.has(t.text)) return null;
    return this.matchLexicon(i) ?? this.matchHyphenPrefix(i) ?? this.matchShape(i);
  }

  private matchLexicon(i: number): Mention | null {
    const t = this.tok(i);
    const suffixed = beforeFdaSuffix(t.lower);
    // The hash test first: codes and stem words come here too, and most start no name.
    const own = this.lexicon.mayStart(this.toks.hash[i]) ? this.lexicon.withFirst(t.lower) : NO_ENTRIES;
    const entries = suffixed ? [...own, ...this.lexicon.withFirst(suffixed).filter((e) => e.words.length === 1)] : own;
    let lowerBrand: Mention | null = null;
    for (const e of entries) {
      const j = i + e.words.length - 1;
      if (j >= this.toks.count || !this.wordsMatch(i, e)) continue;
      if (e.kind === 'brand') {
        if (this.tok(j).lower !== e.words[e.words.length - 1]) continue;
        // Brands are names: "Keytruda", not "keytruda"; an entry written in lower case ("mResvia") as is.
        // A brand that is no English word, written all in lower case ("a steroid called decadron"),
        // takes evidence like a name that is one, unless another entry reads the word.
        if (isCapitalized(e.name) ? !isCapitalized(t.text) : t.text !== e.name.slice(0, t.text.length)) {
          const lowerCase = !e.common && t.text === t.lower && isCapitalized(e.name);
          if (lowerCase) lowerBrand ??= this.mention(i, j, 'brand', 'weak', e.generic);
          continue;
        }
        return this.mention(i, j, 'brand', e.common ? 'weak' : 'fact', e.generic);
      }
      const status = CONTEXTUAL.has(e.lower) && !this.therapyContext(i, j) ? 'weak' : 'fact';
      return this.mention(i, j, 'generic', status);
    }
    return lowerBrand;
  }

  /** The words follow token i with single spaces; a generic's last word may carry an FDA suffix. */
  private wordsMatch(i: number, e: LexEntry): boolean {
    const { words, hashes } = e;
    const { hash, shape } = this.toks;
    // By hash first: most names that start with a word of the text go on with other words.
    for (let k = 1; k < words.length; k++) {
      if (hash[i + k] !== hashes[k] && !(k === words.length - 1 && (shape[i + k] & HYPHEN) !== 0)) return false;
    }
    for (let k = 0; k < words.length; k++) {
      const lower = this.tok(i + k).lower;
      if (k > 0 && !isSpace(gapAfter(this.prose, this.toks, i + k - 1))) return false;
      if (lower !== words[k] && !(k === words.length - 1 && beforeFdaSuffix(lower) === words[k])) return false;
    }
    return true;
  }

  /** "riluzole-treated": a known generic before a hyphen; the span is the generic alone. */
  private matchHyphenPrefix(i: number): Mention | null {
    const t = this.tok(i);
    const dash = t.lower.indexOf('-');
    if (dash < 0) return null;
    const prefix = t.lower.slice(0, dash);
    const locant = LOCANT_PREFIX.has(prefix);
    // "non-rilonacept", "post-riluzole": a generic after a short prefix; the span is the generic alone.
    // "N-acetylcysteine": after a locant, the whole word is the name.
    const [from, to] = joinsGeneric(prefix) ? [dash + 1, t.lower.length] : [0, dash];
    // "acetyl-L-carnitine": before a locant and another hyphen, the first part is a chemical name's, not a drug;
    // "tetracycline-class antibiotics" name a class.
    if (from === 0 && (LOCANT_NEXT.test(t.lower.slice(dash + 1)) || t.lower.endsWith('-class'))) return null;
    // The hash test first, before the lexicon's Map probes. Short parts are prefixes ("pre-", "anti-"),
    // unless written in capitals: an abbreviation ("NAC-treated").
    const e =
      (to - from >= 5 || /^[A-Z]{3,4}$/.test(t.text.slice(from, to))) && this.lexicon.mayStart(hashRange(t.lower, from, to))
        ? this.lexicon.get(t.lower.slice(from, to))
        : undefined;
    if (!e || CONTEXTUAL.has(e.lower)) return from === 0 ? this.genericAfterWord(i, dash) : null;
    const start = locant ? t.start : t.start + from;
    if (e.kind === 'generic') return { i, j: i, start, end: t.start + to, role: 'generic', status: 'fact' };
    // "Tamiflu-resistant": a brand written as the lexicon writes it, before a lower-case word.
    const name = t.text.slice(from, to);
    if (from !== 0 || e.common || name !== e.name || !/^[a-z]+$/.test(t.text.slice(to + 1))) return null;
    return { i, j: i, start, end: t.start + to, role: 'brand', status: 'fact', generic: e.generic };
  }

  /**
   * "opioid-acetaminophen combinations": a known generic after a class or substance that the stop
   * list says is no drug, and one hyphen; the span is the generic alone. Other first parts may be
   * part of the name ("nab-paclitaxel", "myo-inositol").
   */
  private genericAfterWord(i: number, dash: number): Mention | null {
    const t = this.tok(i);
    if (!/^[a-z]+$/.test(t.lower.slice(dash + 1)) || !this.lexicon.isStopped(t.lower.slice(0, dash))) return null;
    return this.genericFrom(i, i, dash + 1);
  }

  /**
   * "ibuprofen-acetaminophen", "dextromethorphan-quinidine": two generics joined by a hyphen name
   * two drugs, each its own fact, as "sodium phenylbutyrate and taurursodiol" does (FACTS.md).
   * `m` is the first, cut at the hyphen; the second is the rest of the word when that is a generic.
   */
  private genericAfterHyphen(m: Mention): Mention | null {
    const t = this.tok(m.i);
    const from = m.end - t.start + 1;
    return t.text.charCodeAt(from - 1) === 45 ? this.genericFrom(m.i, m.j, from) : null;
  }

  /**
   * The rest of token i from character `from`, when it is a generic of five letters or more and
   * no context word: a mention of it alone (tokens i to j).
   */
  private genericFrom(i: number, j: number, from: number): Mention | null {
    const t = this.tok(i);
    if (t.lower.length - from < 5) return null;
    const e = this.lexicon.get(t.lower.slice(from));
    if (!e || e.kind !== 'generic' || CONTEXTUAL.has(e.lower)) return null;
    return { i, j, start: t.start + from, end: t.end, role: 'generic', status: 'fact', generic: undefined };
  }

  private matchShape(i: number): Mention | null {
    const t = this.tok(i);
    if (this.spacedCode(i)) return this.mention(i, i + 1, 'code', 'fact');
    if (this.twoWordInn(i)) return this.mention(i, i + 1, 'generic', 'fact');
    // "abstract CT017", "(Abstract #LBA10)": a conference abstract number, not a code.
    const code = this.mayBeCode(i) && !ABSTRACT.has(this.at(i - 1)?.lower ?? '') ? codeStrength(t.text) : null;
    if (code) {
      const strong = code === 'strong' && !this.aboutFunding(i);
      return this.mention(i, i, 'code', strong ? 'fact' : 'candidate');
    }
    if (this.stem(i)) return this.mention(i, i, 'generic', 'fact');
    return this.unknownName(i);
  }

  /**
   * A capitalized word that no rule took: an unknown name to settle by evidence. Not a plain word
   * that English knows ("However", "Dallas"): no evidence accepts those (see isOrdinaryName).
   */
  private unknownName(i: number): Mention | null {
    const t = this.tok(i);
    if (!isCapitalized(t.text)) return null;
    if (!isNameShaped(t.text)) return this.plainName(i);
    if (this.lexicon.isStopped(t.lower) || isDescribedMarker(t.text)) return null;
    return this.mention(i, i, /\d/.test(t.text) ? 'code' : 'brand', 'candidate');
  }

  /**
   * A capitalized word of letters only: a candidate brand unless English knows it (by its hash,
   * english.ts) or it is stopped (remembered). Most capitalized words of news prose are everyday
   * words: one probe of the common words' table answers them before the memo's call (the engine
   * 3% faster on the corpus than asking the memo first).
   */
  private plainName(i: number): Mention | null {
    return isCommonHash(this.toks.hash[i]) || this.remembers(this.ignored, i) ? null : this.mention(i, i, 'brand', 'candidate');
  }

  /** A memo's answer for token i. */
  private remembers(memo: WordMemo, i: number): boolean {
    const { start, end, hash, byteStart, bytes } = this.toks;
    return memo.get(bytes, byteStart[i], end[i] - start[i], hash[i], this.prose, start[i]);
  }

  /** Token i may be a code: it has a digit, or an ADC payload suffix ("T-DXd"). */
  private mayBeCode(i: number): boolean {
    const s = this.toks.shape[i];
    return (s & DIGIT) !== 0 || ((s & HYPHEN) !== 0 && this.tok(i).text.endsWith('-DXd'));
  }

  /** "formerly AMG 133", "(ANAVEX 2-73)": a prefix and a number after a code word or a parenthesis. */
  private spacedCode(i: number): boolean {
    // Integers first: the number starts with a digit.
    if (i + 1 >= this.toks.count || (this.toks.shape[i + 1] & FIRST_DIGIT) === 0) return false;
    const next = this.at(i + 1);
    if (!next || !isSpacedCode(this.tok(i).text, next.text) || !isSpace(gapAfter(this.prose, this.toks, i))) return false;
    const prev = this.at(i - 1)?.lower;
    return (prev !== undefined && CODE_INTRO.has(prev)) || (i > 0 && OPEN_PAREN.test(gapAfter(this.prose, this.toks, i - 1)));
  }

  /** "efsitora alfa": an unknown lower-case INN word and a biologic second word. */
  private twoWordInn(i: number): boolean {
    // The hash test first: most words have no "alfa" after them.
    if (i + 1 >= this.toks.count || !INN_SECOND.mayHave(this.toks.hash[i + 1])) return false;
    const [a, b] = [this.tok(i), this.at(i + 1)];
    if (!b || !INN_SECOND.has(b.text) || !isSpace(gapAfter(this.prose, this.toks, i))) return false;
    return a.text === a.lower && a.lower.length >= 6 && /^[a-z]+$/.test(a.lower) && !isEnglishWord(a.lower);
  }

  /**
   * "enclomiphene citrate", "naproxen sodium": a salt or ester word after a generic is part of its
   * name, as in the lexicon's own salt forms (which the longest match has taken already). Not
   * after part of a word ("riluzole-treated").
   */
  private withSalt(m: Mention): void {
    const { end, hash, count } = this.toks;
    const next = m.j + 1;
    if (m.end !== end[m.j] || next >= count || !SALT.mayHave(hash[next]) || !SALT.has(this.tok(next).lower)) return;
    if (!isSpace(gapAfter(this.prose, this.toks, m.j))) return;
    m.j = next;
    m.end = end[next];
  }

  /** "patritumab deruxtecan": an antibody name and its payload, both generics, are one name. */
  private mergeConjugates(): void {
    for (let n = this.mentions.length - 2; n >= 0; n--) {
      const [a, b] = [this.mentions[n], this.mentions[n + 1]];
      if (a.role !== 'generic' || b.role !== 'generic' || b.i !== a.j + 1 || a.status !== 'fact') continue;
      if (!isAntibodyName(this.tok(a.j).lower) || this.tok(b.i).text !== this.tok(b.i).lower) continue;
      if (!isSpace(gapAfter(this.prose, this.toks, a.j))) continue;
      a.j = b.j;
      a.end = b.end;
      this.removeMention(n + 1);
    }
  }

  /**
   * Drops the mentions that the text shows name no drug: a substance named inside a protein's
   * name ("creatine kinase", "tissue plasminogen activator": the drug is the whole name,
   * alteplase) or as a drug's target ("inhibits thrombin"), and devices, companies and defined
   * terms, whose values are vetoed for the whole document (DrugScan.notDrugs). One loop with no
   * closure, from the last mention (the indexes ahead stay valid): it runs for every paragraph
   * that has a mention.
   */
  private dropNotDrugs(): void {
    for (let n = this.mentions.length - 1; n >= 0; n--) {
      const m = this.mentions[n];
      if (this.followedBy(m, PROTEIN_NEXT, isSpace) || (m.role === 'generic' && this.afterTargetVerb(m))) {
        this.removeMention(n);
      } else if (this.isDevice(m) || this.isDefinedTerm(m)) {
        (this.notDrugs ??= new Set()).add(this.value(m));
        this.removeMention(n);
      }
    }
  }

  /**
   * An unknown name that the text shows to be a device or a company: followed by a device noun
   * ("CoolSculpting® system") or a company word ("Proove® Biosciences"), or, for a name without
   * digits, in a sentence about a cleared or drug-free product ("the FDA-cleared, drug-free
   * Freespira® treatment").
   */
  private isDevice(m: Mention): boolean {
    return m.status === 'candidate' && this.namesDevice(m);
  }

  private namesDevice(m: Mention): boolean {
    if (this.followedBy(m, DEVICE_NEXT, isMarkSpace) || this.followedBy(m, COMPANY_NEXT, isMarkSpace)) return true;
    // The sentence is read only in the rare paragraph that holds such a word at all.
    if (m.role !== 'brand' || !(this.mayNameDevice ??= this.hasWord(DEVICE_CONTEXT))) return false;
    return this.sentenceHas(m.i, DEVICE_CONTEXT);
  }

  /** "Pradaxa inhibits thrombin": a generic that is the object of "inhibits", "blocks" or "targets" is a target. */
  private afterTargetVerb(m: Mention): boolean {
    const prev = m.i - 1;
    if (prev < 0 || !TARGET_VERB.mayHave(this.toks.hash[prev])) return false;
    return TARGET_VERB.has(this.tok(prev).lower) && isSpace(gapAfter(this.prose, this.toks, prev));
  }

  /**
   * An unknown name or code the text defines as a class of drugs or a target: an abbreviation in
   * parentheses after such a head noun ("a tumour necrosis factor inhibitor (TNFi)"), or a name
   * that a biomarker, gene or receptor is called ("a biomarker called CA-125", "a gene known as
   * X"). An abbreviation with a digit is left alone: "a PARP inhibitor (ABC-123)" introduces a
   * drug by its code.
   */
  private isDefinedTerm(m: Mention): boolean {
    return m.i === m.j && (m.status === 'candidate' || m.role === 'code') && this.definesTerm(m.i);
  }

  private definesTerm(i: number): boolean {
    const { start, hash, shape } = this.toks;
    if (i < 2) return false;
    if (this.prose.charCodeAt(start[i] - 1) === 40) {
      return (
        (shape[i] & DIGIT) === 0 &&
        DEFINED_HEAD.mayHave(hash[i - 1]) &&
        DEFINED_HEAD.has(this.tok(i - 1).lower) &&
        OPEN_PAREN.test(gapAfter(this.prose, this.toks, i - 1)) &&
        CLOSE_PAREN.test(gapAfter(this.prose, this.toks, i))
      );
    }
    if (!NAMING_WORD.has(hash[i - 1])) return false;
    const w1 = this.tok(i - 1).lower;
    const noun = w1 === 'as' ? (this.tok(i - 2).lower === 'known' ? this.at(i - 3)?.lower : undefined) : w1 === 'called' || w1 === 'named' ? this.tok(i - 2).lower : undefined;
    return noun !== undefined && NAMED_NOT_DRUG.has(noun);
  }

  private removeMention(n: number): void {
    this.firstIndex?.delete(this.mentions[n].i);
    this.mentions.splice(n, 1);
  }

  /**
   * The word after mention m is one of `words`, after a gap that `gap` accepts. The word's hash is
   * tested first: most mentions are followed by none of them.
   */
  private followedBy(m: Mention, words: HashedWords, gap: (text: string) => boolean): boolean {
    const next = m.j + 1;
    return (
      next < this.toks.count && words.mayHave(this.toks.hash[next]) && words.has(this.tok(next).lower) && gap(gapAfter(this.prose, this.toks, m.j))
    );
  }

  /** True when some token's hash may be one of `words` (a possible hit; the caller confirms it). */
  private hasWord(words: HashedWords): boolean {
    const { hash, count } = this.toks;
    for (let k = 0; k < count; k++) if (words.mayHave(hash[k])) return true;
    return false;
  }

  /** A lower-case INN stem word, or a title-case one at a sentence start ("Ulefnersen is ..."). */
  private stem(i: number): boolean {
    const { start, end } = this.toks;
    if (!mayHaveStem(this.toks.bytes, this.toks.byteEnd(i), end[i] - start[i])) return false;
    const t = this.tok(i);
    const titleAtStart =
      t.text !== t.lower && t.text.slice(1) === t.lower.slice(1) && startsSentence(this.prose, this.toks, i);
    return hasDrugStem(t.lower, t.text, titleAtStart) && !this.lexicon.isStopped(t.lower) && !this.misspelt(t.lower);
  }

  private mention(i: number, j: number, role: Role, status: Status, generic?: string): Mention {
    return { i, j, start: this.toks.start[i], end: this.toks.end[j], role, status, generic };
  }

  /** "insulin therapy", "taking testosterone", "doses of insulin". */
  private therapyContext(i: number, j: number): boolean {
    const next = this.at(j + 1)?.lower;
    const prev = this.at(i - 1)?.lower;
    // "an injectable dopamine agonist", "oral estrogen receptor modulators": the word names a class.
    if (next !== undefined && CLASS_NEXT.has(next)) return false;
    return (
      (next !== undefined && THERAPY_NEXT.has(next) && isSpace(gapAfter(this.prose, this.toks, j))) ||
      (prev !== undefined && THERAPY_PREV.has(prev)) ||
      (prev === 'of' && PRE_OF.has(this.at(i - 2)?.lower ?? ''))
    );
  }

  // ---- evidence ----

  private accept(m: Mention, generic?: string): void {
    if (m.status !== 'fact') (this.learned ??= new Set()).add(this.value(m));
    m.status = 'fact';
    // The text's own pairing wins over the lexicon's; a generic never keeps its FDA suffix.
    if (generic && m.role !== 'generic') {
      m.generic = withoutBiologicSuffix(generic);
      (this.generics ??= []).push([this.value(m), m.generic]);
    }
  }

  /**
   * "Brand®" / "Brand™" in a sentence about a drug. Press releases mark devices, tests, journals
   * and programs too, so the mark alone is not enough: not a device ("Navion™ stent graft system"),
   * not the last word of a longer name ("Opioid Risk®"), not an acronym or a word English knows.
   */
  private marks(m: Mention): void {
    const mark = this.prose.charCodeAt(m.end);
    if (m.role === 'generic' || (mark !== 0xae && mark !== 0x2122)) return;
    if (m.status === 'candidate') {
      if (this.capitalizedBefore(m.i)) return;
      if (this.isAcronym(m) || !this.sentenceHas(m.i, DRUG_CONTEXT)) return;
      for (let k = m.j + 1; k < this.toks.count && k <= m.j + 4; k++) {
        if (DEVICE_WORD.has(this.tok(k).lower)) return;
      }
      // A lone word marked as a trade name is no person's or place's name: no question for the English model.
      if (this.isPlainEnglish(m)) return;
    }
    this.accept(m);
  }

  /** "the drug MDMA", "a vaccine called GVAX": a one-product noun right before token i, or before "called" there. */
  private afterProductNoun(i: number): boolean {
    const w1 = this.at(i - 1)?.lower ?? '';
    const noun = PRE_NAMING.has(w1) ? this.at(i - 2)?.lower : w1;
    return noun !== undefined && PRODUCT_NOUN.has(noun);
  }

  /** "CBT", "NSAIDs": capitals without digits, perhaps with a plural s; abbreviations of anything. */
  private isAcronym(m: Mention): boolean {
    const text = this.prose.slice(m.start, m.end).replace(/s$/, '');
    return /^[A-Z]{2,6}$/.test(text);
  }

  /** A word of `words` stands in the sentence around token i: its tokens read by hash first. */
  private sentenceHas(i: number, words: HashedWords): boolean {
    const [from, to] = this.sentenceBounds(i);
    const { start, end, hash, count } = this.toks;
    const has = (k: number) => words.mayHave(hash[k]) && words.has(this.tok(k).lower);
    for (let k = i; k >= 0 && start[k] >= from; k--) if (has(k)) return true;
    for (let k = i + 1; k < count && end[k] <= to; k++) if (has(k)) return true;
    return false;
  }

  /** "A (B)", "A (B; C)", "A (marketed as B, C and D)", "A and B (C)". */
  private parentheses(a: Mention): void {
    // Integers first: most mentions are not followed by a parenthesis at all.
    if (a.j + 1 >= this.toks.count || this.prose.charCodeAt(this.toks.start[a.j + 1] - 1) !== 40) return;
    if (!OPEN_PAREN.test(gapAfter(this.prose, this.toks, a.j))) return;
    const intro = this.introLength(a.j + 1);
    const items = this.parenthesizedList(a.j + 1 + intro);
    if (!items) return;
    const first = items[0];
    if (a.status === 'candidate') {
      // "NeuroNata-R (lenzumestrocel)", "Valiltramiprosate (ALZ-801)": an unknown name before a known one.
      const anchored = first.status === 'fact' && (first.role === 'generic' || first.role === 'code');
      if (!anchored || !this.plausibleUnknown(a, false)) return;
      if (first.role === 'code' && a.role === 'brand' && this.looksGeneric(a)) a.role = 'generic';
      this.accept(a);
    }
    if (a.status !== 'fact' && !items.some((b) => b.status === 'fact')) return;
    // "a synthetic progesterone (Provera)": a hormone word that needs evidence, before a brand of
    // another substance, names the brand's kind, not its ingredient; neither is paired.
    if (a.status === 'weak' && a.role === 'generic' && items.some((b) => b.role === 'brand' && b.generic && !namesIngredient(b.generic, this.value(a)))) return;
    const accepted = [a];
    for (const b of items) {
      if (b.status === 'candidate' && !this.plausibleUnknown(b, a.role !== 'generic' && intro === 0)) continue;
      if (this.byFirst().get(b.i) !== b) this.addMention(b);
      accepted.push(b);
    }
    this.shareGeneric(accepted);
  }

  /** A capitalized unknown that is a generic written at a sentence start or in a heading. */
  private looksGeneric(m: Mention): boolean {
    const t = this.tok(m.i);
    return m.i === m.j && !isNameShaped(t.text) && t.text.length >= 9 && startsSentence(this.prose, this.toks, m.i);
  }

  /** Accepts a group of names for one drug; the generic among them goes to the others. */
  private shareGeneric(group: Mention[]): void {
    const generics = group.filter((m) => m.role === 'generic');
    const g = generics.find((m) => m === group[0]) ?? generics[0];
    for (const m of group) {
      // "delpacibart etedesiran (del-desiran)": a short hyphenated alias of the generic stands for it.
      if (g && m !== g && m.role === 'generic' && this.isAlias(m, g)) m.role = 'code';
    }
    // Without a generic in the group, a brand's known generic stands for the codes beside it.
    const generic = g ? (this.combination(g) ?? this.value(g)) : group.find((m) => m.generic)?.generic;
    for (const m of group) this.accept(m, m !== g && (g || !m.generic) ? generic : undefined);
  }

  private isAlias(m: Mention, g: Mention): boolean {
    const text = this.prose.slice(m.start, m.end);
    return text.includes('-') && !SUFFIXED.test(text) && m.end - m.start < g.end - g.start && m.i === m.j;
  }

  /** The names listed from token k to a closing parenthesis, or null when it is not such a list. */
  private parenthesizedList(k: number): Mention[] | null {
    const items: Mention[] = [];
    while (k < this.toks.count) {
      while (LIST_WORD.has(this.at(k)?.text ?? '')) k++;
      const b = k < this.toks.count ? (this.byFirst().get(k) ?? this.unknownInParens(k)) : null;
      if (!b) return null;
      items.push(b);
      const gap = gapAfter(this.prose, this.toks, b.j);
      if (CLOSE_PAREN.test(gap)) return items;
      if (!LIST_SEPARATOR.test(gap)) return null;
      if (gap.includes(',') && this.strengthCloses(b.j + 1)) return items;
      k = b.j + 1;
    }
    return null;
  }

  /** "(cyclosporine, 0.09% ophthalmic solution)": from token k, a strength then the closing parenthesis. */
  private strengthCloses(k: number): boolean {
    if (k >= this.toks.count || (this.toks.shape[k] & FIRST_DIGIT) === 0) return false;
    const from = this.toks.start[k];
    const close = this.prose.indexOf(')', from);
    return close > 0 && !/[(\n]/.test(this.prose.slice(from, close));
  }

  /** "sodium phenylbutyrate and taurursodiol (AMX0035)": both generics, '+'-joined in order. */
  private combination(g: Mention): string | undefined {
    if (g.i < 2 || this.tok(g.i - 1).lower !== 'and') return undefined;
    const first = this.genericEndingAt(g.i - 2);
    return first && [this.value(first), this.value(g)].sort().join('+');
  }

  /** The accepted generic whose last token is j, if any. */
  private genericEndingAt(j: number): Mention | undefined {
    const m = this.mentions.find((m) => m.j === j);
    return m && m.role === 'generic' && m.status === 'fact' ? m : undefined;
  }

  /** Number of tokens of a "marketed as"-style phrase starting at token k, or 0. */
  private introLength(k: number): number {
    for (const phrase of MARKETED_AS) {
      if (phrase.every((w, n) => this.at(k + n)?.text === w)) return phrase.length;
    }
    return 0;
  }

  /**
   * An unknown token inside parentheses that no rule took: a lower-case word that is not English
   * (a generic the lexicon lacks) or a lower-case-led name such as "sac-TMT" (a short name).
   */
  private unknownInParens(k: number): Mention | null {
    const t = this.tok(k);
    if (this.lexicon.isStopped(t.lower) || /^\d/.test(t.text)) return null;
    if (t.text !== t.lower) {
      if (t.text.includes('-')) return this.mention(k, k, 'code', 'candidate');
      // A known word the first pass left out ("Brand (generic, Oral)"): it still belongs to the list.
      return isCapitalized(t.text) && t.text.length >= MIN_NAME ? this.mention(k, k, 'brand', 'candidate') : null;
    }
    if (t.lower.length < 8 || !/^[a-z]+$/.test(t.lower) || isEnglishWord(t.lower) || ENGLISH_ENDING.test(t.lower)) return null;
    return this.mention(k, k, 'generic', 'candidate');
  }

  private addMention(m: Mention): void {
    this.mentions.push(m);
    this.byFirst().set(m.i, m);
  }

  /** An unknown name accepted by a pair: code-like, name-shaped, or not an ordinary word/name. */
  private plausibleUnknown(m: Mention, mustBeGeneric: boolean): boolean {
    if (m.i !== m.j) return false;
    const t = this.tok(m.i);
    // "rivaroxaban (riv-ah-ROCKS-ah-ban)": syllables of a pronunciation, not a short name or a code.
    if (PRONUNCIATION.test(t.text)) return false;
    if (m.role === 'code') return true;
    if (mustBeGeneric) return m.role === 'generic';
    if (this.lexicon.isStopped(t.lower)) return false;
    if (m.role === 'generic') return true;
    return !this.readsAsOrdinary(m);
  }

  /** "tofersen was known by its development code BIIB067", "(formerly MN-166)", "cabozantinib, also known as XL184". */
  private codeIntro(b: Mention): void {
    if (b.role !== 'code' || b.i === 0) return;
    if (!CODE_INTRO.has(this.tok(b.i - 1).lower)) return this.knownAs(b);
    const a = this.previousInSentence(b);
    if (a && a.role === 'generic' && a.status === 'fact') this.accept(b, this.value(a));
    else this.accept(b);
  }

  /**
   * "cabozantinib, also known as XL184": a code named right after a known generic takes it as its
   * generic. Only there: "an enzyme known as COX-2" or "a trial known as E2100" names no drug.
   */
  private knownAs(b: Mention): void {
    if (b.i < 3 || this.tok(b.i - 1).lower !== 'as' || this.tok(b.i - 2).lower !== 'known') return;
    const a = this.genericEndingAt(this.at(b.i - 3)?.lower === 'also' ? b.i - 4 : b.i - 3);
    if (a) this.accept(b, this.value(a));
  }

  /**
   * "CAM2038, a weekly buprenorphine depot": a code described by a phrase that names its generic
   * (evidence for a loose code too). "CPX-1, a liposomal formulation of irinotecan", "CagriSema,
   * its fixed-dose combination of the amylin analog cagrilintide and the GLP-1 agonist
   * semaglutide": a code or an unknown name described as a formulation or combination of
   * generics takes them ('+'-joined) and is a drug.
   */
  private appositiveGeneric(m: Mention): void {
    if (m.generic || (m.role !== 'code' && !(m.role === 'brand' && m.status === 'candidate'))) return;
    // ", " after the name, read as integers: most candidates are followed by something else.
    const { start, end, bytes } = this.toks;
    const k = m.j + 1;
    const after = this.toks.byteEnd(m.j);
    if (k >= this.toks.count || start[k] !== end[m.j] + 2 || bytes[after] !== 44 || bytes[after + 1] !== 32) return;
    if (!ARTICLE.has(this.at(k)?.lower ?? '')) return;
    for (let n = k + 1; n < this.toks.count && n <= k + 5; n++) {
      const g = this.byFirst().get(n);
      if (g && g.role === 'generic' && g.status === 'fact') {
        // Within four words: the generic modifies the phrase's head ("a weekly buprenorphine depot").
        if (m.role === 'code' && n <= k + 4) this.accept(m, this.value(g));
        return;
      }
      const w = this.tok(n).lower;
      if (FORMULATION_OF.has(w) && this.at(n + 1)?.lower === 'of' && isSpace(gapAfter(this.prose, this.toks, n))) {
        const generics = this.genericsListedFrom(n + 2);
        if (generics.length > 0) this.accept(m, generics.sort().join('+'));
        return;
      }
      if (ORG_NOUN.has(w) || HEAD_STOP.has(w) || /[,.;:()]/.test(gapAfter(this.prose, this.toks, n))) return;
    }
  }

  /**
   * The accepted generics named from token k: "the amylin analog cagrilintide and the GLP-1
   * agonist semaglutide" (up to three words before each, "and" between them); none when a name
   * in the list is not an accepted generic ("four drugs", "cagrilintide and insulin").
   */
  private genericsListedFrom(k: number): string[] {
    const values: string[] = [];
    for (let n = k; ; ) {
      let g: Mention | undefined;
      for (let words = 0; n < this.toks.count && words <= 3; words++, n++) {
        g = this.byFirst().get(n);
        if (g || HEAD_STOP.has(this.tok(n).lower) || /[,.;:()]/.test(gapAfter(this.prose, this.toks, n))) break;
      }
      if (!g || g.role !== 'generic' || g.status !== 'fact') return [];
      values.push(this.value(g));
      n = g.j + 1;
      if (this.at(n)?.lower !== 'and' || !isSpace(gapAfter(this.prose, this.toks, g.j))) return values;
      n++;
    }
  }

  /**
   * "LDX stands for lisdexamfetamine dimesylate", "X, short for Y": a name the text spells out as
   * a generic is that drug's (an abbreviation, which the cues leave alone). Its hash is read first:
   * almost no name is followed by "stands" or "short".
   */
  private standsFor(m: Mention): void {
    const j = m.j;
    if (m.status === 'fact' || m.i !== j || j + 3 >= this.toks.count || !SPELLS_OUT.mayHave(this.toks.hash[j + 1])) return;
    if (!SPELLS_OUT.has(this.tok(j + 1).lower) || this.tok(j + 2).lower !== 'for') return;
    const g = this.byFirst().get(j + 3);
    if (g && g.role === 'generic' && g.status === 'fact' && isSpace(gapAfter(this.prose, this.toks, j + 2))) this.accept(m, this.value(g));
  }

  /**
   * "Cannabidiol, or CBD, is ...": an abbreviation the text gives as another name of the generic
   * before it, as "N-acetylcysteine (NAC)" does in parentheses, is that drug, in the document's
   * other sentences too. Only a singular abbreviation (capitals), between commas or before a
   * sentence's end: "aspirin, or ibuprofen" names two drugs, "aspirin, or NSAIDs" a class.
   * Without the comma ("a drug, propentofylline or PPF, that") "or" may join two drugs as well, so
   * the abbreviation must spell the generic: its letters in the generic's order, from its first
   * ("aspirin or NSAID" does not). The word before is read by hash first: almost no name follows "or".
   */
  private orAlias(m: Mention): void {
    const i = m.i;
    if (m.status !== 'candidate' || i !== m.j || i < 2 || this.toks.hash[i - 1] !== OR_HASH || !ALIAS_SHAPE.test(this.tok(i).text)) return;
    const comma = this.commaAfter(i - 2);
    if (this.tok(i - 1).lower !== 'or' || !(comma || this.oneSpaceBefore(i - 1)) || !this.oneSpaceBefore(i)) return;
    const g = this.genericEndingAt(i - 2);
    const next = this.prose.charCodeAt(m.end);
    // Then a comma, a period, a semicolon, a closing parenthesis or a dash ("or T-VEC — in a deal").
    const dash = /^ ?[—–]/.test(this.prose.slice(m.end, m.end + 2));
    if (!g || !(m.end === this.prose.length || next === 44 || next === 46 || next === 59 || next === 41 || dash)) return;
    if (comma || abbreviates(this.tok(i).lower, this.value(g))) this.accept(m, this.value(g));
  }

  private previousInSentence(b: Mention): Mention | undefined {
    let best: Mention | undefined;
    for (const m of this.mentions) {
      if (m.end > b.start) continue;
      if (/[.!?]\s/.test(this.prose.slice(m.end, b.start))) continue;
      if (m.status === 'fact' && (!best || m.end > best.end)) best = m;
    }
    return best;
  }

  /** Context cues for a weak or candidate name. */
  private cues(m: Mention): void {
    if (!this.mayBeCued(m)) return;
    const brandName = this.afterBrandName(m.i);
    const before = brandName || this.preCue(m.i);
    const cued = before || this.postCue(m.j);
    if (!cued && !(m.role === 'code' && this.afterPossessive(m.i))) return;
    const next = this.at(m.j + 1)?.lower ?? '';
    // "GLP-1 drugs", "a GeneSight test", "Parkinson's drug": the name modifies or owns something else.
    if (CLASS_NEXT.has(next) || TRIAL_WORD.has(next) || DEVICE_WORD.has(next) || this.possessive(m.j)) return;
    // A plain capitalized word that English reads as something else ("However, a drug ...",
    // "Keith Humphreys, a drug policy expert") is not a product name.
    if (m.status === 'candidate' && m.role !== 'code' && this.readsAsOrdinary(m)) return;
    // "a dose of Nature Made Milk Thistle": the first word of a longer name is not the product's name
    // (a letter or two after it are a form or an isotope: "Zorblat XR", "Florbetapir F 18").
    if (m.status === 'candidate' && m.role !== 'code' && before && this.capitalizedAfter(m.j) && this.toks.end[m.j + 1] - this.toks.start[m.j + 1] > 2) return;
    if (m.status === 'candidate' && this.isAcronym(m) && !this.afterProductNoun(m.i)) return;
    const generic = brandName ? this.previousInSentence(m) : undefined;
    this.accept(m, generic?.role === 'generic' ? this.value(generic) : undefined);
  }

  /**
   * Whether a plain capitalized name (not name-shaped) reads as an ordinary word or as a person's,
   * place's or organization's name. The English model (compromise, a millisecond or more a
   * question, the engine's costliest step per word) is asked only where such a reading is open:
   * a capitalized word right before or after the name ("Keith Humphreys", "Dr. Khare", "Nature
   * Made"). A lone name is a product's name unless English knows the word, after a drug cue
   * ("treated with X", "the drug X") or before a description ("X, a ...", "X is a ..."): there the
   * model has only the word itself to go on (it read "Nuplazid, a drug policy expert" as a person
   * and "Humphreys, ..." as none), and on the corpus it answered every such question "a name".
   */
  private readsAsOrdinary(m: Mention): boolean {
    const t = this.tok(m.i);
    if (isNameShaped(t.text)) return false;
    const before = this.capitalizedBefore(m.i);
    if (!before && !this.capitalizedAfter(m.j)) return this.isPlainEnglish(m);
    // "Keith Humphreys", "Rahul Khare": after a first name, a surname (the model reads it so).
    if (before && isFirstNameHash(this.toks.hash[m.i - 1])) return true;
    return this.isOrdinaryName(this.sentence(m.i), t.text);
  }

  /** A plain capitalized name that is a word English knows. */
  private isPlainEnglish(m: Mention): boolean {
    const t = this.tok(m.i);
    return !isNameShaped(t.text) && isKnownWord(t.lower);
  }

  /** One space (or a no-break space) between token i - 1 and token i: isSpace of the gap, read as integers. */
  private oneSpaceBefore(i: number): boolean {
    const at = this.toks.start[i] - 1;
    if (this.toks.end[i - 1] !== at) return false;
    const c = this.prose.charCodeAt(at);
    return c === 32 || c === 0xa0;
  }

  /** ", " between token j and the next one, read as integers. */
  private commaAfter(j: number): boolean {
    const { start, end, count } = this.toks;
    return j + 1 < count && start[j + 1] === end[j] + 2 && this.prose.charCodeAt(end[j]) === 44 && this.prose.charCodeAt(end[j] + 1) === 32;
  }

  /** A capitalized word one space before token i (the name may end a longer one). */
  private capitalizedBefore(i: number): boolean {
    return i > 0 && (this.toks.shape[i - 1] & FIRST_UPPER) !== 0 && this.oneSpaceBefore(i);
  }

  /** A capitalized word one space after token j. */
  private capitalizedAfter(j: number): boolean {
    return j + 1 < this.toks.count && (this.toks.shape[j + 1] & FIRST_UPPER) !== 0 && this.oneSpaceBefore(j + 1);
  }

  /**
   * "lisdexamfetamine dimesylate, ... known by the brand name Vyvanse": a lexicon brand named as
   * the brand of the generic before it takes the text's form of its generic (the text comes
   * first), when that form is the lexicon's or the lexicon's with a salt word. Another generic
   * ("Unlike aspirin, ... the brand name Xarelto") leaves the lexicon's.
   */
  private textGeneric(m: Mention): void {
    if (m.role !== 'brand' || !this.afterBrandName(m.i)) return;
    const before = this.previousInSentence(m);
    if (before?.role !== 'generic') return;
    const text = this.value(before);
    const known = m.generic as string;
    if (text !== known && text.startsWith(`${known} `)) this.accept(m, text);
  }

  /**
   * The integer-only test before cues(), for the many unknown names: false when no cue can apply
   * (no cue word before the name, no comma or "is"/"was" after it, not a code).
   */
  private mayBeCued(m: Mention): boolean {
    const { end, hash, count } = this.toks;
    if (m.role === 'code' || (m.i > 0 && CUE_BEFORE.has(hash[m.i - 1])) || this.prose.charCodeAt(end[m.j]) === 44) return true;
    return m.j + 1 < count && COPULA.has(hash[m.j + 1]);
  }

  /** Token j is followed by "'s". */
  private possessive(j: number): boolean {
    const s = this.at(j + 1);
    if (!s || s.text !== 's') return false;
    const gap = this.prose.slice(this.tok(j).end, s.start);
    return gap === "'" || gap === '’';
  }

  /** "Eisai's E2814", "Clene's CNM-Au8": a code owned by a named company. */
  private afterPossessive(i: number): boolean {
    if (i < 2 || this.tok(i - 1).text !== 's' || !isCapitalized(this.tok(i - 2).text)) return false;
    const gap = this.prose.slice(this.tok(i - 2).end, this.tok(i - 1).start);
    return gap === "'" || gap === '’';
  }

  /**
   * "under the brand name X", or "marketed under the name X" in a sentence about a drug (not "the
   * tests are marketed under the name X"): X is the brand of the generic named before it there.
   */
  private afterBrandName(i: number): boolean {
    // By hash first: the words before most names are others.
    const h1 = i > 0 ? this.toks.hash[i - 1] : 0;
    if (h1 !== NAME_HASH && h1 !== NAMES_HASH) return false;
    const w1 = this.at(i - 1)?.lower;
    const w2 = this.at(i - 2)?.lower;
    if (w1 !== 'name' && w1 !== 'names') return false;
    return w2 === 'brand' || (w2 === 'the' && this.at(i - 3)?.lower === 'under' && this.sentenceHas(i, DRUG_CONTEXT));
  }

  /**
   * "a drug called X", "a combination of A and B, called IcoSema": a drug noun shortly before
   * "called"/"named", and no trial, device or organization noun ("a study called ALSummit").
   */
  private namedDrug(i: number): boolean {
    let drugNoun = false;
    for (let n = i - 2; n >= 0 && n >= i - 9; n--) {
      const w = this.tok(n).lower;
      // The nearest noun decides: "the drug targets an enzyme called Syk" names the enzyme.
      if (TRIAL_WORD.has(w) || DEVICE_WORD.has(w) || ORG_NOUN.has(w) || BIOLOGY_NOUN.has(w) || CLASS_WORD.has(w)) return false;
      if (PRE_NOUN.has(w)) drugNoun = true;
      if (/[.;:]/.test(gapAfter(this.prose, this.toks, n))) break;
    }
    return drugNoun;
  }

  private preCue(i: number): boolean {
    // Integers first: a lower-case cue word one space before the name ("the University of X" stops at "of"'s neighbour).
    const { shape, hash } = this.toks;
    if (i < 1 || (shape[i - 1] & UPPER) !== 0 || !CUE_BEFORE.has(hash[i - 1]) || !this.oneSpaceBefore(i)) return false;
    const p1 = this.tok(i - 1);
    const w1 = p1.lower;
    if (PRE_NOUN.has(w1) || PRE_VERB.has(w1)) return true;
    // "treated with X", "doses of X"; not title case ("the Study of Breast Cancer").
    const lowerP2 = i >= 2 && (shape[i - 2] & UPPER) === 0;
    const p2 = lowerP2 || w1 === 'as' ? this.at(i - 2) : undefined;
    const w2 = p2?.lower ?? '';
    if (w1 === 'with') return lowerP2 && PRE_WITH.has(w2);
    if (w1 === 'of') return lowerP2 && PRE_OF.has(w2);
    if (PRE_NAMING.has(w1)) return this.namedDrug(i);
    // "decongestants, such as Sudafed", "drugs such as Zorblat": a drug or a class of them before "such as".
    if (w1 === 'as' && w2 === 'such') {
      const p3 = this.at(i - 3)?.lower;
      return p3 !== undefined && (PRE_NOUN.has(p3) || DRUG_KINDS.has(p3));
    }
    return false;
  }

  /** "X, an antisense oligonucleotide", "X is a gene therapy" (not "X, a biotech company"). */
  private postCue(j: number): boolean {
    let k = j + 1;
    if (k >= this.toks.count) return false;
    // Integers first: ", " or one space and "is"/"was" after the name.
    const comma = this.commaAfter(j);
    if (!comma && !(COPULA.has(this.toks.hash[k]) && this.oneSpaceBefore(k) && (this.tok(k).lower === 'is' || this.tok(k).lower === 'was'))) {
      return false;
    }
    if (!comma) k++;
    // "Qnexa, made by Vivus", "X, which is manufactured by GW": a product its maker makes; not the
    // last word of a longer name ("Fracture Risk Assessment Tool, developed by the WHO").
    if (comma && this.madeBy(k)) return !this.capitalizedBefore(j);
    if (!ARTICLE.has(this.at(k)?.lower ?? '')) return false;
    for (let n = k + 1; n < this.toks.count && n <= k + 5; n++) {
      const w = this.tok(n).lower;
      if (ORG_NOUN.has(w) || HEAD_STOP.has(w)) return false;
      if (HEAD_NOUN.has(w)) return !ORG_NOUN.has(this.at(n + 1)?.lower ?? '');
      if (/[,.;:()]/.test(gapAfter(this.prose, this.toks, n))) return false;
    }
    return false;
  }

  /** From token k: "made by", "developed by" (perhaps after "which is"): a maker named next. */
  private madeBy(k: number): boolean {
    if (this.at(k)?.lower === 'which' && (this.at(k + 1)?.lower === 'is' || this.at(k + 1)?.lower === 'was')) k += 2;
    return MADE.has(this.at(k)?.lower ?? '') && this.at(k + 1)?.lower === 'by';
  }

  /**
   * The sentence around token i, for the English model, at most SENTENCE_REACH characters each
   * side: a paragraph with no sentence end (a list, a table, hostile input) must not make each
   * lookup read all of it.
   */
  private sentence(i: number): string {
    const [from, to] = this.sentenceBounds(i);
    return this.prose.slice(from, to);
  }

  /**
   * Token i is in a sentence about funding (a grant number), or in a parenthesis that stands as a
   * sentence of its own right after one: "... funded by the Aurora Foundation and NIH. (NS66147, AG44170)".
   */
  private aboutFunding(i: number): boolean {
    const [from, to] = this.sentenceBounds(i);
    if (FUNDING.test(this.prose.slice(from, to))) return true;
    let open = from;
    while (open < to && /\s/.test(this.prose[open])) open++;
    if (from === 0 || this.prose.charCodeAt(open) !== 40) return false;
    // The sentence before, from the one before it up to its own end (the character before `from`).
    return FUNDING.test(this.prose.slice(this.sentenceStart(from - 1), from));
  }

  /** Start and end offsets of sentence(i). */
  private sentenceBounds(i: number): [number, number] {
    const { start, end } = this.toks;
    const max = Math.min(this.prose.length, end[i] + SENTENCE_REACH);
    const from = this.sentenceStart(start[i]);
    let to = end[i];
    while (to < max && !endsSentence(this.prose.charCodeAt(to))) to++;
    return [from, to];
  }

  /** Where the sentence holding offset `at` starts: after the last sentence end before it, at most SENTENCE_REACH back. */
  private sentenceStart(at: number): number {
    const min = Math.max(0, at - SENTENCE_REACH);
    let from = at;
    while (from > min && !endsSentence(this.prose.charCodeAt(from - 1))) from--;
    return from;
  }

  private value(m: Mention): string {
    return this.prose.slice(m.start, m.end).toLowerCase();
  }

}

/** The letters of `short` stand in `name` in their order, the first at its start ("ppf", "propentofylline"). */
function abbreviates(short: string, name: string): boolean {
  if (name.charCodeAt(0) !== short.charCodeAt(0)) return false;
  let at = 1;
  for (let k = 1; k < short.length; k++) {
    at = name.indexOf(short[k], at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** A prefix a hyphen joins to a generic name: "non-", "post-", or a locant ("N-"). */
function joinsGeneric(prefix: string): boolean {
  return HYPHEN_PREFIX.has(prefix) || LOCANT_PREFIX.has(prefix);
}

/** Whether a brand's generic (perhaps '+'-joined) is, or has among its ingredients, the generic `value`. */
function namesIngredient(generic: string, value: string): boolean {
  return generic === value || generic.split('+').includes(value);
}

/** '.', '!', '?' or a line break: where sentence() stops. */
function endsSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10;
}

function drugFact(prose: string, m: Mention): Fact {
  return factAt(prose, m.start, m.end, m.role !== 'generic' ? m.generic : undefined);
}

function factAt(prose: string, start: number, end: number, generic: string | undefined): Fact {
  const text = prose.slice(start, end);
  const f: Fact = { kind: 'drug', text, start, end, value: text.toLowerCase() };
  if (generic) f.generic = generic;
  return f;
}

// Shared by the many paragraphs that find nothing (frozen: no caller may add to them).
const NO_FACTS = Object.freeze([]) as unknown as Fact[];
const NO_VALUES = Object.freeze([]) as unknown as string[];
const NO_PAIRS = Object.freeze([]) as unknown as [string, string][];
const EMPTY_SCAN: DrugScan = Object.freeze({ facts: NO_FACTS, learned: NO_VALUES, candidates: NO_FACTS, generics: NO_PAIRS, notDrugs: NO_VALUES });

/**
 * A paragraph's DrugScan. Tens of thousands of candidates per corpus pass, almost none ever
 * learned: they are kept as spans (8 bytes each rather than an object), and their facts are made
 * only when read (engine.ts reads them only when some paragraph of the document learned a value).
 */
class ScanResult implements DrugScan {
  private made: Fact[] | undefined;
  /**
   * Candidates as [start, end] pairs: small integers in a plain array (4 bytes each, as in an
   * Int32Array, which V8 allocates far more slowly, off the heap beyond 64 bytes).
   */
  private readonly spans: number[] = [];
  /** A candidate's generic by its index, for the few brands the lexicon pairs. */
  private readonly genericOf: Map<number, string> | undefined;

  constructor(
    readonly facts: Fact[],
    readonly learned: string[],
    readonly generics: [string, string][],
    readonly notDrugs: string[],
    private readonly prose: string,
    /** The paragraph's mentions: those not settled as facts are its candidates. */
    mentions: readonly Mention[],
  ) {
    for (const m of mentions) {
      if (m.status === 'fact') continue;
      const k = this.spans.length >> 1;
      this.spans.push(m.start, m.end);
      if (m.role !== 'generic' && m.generic) (this.genericOf ??= new Map()).set(k, m.generic);
    }
  }

  get candidates(): Fact[] {
    if (!this.made) {
      this.made = [];
      for (let k = 0; 2 * k < this.spans.length; k++) {
        this.made.push(factAt(this.prose, this.spans[2 * k], this.spans[2 * k + 1], this.genericOf?.get(k)));
      }
    }
    return this.made;
  }
}

/**
 * The learned names to look for written all in lower case (see learnedMentions): those shaped like
 * a generic. One learned from a capitalized word ("Neurofeedback" at a headline's start) may be a
 * common noun in lower case, and "SAMe" is the word "same".
 */
export function lowerCaseNames(learned: ReadonlySet<string>): string[] {
  const names: string[] = [];
  for (const name of learned) if (name.length >= 6 && GENERIC_ENDING.test(name) && !isEnglishWord(name)) names.push(name);
  return names;
}

/**
 * A paragraph's mentions of names learned in the document: its candidates with a learned value,
 * and the `lower` names (lowerCaseNames) where written all in lower case ("Teixobactin is a ...
 * antibiotic", then "synthesise teixobactin"), which the first pass, taking capitalized unknown
 * words only, never makes candidates. Offsets relative to `prose`; finishDrugs drops a mention
 * found both ways.
 */
export function learnedMentions(
  prose: string,
  candidates: readonly Fact[],
  learned: ReadonlySet<string>,
  lower: readonly string[],
): Fact[] {
  let hits: Fact[] | undefined;
  for (let i = 0; i < candidates.length; i++) if (learned.has(candidates[i].value)) (hits ??= []).push(candidates[i]);
  for (let n = 0; n < lower.length; n++) {
    const name = lower[n];
    for (let at = prose.indexOf(name); at >= 0; at = prose.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (!isNameChar(prose.charCodeAt(at - 1)) && prose.charCodeAt(at - 1) !== 45 && !isNameChar(prose.charCodeAt(end))) {
        (hits ??= []).push(factAt(prose, at, end, undefined));
      }
    }
  }
  return hits ?? NO_FACTS;
}

/** The commonest last letters of the lexicon's one-word generics (nine in ten of them end so). */
const GENERIC_ENDING = /(?:ne|in|de|ab|ib|ol|an|te|le|at|il|en|nt|am|ir|on|se|el|um|od|yl|id|ox)$/;

/** An ASCII letter or digit (NaN, outside the text, is neither). */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Document-level step over all paragraphs' scans (offsets already absolute):
 * promotes candidates whose value was learned elsewhere, drops names shown not to be drugs, and
 * spreads generics stated in the text to the other mentions. Returns the document's drug facts sorted.
 */
export function finishDrugs(scans: readonly DrugScan[]): Fact[] {
  // Plain loops: in the editor this runs over every paragraph of the document on each change.
  const learned = new Set<string>();
  const notDrugs = new Set<string>();
  const stated = new Map<string, string>();
  for (const s of scans) {
    for (const value of s.learned) learned.add(value);
    for (const value of s.notDrugs) notDrugs.add(value);
    for (const [name, generic] of s.generics) if (!stated.has(name)) stated.set(name, generic);
  }
  const all: Fact[] = [];
  for (const s of scans) {
    for (const f of s.facts) all.push(f);
    if (learned.size > 0) for (const c of s.candidates) if (learned.has(c.value)) all.push(c);
  }
  const order = (a: Fact, b: Fact) => a.start - b.start || b.end - a.end;
  if (!isSorted(all, order)) all.sort(order);
  const out: Fact[] = [];
  let reached = -1;
  for (const f of all) {
    // A name the text pairs with a drug ("rifampin (RIF)") stays a drug where it also names a test.
    if (f.start < reached || (notDrugs.has(f.value) && !stated.has(f.value))) continue;
    reached = f.end;
    const generic = stated.get(f.value);
    out.push(generic && generic !== f.value ? { ...f, generic } : f);
  }
  return out;
}

function isSorted<T>(xs: readonly T[], order: (a: T, b: T) => number): boolean {
  for (let k = 1; k < xs.length; k++) if (order(xs[k - 1], xs[k]) > 0) return false;
  return true;
}
