/**
 * The few words around a date candidate that decide whether it reads as a date.
 * Every test looks at a short, bounded window next to the candidate, never at
 * the whole text, so the scanner stays linear.
 */

const WINDOW = 28;

/** Up to WINDOW characters before `start`. */
export function before(prose: string, start: number): string {
  return prose.slice(Math.max(0, start - WINDOW), start);
}

/**
 * The words right before `start` when a space separates them from it, trailing space removed;
 * '' when the candidate is glued to what precedes it. The cue patterns then end in a word and
 * "$", never in "\\s+$", which would backtrack over long runs of spaces.
 */
function wordsBefore(prose: string, start: number): string {
  const c = prose[start - 1];
  return c === ' ' || c === '\t' || c === '\n' || c === '\u00a0' ? before(prose, start).trimEnd() : '';
}

/** The last whitespace-separated token of `words` (trimmed words, so never ''). */
function lastToken(words: string): string {
  return words.slice(Math.max(words.lastIndexOf(' '), words.lastIndexOf('\n'), words.lastIndexOf('\t')) + 1);
}

/** Up to 2 * WINDOW characters from `end`. */
export function after(prose: string, end: number): string {
  return prose.slice(end, end + 2 * WINDOW);
}

/** Words after which a month name alone is the calendar month ("as of December", "in early March"). */
const MONTH_CUE =
  /\b(?:in|past|as|as of|since|until|till|by|through|throughout|during|from|to|before|after|early|late|mid|end of|beginning of|start of|middle of|between|and|of|around|circa)$/i;
const MID_HYPHEN = /\bmid-$/i;

/** "the April issue", "an October review": a month name used as a modifier of a common noun. */
const DETERMINED_MONTH = /\b(?:the|an?)$/i;
const COMMON_NOUN_FOLLOWS = /^\s+(?!of\b)[a-z]/;

export function cuesMonth(prose: string, start: number, end: number): boolean {
  if (MID_HYPHEN.test(before(prose, start))) return true;
  const words = wordsBefore(prose, start);
  return MONTH_CUE.test(words) || (DETERMINED_MONTH.test(words) && COMMON_NOUN_FOLLOWS.test(after(prose, end)));
}

/** A capitalized word right after a month name makes it a name ("April Smith"), not a month. */
const NAME_FOLLOWS = /^\s+[A-Z][a-z]/;

export function nameFollows(prose: string, end: number): boolean {
  return NAME_FOLLOWS.test(after(prose, end));
}

/** "on 5 May", "available online 11 April", "from 3 May": a day-first date without a year needs such a word. */
const ON_CUE = /\b(?:on|online|from|until|since|through|before|after|by)$/i;

export function cuesDay(prose: string, start: number): boolean {
  return ON_CUE.test(wordsBefore(prose, start));
}

/** Characters that make a following number something other than a year ($2019, #2019, n=2019, 10.2019, 3/2019). */
const NUMBER_PREFIX_CHARS = '$€£#/\\.,=<>~±≤≥+×*^&@:_%';

/** Before a hyphen, only these make a year ("mid-2020", "pre-2019"); other hyphens mean codes or ranges. */
const HYPHEN_YEAR_CUE = /\b(?:mid|pre|post|early|late|end|year|fiscal|FY)[-–]$/i;

/** Words after which a number is a count, a label or a reference, not a year. */
const NOT_YEAR_WORD =
  /\b(?:No|Nos|p|pp|vol|ref|fig|figure|table|ID|code|grant|room|suite|box|ext|ISBN|route|highway|apt|number|than|some|under|exceeding|additional|another|total|all|score|scored|over)\.?$/i;

/** A year in a name: "the Securities Act of 1995", a meeting's acronym ("ASH 2023"), but not "FY 2020". */
const ACT_OF = /\bAct of$/;
const ACRONYM = /^[A-Z]{2,}$/;
const CAPS_WORDS_NOT_NAMES = new Set(['FY', 'IN', 'BY', 'OF', 'SINCE', 'UNTIL', 'FROM', 'TO', 'AND', 'THE', 'DURING']);

function nameBeforeYear(words: string): boolean {
  if (ACT_OF.test(words)) return true;
  // "(ASCO 2016)": the acronym may open a bracket.
  const last = lastToken(words);
  const token = last[0] === '(' || last[0] === '[' ? last.slice(1) : last;
  return ACRONYM.test(token) && !CAPS_WORDS_NOT_NAMES.has(token);
}

/**
 * Meetings named with their year, before or after the name: "the 2016 ASCO Annual Meeting",
 * "the 2018 American Society of Clinical Oncology (ASCO) Annual Meeting", "AACR Annual Meeting 2016",
 * "World Conference on Lung Cancer 2016". The year is part of the name, as in "ASH 2023".
 */
const EVENT_WORDS = new Set([
  'Meeting', 'Meetings', 'Congress', 'Conference', 'Symposium', 'Sessions', 'Summit', 'Forum',
  'Convention', 'Workshop', 'Expo', 'Week', 'Assembly',
  // Prizes, grants, rankings, reports and guidelines carry a year in their names the same way
  // ("the 2013 Fries Prize", "World Alzheimer Report 2016").
  'Prize', 'Award', 'Awards', 'Grant', 'Rankings', 'Report', 'Recommendation', 'Recommendations',
  'Guideline', 'Guidelines',
  // So do an index and a census ("the 2015 Nature Index", "the 2010 U.S. Census").
  'Index', 'Census',
]);
const NAME_LINKS = new Set(['of', 'on', 'for', 'and', 'the', '&']);
/** How many words of a meeting's name are read, and the characters they may take. */
const NAME_WORDS = 10;
const NAME_CHARS = 110;
const OPENERS = '([“"';
const CLOSERS = ')],.;:!?”"®™';

/** A name's word as written: opening brackets, closing punctuation and marks stripped ("(ASCO)", "Congress™,"). */
function bareWord(token: string): string {
  let from = 0;
  let to = token.length;
  while (from < to && OPENERS.includes(token[from])) from++;
  while (to > from && CLOSERS.includes(token[to - 1])) to--;
  return token.slice(from, to);
}

type NameWord = 'event' | 'name' | 'link' | 'other';

/** "ObesityWeek", "NeuroCongress": an event word glued to the name before it. */
function gluedEvent(word: string): boolean {
  for (const event of EVENT_WORDS) {
    const at = word.length - event.length;
    if (at > 0 && word.endsWith(event) && word[at - 1] >= 'a' && word[at - 1] <= 'z') return true;
  }
  return false;
}

function nameWord(token: string): NameWord {
  const word = bareWord(token);
  if (EVENT_WORDS.has(word) || gluedEvent(word)) return 'event';
  if (NAME_LINKS.has(word)) return 'link';
  return word.length > 0 && word[0] >= 'A' && word[0] <= 'Z' ? 'name' : 'other';
}

/**
 * A token after which a name cannot go on: it ends a clause ("Meeting," "Chicago."). An initial
 * or an abbreviation with its dots ("Foster G. McGaw", "U.S.") goes on.
 */
const closesName = (token: string): boolean => /[,.;:!?]$/.test(token) && !/^(?:[A-Z]\.)+$/.test(token);

const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * Whether the characters from `from` towards `stop` (exclusive; `step` 1 or -1), up to an ASCII
 * space, hold a capital A-Z. Without one, the word next to a year is neither a name's word nor an
 * event word, so no meeting's name runs through it ("in 2019", "2019 patients"): the common case,
 * settled without cutting the text into words.
 */
function capitalInWord(prose: string, from: number, stop: number, step: 1 | -1): boolean {
  for (let i = from; i !== stop; i += step) {
    const c = prose.charCodeAt(i);
    if (isAsciiSpace(c)) return false;
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * True when the year from `start` to `end` opens a meeting's name (name words, then an event
 * word) or stands inside one ("European Society for Medical Oncology 2016 Congress").
 */
export function meetingNameFollows(prose: string, start: number, end: number): boolean {
  if (prose[end] !== ' ') return false;
  if (!capitalInWord(prose, end + 1, Math.min(prose.length, end + 1 + NAME_CHARS), 1)) return false;
  const tokens = prose.slice(end + 1, end + 1 + NAME_CHARS).split(/\s+/, NAME_WORDS);
  for (let i = 0; i < tokens.length; i++) {
    const kind = nameWord(tokens[i]);
    // "In 2010 Congress passed": an event word right after the year names a meeting only
    // after a name that runs on before the year ("Medical Oncology 2016 Congress", "ESMO 2016 Congress").
    if (kind === 'event') return i > 0 || !EVENT_WORDS.has(bareWord(tokens[i])) || nameRunsBefore(prose, start);
    if (kind === 'other' || (kind === 'link' && i === 0) || closesName(tokens[i])) return false;
  }
  return false;
}

/**
 * The words before `start` are a name's: its last word capitalized and an acronym ("ESMO") or
 * after another name word or a link ("Medical Oncology", "Society for"), not a sentence's first
 * word ("In").
 */
function nameRunsBefore(prose: string, start: number): boolean {
  const tokens = prose.slice(Math.max(0, start - NAME_CHARS), start).trimEnd().split(/\s+/);
  const last = tokens[tokens.length - 1];
  const prev = tokens.length > 1 ? tokens[tokens.length - 2] : undefined;
  if (last === undefined || nameWord(last) !== 'name' || closesName(last)) return false;
  if (/^[A-Z]{2,}$/.test(bareWord(last))) return true;
  return prev !== undefined && !closesName(prev) && nameWord(prev) !== 'other';
}

/** True when the year at `start` closes a meeting's name: an event word, then name words. */
export function meetingNameBefore(prose: string, start: number): boolean {
  if (prose[start - 1] !== ' ') return false;
  const lo = Math.max(0, start - NAME_CHARS);
  // A second space would make the word before it the last one: read those the long way.
  if (start - 2 >= lo && !isAsciiSpace(prose.charCodeAt(start - 2)) && !capitalInWord(prose, start - 2, lo - 1, -1)) {
    return false;
  }
  const tokens = prose.slice(lo, start).trimEnd().split(/\s+/);
  const last = Math.max(0, tokens.length - NAME_WORDS);
  for (let i = tokens.length - 1; i >= last; i--) {
    if (closesName(tokens[i])) return false;
    const kind = nameWord(tokens[i]);
    if (kind === 'event') return true;
    if (kind === 'other' || (kind === 'link' && i === tokens.length - 1)) return false;
  }
  return false;
}

/** True when the text before `start` lets the number there be a year. */
export function yearPrefixOk(prose: string, start: number): boolean {
  if (start === 0) return true;
  const c = prose[start - 1];
  if (NUMBER_PREFIX_CHARS.includes(c) || (c >= '0' && c <= '9')) return false;
  if (c === '-' || c === '–') return HYPHEN_YEAR_CUE.test(before(prose, start));
  const words = wordsBefore(prose, start);
  return !NOT_YEAR_WORD.test(words) && !nameBeforeYear(words);
}

/** Counted things and units: "2000 patients", "1950 mg", "2000 older adults", "2000 years ago". */
const COUNT_FOLLOWS =
  /^\s+(?:(?:older|younger|new|more|adult|healthy|eligible|other|pregnant|elderly|young|male|female|enrolled|consecutive|hospitalized|participating|American|U\.S\.)\s)?(?:patients|people|persons|adults|children|kids|teens|adolescents|infants|babies|newborns|men|women|girls|boys|participants|subjects|volunteers|individuals|respondents|residents|members|employees|workers|students|doctors|physicians|nurses|veterans|mothers|fathers|parents|couples|families|households|cases|deaths|births|cells|genes|samples|mice|rats|animals|calories|kcal|steps|words|feet|ft|meters|metres|miles|km|kilometers|hours|minutes|seconds|days|weeks|months|years|times|units|doses|tablets|pills|milligrams|mg|mcg|µg|g|kg|lb|lbs|pounds|ml|mL|IU|dollars|euros|hospitals|clinics|sites|centers|centres|records|visits|admissions|procedures|surgeries|operations|infections|deliveries|pregnancies|tests|scans|images|questions|items|points|beds|sq|square|cubic|cigarettes|drinks|servings|nm|Hz|per|percent|genomes|proteins|compounds|variants|species|pairs|babies|users|patient)\b/;

export function countFollows(prose: string, end: number): boolean {
  // The pattern starts with a space: any other ASCII character after the number settles it.
  const c = prose.charCodeAt(end);
  if (c < 128 && c !== 32 && (c < 9 || c > 13)) return false;
  return COUNT_FOLLOWS.test(after(prose, end));
}

/** Holidays named after a weekday ("Good Friday") and habits ("every Friday") are not dates. */
const WEEKDAY_EVENT = /\b(?:Good|Black|Cyber|Super|Holy|Ash|Easter|Giving|Fat|Maundy|Palm|Blue|Bloody|Manic|[Ee]very|[Ee]ach)$/;

export function weekdayIsEvent(prose: string, start: number): boolean {
  return WEEKDAY_EVENT.test(wordsBefore(prose, start));
}

const THE = /\bthe$/i;

/** "The Sunday Times", "the Monday Night Football broadcast": after "the", a weekday before a capitalized word is a name's. */
export function weekdayInName(prose: string, start: number, end: number): boolean {
  return THE.test(wordsBefore(prose, start)) && nameFollows(prose, end);
}

/** "the last month", "their next year": with a determiner, last/next/this + unit is a span of time. */
const DETERMINER = /\b(?:the|a|an|its|their|his|her|our|my|your|each|every|that|whose|one)$/i;

export function determinerBefore(prose: string, start: number): boolean {
  return DETERMINER.test(wordsBefore(prose, start));
}

/**
 * Verbs and words around "today" that make it the calendar day ("announced today", "today said",
 * "a press briefing today", "their findings today at the Annual Meeting", "today in the journal ...",
 * "published in the journal Nature today", "published in Nature today").
 */
const TODAY_BEFORE =
  /\b(?:announced|announces|said|says|reported|reports|released|releases|published|publishes|launched|launches|issued|issues|unveiled|unveils|presented|presents|posted|approved|approves|granted|grants|cleared|clears|filed|files|received|receives|introduced|introduces|revealed|reveals|told|tells|stated|states|confirmed|confirms|disclosed|discloses|declared|declares|named|names|appointed|submitted|initiated|began|begins|started|starts|completed|completes|online|earlier|later|as of|effective|until|starting|beginning|signed|opened|opens|closed|held|hosted|hosts|expected|scheduled|due|announce|release|publish|report|present|featured|updated|briefing|webcast|teleconference|conference|interviews|out|BMJ|JAMA|NEJM|Lancet)$/i;
/** "in the journal Nature today": a journal's name, told by the word "journal" before it. */
const JOURNAL_WORD = /\bjournal$/i;

/** "published in Nature today", "reported in The Lancet today": a capitalized title after such a verb and "in". */
const PUBLISHED_IN_TITLE = /\b(?:published|reported|appears|appeared|presented) in (?:[A-Z][\w&.-]* ){0,3}[A-Z][\w&.-]*$/;

function journalNameBefore(words: string): boolean {
  if (PUBLISHED_IN_TITLE.test(words)) return true;
  const name = lastToken(words);
  if (!(name[0] >= 'A' && name[0] <= 'Z')) return false;
  return JOURNAL_WORD.test(words.slice(0, words.length - name.length).trimEnd());
}

const TODAY_AFTER =
  /^,?\s+(?:announced|announces|said|says|reported|reports|released|releases|published|publishes|launched|launches|issued|issues|unveiled|unveils|presented|presents|posted|approved|approves|granted|grants|filed|files|received|receives|introduced|introduces|revealed|reveals|confirmed|confirms|disclosed|discloses|declared|declares|named|names|appointed|submitted|initiated|began|begins|started|starts|completed|completes|signed|opened|opens|closed|provided|provides|shared|shares|highlighted|highlights|unveiled|added|adds|welcomed|welcomes|entered|enters|made|makes|permitted|will (?:present|host|hold|announce|release|publish|report|discuss|share|be (?:presented|held|released|published|announced|discussed)))\b|^\s*\((?:[A-Z][a-z]{2}|\d)|^ at (?:the|a|an) [A-Z]|^ in (?:the )?(?:journal|JAMA|BMJ|NEJM|Lancet|Nature|Science|The Lancet)\b/;

export function todayIsCalendarDay(prose: string, start: number, end: number): boolean {
  // "published today" or "published (today ...": step over one opening bracket.
  const bracket = prose[start - 1] === '(' ? 1 : 0;
  const words = bracket ? before(prose, start - 1).trimEnd() : wordsBefore(prose, start);
  return TODAY_BEFORE.test(words) || (words !== '' && journalNameBefore(words)) || TODAY_AFTER.test(after(prose, end));
}
