import type { Fact } from '../facts';
import {
  FULL_MONTH_WORDS,
  MONTH_WORDS,
  SEASON_WORDS,
  WEEKDAY_WORDS,
  daysInMonth,
  isoDay,
  isoMonth,
  isPlausibleYear,
  monthNumber,
  partNumber,
  yearlessIso,
} from './dates/calendar';
import {
  before,
  countFollows,
  cuesDay,
  cuesMonth,
  determinerBefore,
  meetingNameBefore,
  meetingNameFollows,
  nameFollows,
  todayIsCalendarDay,
  weekdayIsEvent,
  weekdayInName,
  yearPrefixOk,
} from './dates/context';
import { ANCHOR_KINDS, type AnchorKind } from './dates/anchors';
import { Tokens } from '../words/tokens';

/**
 * The date scanner. The word tokenizer's pass over the bytes finds anchors (a word starting
 * with a digit, or with the first letters of a month, weekday, season, relative or ordinal
 * word: dates/anchors.ts); at each anchor a few
 * sticky regexes read the expression that starts there, and bounded look-arounds
 * decide whether it is a date. The scan resumes after the accepted span, so the
 * facts come out sorted and never overlap.
 *
 * Decisions where FACTS.md is silent:
 * - seasons with a year: `2022-spring` (autumn is written `fall`);
 * - halves of a year: `2020-H1` / `2020-H2`;
 * - a span of years ("2019-2020", "2019-20") is two facts, one per year ("20" -> `2020`);
 * - "early", "mid-", "late", "end of", "beginning of", "start of", "middle of" belong to the span of a
 *   month, year or period they modify, whose value keeps the named period's precision ("early 2025" ->
 *   `2025`, "end of 2016" -> `2016`, "early May" -> `--05`); a leading "the" stays out;
 * - years in names are not dates: "Act of 1995", a meeting's "ASH 2023", "the 2016 ASCO Annual Meeting",
 *   "AACR Annual Meeting 2016";
 * - a day range with a year ("March 5-7, 2021", "April 21 to 27, 2018", "5-7 March 2021") is one span
 *   with the first day's value;
 * - a citation's year-first date ("2000 Apr;", "Epub 2013 Nov 26.") is one span;
 * - last/next/this + weekday, month or season ("last December") is relative: `relative:last-december`.
 */

interface Found {
  end: number;
  /** null: a date-shaped expression that is no valid date ("February 30, 2021"); skipped whole. */
  value: string | null;
  /** A second fact read in the same step: the last year of "2019-2020". */
  also?: { start: number; end: number; value: string };
}

const MON = `(${MONTH_WORDS})\\.?`;
/** Between a month and its day: a space, or none after the abbreviation's period ("Dec.1", "Jan.15, 2016"). */
const MON_GAP = '(?:\\s+|(?<=\\.))';
/** A day of the month with an optional ordinal suffix ("5", "5th"). */
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** Nothing that continues the number: letters, digits, "%", decimals, thousands, ranges, slashes. */
const NUM_END = '(?![\\w%°]|[.,:]\\d|[-–/]\\d)';

/** The second day of a range: "9-12", "21 to 27". Dash and words start differently, so no backtracking. */
const DAY_RANGE = '(?:\\s?[-–]\\s?|\\s+(?:to|through|until)\\s+)\\d{1,2}(?:st|nd|rd|th)?';

const MONTH_DAY_YEAR = new RegExp(`${MON}${MON_GAP}${DAY}(?:${DAY_RANGE})?,?\\s+(\\d{4})${NUM_END}`, 'iy');
const MONTH_YEAR = new RegExp(`${MON},?\\s+(?:of\\s+)?(\\d{4})${NUM_END}`, 'iy');
/** Group 3: the range's second day ("May 6-10", "March 6 to 9"), dropped when a count follows ("to 10 days"). */
const MONTH_DAY = new RegExp(`${MON}${MON_GAP}${DAY}(${DAY_RANGE}(?!\\d))?(?![\\w%°]|[.,:]\\d)`, 'iy');
/** After a month name: " of this year", " last year", " next year". */
const OF_RELATIVE_YEAR = / (?:of )?(?:this|last|next) year\b/iy;
const MONTH_ALONE = new RegExp(`(${FULL_MONTH_WORDS}|Sept\\.)(?![\\w-])`, 'iy');

const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})(?![\w-]|[.:]\d)/y;
const US_DATE = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\w/]|[.:]\d)/y;
const DAY_MONTH_YEAR = new RegExp(`${DAY}(?:[-–]\\d{1,2})?\\s+(?:of\\s+)?${MON},?\\s+(\\d{4})${NUM_END}`, 'iy');
/**
 * A citation's date, year first: "2000 Apr;", "Epub 2013 Nov 26.", "2014 Jan 16;32(3)". Only where a
 * citation's punctuation or the line's end follows, so that running text ("in 2019 May Chen") stays out.
 */
const YEAR_MONTH_DAY = new RegExp(`(\\d{4}) ${MON}(?: ${DAY})?(?=[;.,:)\\n]|$)`, 'iy');
const DAY_MONTH = new RegExp(`${DAY}\\s+(?:of\\s+)?(${MONTH_WORDS})\\b`, 'iy');
/** "the 29th of April": an ordinal day "of" a month is a date without any cue before it. */
const ORDINAL_OF_MONTH = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)\\s+of\\s+(${MONTH_WORDS})\\b`, 'iy');
const DIGIT_PART = /([1-4])([QH])\s?(\d{4}|\d{2})(?![\w%]|[.,]\d)/y;
const ORDINAL_DIGIT_PART = /([1-4])(?:st|nd|rd|th)[-\s]+(quarter|half)(?:\s+of|,)?\s+(\d{4})(?![\w%]|[.,]\d)/iy;
const YEAR_RANGE = /(\d{4})\s?[-–—/]\s?(\d{4}|\d{2})(?![\w%]|[-–/.,:]\d)/y;
/** A year, not a decade ("the 1970's") nor part of a longer number or a code. */
const YEAR = /(\d{4})(?![\w%°]|[.,:/]\d|[-–]\d|['’]s\b)/y;

const WEEKDAY_LEAD = new RegExp(`(${WEEKDAY_WORDS}),?\\s+`, 'iy');
const WEEKDAY = new RegExp(`(${WEEKDAY_WORDS})`, 'iy');
const YESTERDAY = /(yesterday|tomorrow|tonight)/iy;
const TODAY = /today(?!['’]s\b)/iy;
const EDGE_RELATIVE = new RegExp(
  `(earlier|later|early|late)\\s+(this|last|next)\\s+(year|month|week|${SEASON_WORDS})(?![\\w-])`,
  'iy',
);
const NEAR_RELATIVE = new RegExp(
  `(last|next|this)\\s+(weekend|week|month|quarter|year|morning|afternoon|evening|night|${SEASON_WORDS}|${WEEKDAY_WORDS}|${FULL_MONTH_WORDS})(?![\\w-]|\\s+of\\b)`,
  'iy',
);
/** Relative periods that a modifier can narrow ("end of this year": withModifier): a year, quarter, month, week or season. */
const RELATIVE_PERIOD = new RegExp(`^relative:(?:this|last|next)-(?:year|quarter|month|week|${SEASON_WORDS})$`);
const SEASON_YEAR = new RegExp(`(${SEASON_WORDS})(?:\\s+of|,)?\\s+(\\d{4})${NUM_END}`, 'iy');
const Q_YEAR = /Q([1-4])(?:\s?['’](\d{2})|(?:[-/]|,\s|\s(?:of\s)?)?(\d{4}))(?![\w%]|[.,]\d)/iy;
const ORDINAL_PART = /(first|second|third|fourth|last|final)[-\s]+(quarter|half)(?:\s+of|,)?\s+(\d{4})(?![\w%]|[.,]\d)/iy;


function at(re: RegExp, prose: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(prose);
}

const isCapitalized = (word: string): boolean => word[0] >= 'A' && word[0] <= 'Z';

function fullDate(year: number, month: number, day: number, end: number): Found {
  if (!isPlausibleYear(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { end, value: null };
  }
  return { end, value: isoDay(year, month, day) };
}

/** A date that starts with a month name: "March 31, 2021", "March 2021", "March 5". */
function monthFirst(prose: string, pos: number): Found | null {
  let m = at(MONTH_DAY_YEAR, prose, pos);
  if (m && isCapitalized(m[1])) return fullDate(Number(m[3]), monthNumber(m[1]), Number(m[2]), pos + m[0].length);
  m = at(MONTH_YEAR, prose, pos);
  if (m && isCapitalized(m[1]) && isPlausibleYear(Number(m[2]))) {
    return { end: pos + m[0].length, value: isoMonth(Number(m[2]), monthNumber(m[1])) };
  }
  m = at(MONTH_DAY, prose, pos);
  if (m && isCapitalized(m[1])) {
    const month = monthNumber(m[1]);
    const day = Number(m[2]);
    if (day < 1 || day > daysInMonth(2000, month)) return null;
    const end = pos + m[0].length;
    const range = m[3];
    return { end: range && countFollows(prose, end) ? end - range.length : end, value: yearlessIso(month, day) };
  }
  return null;
}

function isoAt(prose: string, pos: number): Found | null {
  if (prose.charCodeAt(pos + 4) !== 45) return null; // '-' after the year
  const m = at(ISO_DATE, prose, pos);
  return m ? fullDate(Number(m[1]), Number(m[2]), Number(m[3]), pos + m[0].length) : null;
}

/**
 * A date that starts with digits: ISO, US numeric, "31 March 2021", "on 5 May" (when `dayCue`, or
 * when it is null and a cue precedes), "the 3rd of May".
 */
function digitsFirst(prose: string, pos: number, dayCue: boolean | null): Found | null {
  const iso = isoAt(prose, pos);
  if (iso) return iso;
  let m = at(US_DATE, prose, pos);
  if (m) return fullDate(Number(m[3]), Number(m[1]), Number(m[2]), pos + m[0].length);
  m = at(DAY_MONTH_YEAR, prose, pos);
  if (m && isCapitalized(m[2])) return fullDate(Number(m[3]), monthNumber(m[2]), Number(m[1]), pos + m[0].length);
  // An ordinal day "of" a month matches as DAY_MONTH does, so the cue is read only after a match.
  m = at(DAY_MONTH, prose, pos);
  if (m && isCapitalized(m[2]) && ((dayCue ?? cuesDay(prose, pos)) || at(ORDINAL_OF_MONTH, prose, pos) !== null)) {
    const month = monthNumber(m[2]);
    const day = Number(m[1]);
    if (day >= 1 && day <= daysInMonth(2000, month)) return { end: pos + m[0].length, value: yearlessIso(month, day) };
  }
  return null;
}

/** A quarter or half written with digits or ordinals ("3Q23", "3rd quarter of 2023", "first half of 2020"). */
function part(which: number, unit: string, year: number, end: number): Found | null {
  if (!isPlausibleYear(year)) return null;
  if (unit.toLowerCase() === 'half') return which <= 2 ? { end, value: `${year}-H${which}` } : null;
  return { end, value: `${year}-Q${which}` };
}

const twoDigitYear = (yy: string): number => 2000 + Number(yy);

/** A year or a span of years standing alone, when its neighbours let it read as a year. */
function yearAt(prose: string, pos: number): Found | null {
  if (!yearPrefixOk(prose, pos)) return null;
  // The expressions below need a space and a capital ("2000 Apr;"), or a dash or slash ("2019-20"), next.
  const next = prose.charCodeAt(pos + 4);
  let m = next === 32 && isMonthInitial(prose.charCodeAt(pos + 5)) ? at(YEAR_MONTH_DAY, prose, pos) : null;
  if (m && isCapitalized(m[2])) {
    const end = pos + m[0].length;
    const year = Number(m[1]);
    if (m[3] !== undefined) return fullDate(year, monthNumber(m[2]), Number(m[3]), end);
    if (isPlausibleYear(year)) return { end, value: isoMonth(year, monthNumber(m[2])) };
  }
  m = mayRange(next, prose.charCodeAt(pos + 5)) ? at(YEAR_RANGE, prose, pos) : null;
  if (m) {
    const first = Number(m[1]);
    const last = m[2].length === 2 ? first - (first % 100) + Number(m[2]) : Number(m[2]);
    const end = pos + m[0].length;
    if (isPlausibleYear(first) && isPlausibleYear(last) && last > first && !countFollows(prose, end)) {
      const lastStart = end - m[2].length;
      return { end: pos + 4, value: m[1], also: { start: lastStart, end, value: String(last) } };
    }
    return null;
  }
  m = at(YEAR, prose, pos);
  if (!m || !isPlausibleYear(Number(m[1]))) return null;
  const end = pos + m[0].length;
  return countFollows(prose, end) || inMeetingName(prose, pos, end) ? null : { end, value: m[1] };
}

/** "-", "/" or a non-ASCII character, which may be a dash. */
const mayBeDash = (c: number): boolean => c === 45 || c === 47 || c > 127;

/** Whether a span of years may go on with these two characters after its first year: `\s?[-–—/]`. */
const mayRange = (c: number, after: number): boolean => mayBeDash(c) || (isAsciiSpace(c) && mayBeDash(after));

/** "the 2016 ASCO Annual Meeting", "AACR Annual Meeting 2016": checked only once a year has matched. */
const inMeetingName = (prose: string, start: number, end: number): boolean =>
  meetingNameBefore(prose, start) || meetingNameFollows(prose, start, end);

/** Length of the run of digits at `pos`, counted up to 5. */
function digitRun(prose: string, pos: number): number {
  let i = pos;
  while (i < pos + 5 && i < prose.length && prose.charCodeAt(i) >= 48 && prose.charCodeAt(i) <= 57) i++;
  return i - pos;
}

/**
 * A year of an earlier century (1000-1899), where nothing but a year fits: after "in" or "since"
 * and before a clause boundary or "in", "as", "when" ("founded in 1765 as the nation's first",
 * "first produced in 1865, was", "Since 1878, the"). Not a count: "in 1090 individuals".
 */
function historicalYear(prose: string, pos: number): Found | null {
  if (prose.charCodeAt(pos) !== 49 || prose.charCodeAt(pos + 1) === 57 || prose.charCodeAt(pos - 1) !== 32) return null;
  const end = pos + 4;
  if (!HISTORICAL_BEFORE.test(before(prose, pos - 1)) || !HISTORICAL_AFTER.test(prose.slice(end, end + 6))) return null;
  return { end, value: prose.slice(pos, end) };
}
const HISTORICAL_BEFORE = /(?:^|[^\p{L}\p{N}])(?:[Ii]n|[Ss]ince)$/u;
const HISTORICAL_AFTER = /^(?:[,.;:)]|$|\s(?:in|as|when)\b)/;

/** Whether the two digits at `pos` are "19" or "20": the centuries of a plausible year. */
function plausibleCentury(prose: string, pos: number): boolean {
  const c0 = prose.charCodeAt(pos);
  const c1 = prose.charCodeAt(pos + 1);
  return (c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48);
}

/**
 * Whether a 4-digit number of another century can still start a date-shaped expression that is
 * skipped whole: an ISO date ("1850-02-30") or a citation's "1850 Apr 3;".
 */
function otherCenturyShape(prose: string, pos: number): boolean {
  const c = prose[pos + 4];
  if (c === '-') return true;
  const next = prose.charCodeAt(pos + 5);
  return c === ' ' && next >= 65 && next <= 90;
}

/**
 * Characters that can follow the 1-2 digits of a date: "/" (3/5/2021), a dash (5-7 March), an
 * ordinal suffix (5th, 1st, 2nd, 3rd), "Q" or "H" (3Q23, 1H2020) or a space (5 May). Other ASCII
 * ("5%", "5,", "5.") ends the reading at once; other characters may be spaces, so they go on.
 */
function mayFollowDay(c: number): boolean {
  if (c > 127) return true;
  // '/', '-', 'Q', 'H', 's', 'n', 'r', 't' in either case, ASCII whitespace.
  return (
    c === 47 || c === 45 || c === 81 || c === 72 || c === 32 || (c >= 9 && c <= 13) ||
    ORDINAL_SUFFIX_LETTER.has(c | 32)
  );
}
const ORDINAL_SUFFIX_LETTER = new Set([...'snrt'].map((l) => l.charCodeAt(0)));

const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** The capitals that start month words: a month is taken only when capitalized. */
const MONTH_INITIAL = new Uint8Array(128);
for (const word of MONTH_WORDS.split('|')) MONTH_INITIAL[word.charCodeAt(0)] = 1;
const isMonthInitial = (c: number): boolean => c < 128 && MONTH_INITIAL[c] === 1;

/**
 * Whether a capitalized month word, or "of" before one, may start after the spaces from `from`
 * (any non-ASCII character may be a space: the expressions decide). False settles that no
 * day-first date is here without running them: the common case of a count ("12 patients").
 */
function monthMayFollow(prose: string, from: number): boolean {
  let i = from;
  while (isAsciiSpace(prose.charCodeAt(i))) i++;
  const c = prose.charCodeAt(i);
  return c > 127 || isMonthInitial(c) || ((c | 32) === 111 && (prose.charCodeAt(i + 1) | 32) === 102);
}

function digitAnchor(prose: string, pos: number): Found | null {
  // Only runs of 4 digits (a year, an ISO date) or of 1-2 digits (a day, a quarter) start a date:
  // the many other numbers in news text cost one short loop.
  const digits = digitRun(prose, pos);
  if (digits === 4) {
    if (!plausibleCentury(prose, pos) && !otherCenturyShape(prose, pos)) return historicalYear(prose, pos);
    return isoAt(prose, pos) ?? yearAt(prose, pos);
  }
  const next = prose.charCodeAt(pos + digits);
  if (digits > 2 || !mayFollowDay(next)) return null;
  // "12 patients": after a space only a day-first date ("12 May") can start here.
  if (isAsciiSpace(next) && !monthMayFollow(prose, pos + digits + 1)) return null;
  const found = digitsFirst(prose, pos, null);
  if (found) return found;
  let m = at(DIGIT_PART, prose, pos);
  if (m) {
    const year = m[3].length === 2 ? twoDigitYear(m[3]) : Number(m[3]);
    return part(Number(m[1]), m[2] === 'H' ? 'half' : 'quarter', year, pos + m[0].length);
  }
  // A year needs 4 digits: this short number is no date.
  m = at(ORDINAL_DIGIT_PART, prose, pos);
  return m ? part(Number(m[1]), m[2], Number(m[3]), pos + m[0].length) : null;
}

function monthAnchor(prose: string, pos: number): Found | null {
  // Months are capitalized; most anchors here are the verb "may" or words like "market".
  if (!isCapitalized(prose[pos])) return null;
  const found = monthFirst(prose, pos);
  if (found) return found;
  const m = at(MONTH_ALONE, prose, pos);
  if (!m || !isCapitalized(m[1])) return null;
  const end = pos + m[0].length;
  // "March of this year", "January last year": one relative date, the year its own cue.
  const year = at(OF_RELATIVE_YEAR, prose, end);
  if (year) return { end: end + year[0].length, value: relative(m[1].replace('.', ''), ...year[0].trim().split(' ')) };
  if (!cuesMonth(prose, pos, end)) return null;
  return nameFollows(prose, end) ? null : { end, value: yearlessIso(monthNumber(m[1])) };
}

/** "Tuesday, March 15, 2016" (one span with the date's value) or a weekday alone ("on Friday"). */
function weekdayAnchor(prose: string, pos: number): Found | null {
  if (!isCapitalized(prose[pos])) return null;
  const lead = at(WEEKDAY_LEAD, prose, pos);
  if (lead && isCapitalized(lead[1])) {
    const next = pos + lead[0].length;
    const date = monthFirst(prose, next) ?? digitsFirst(prose, next, true);
    if (date) return date;
  }
  const m = at(WEEKDAY, prose, pos);
  if (!m || !isCapitalized(m[1]) || weekdayIsEvent(prose, pos) || weekdayInName(prose, pos, pos + m[0].length)) return null;
  return { end: pos + m[0].length, value: relative(m[1]) };
}

const relative = (...words: string[]): string => 'relative:' + words.map((w) => w.toLowerCase()).join('-');

/** Relative words: "yesterday", "today" as the calendar day, "later this year", "last month", "this Friday". */
function relativeAnchor(prose: string, pos: number): Found | null {
  // "earl(ier|y)", "late(r)" lead an edge; "this", "last", "next" a near period.
  const fourth = prose.charCodeAt(pos + 3) | 32; // 'l' of "earl", 'e' of "late"
  if (fourth === 108 || fourth === 101) {
    const m = at(EDGE_RELATIVE, prose, pos);
    return m ? { end: pos + m[0].length, value: relative(m[1], m[2], m[3]) } : null;
  }
  const m = at(NEAR_RELATIVE, prose, pos);
  // "last quarter of 2007": a part of a year, as "fourth quarter of 2007".
  if (!m) return ordinalAnchor(prose, pos);
  if (determinerBefore(prose, pos)) return null;
  const unit = m[2];
  // A weekday or month after last/next/this is only a date when capitalized ("this May", not "this may").
  if (isNamedUnit(unit)) {
    // "this may" is a verb; "this July 7, 2017" is the full date, read from the month on.
    if (!isCapitalized(unit)) return null;
    const unitAt = pos + m[0].length - unit.length;
    if (monthFirst(prose, unitAt)) return null;
  }
  return { end: pos + m[0].length, value: relative(m[1], m[2]) };
}

const NAMED_UNIT = new RegExp(`^(?:${WEEKDAY_WORDS}|${FULL_MONTH_WORDS})$`, 'i');
const isNamedUnit = (word: string): boolean => NAMED_UNIT.test(word);

function dayWordAnchor(prose: string, pos: number): Found | null {
  const y = at(YESTERDAY, prose, pos);
  if (y) return { end: pos + y[0].length, value: relative(y[1]) };
  const t = at(TODAY, prose, pos);
  if (!t) return null;
  const end = pos + t[0].length;
  return todayIsCalendarDay(prose, pos, end) ? { end, value: 'relative:today' } : null;
}

function seasonAnchor(prose: string, pos: number): Found | null {
  const m = at(SEASON_YEAR, prose, pos);
  if (!m || !isPlausibleYear(Number(m[2]))) return null;
  const season = m[1].toLowerCase() === 'autumn' ? 'fall' : m[1].toLowerCase();
  return { end: pos + m[0].length, value: `${m[2]}-${season}` };
}

function quarterAnchor(prose: string, pos: number): Found | null {
  const m = at(Q_YEAR, prose, pos);
  if (!m) return null;
  const year = m[2] !== undefined ? twoDigitYear(m[2]) : Number(m[3]);
  return part(Number(m[1]), 'quarter', year, pos + m[0].length);
}

function ordinalAnchor(prose: string, pos: number): Found | null {
  const m = at(ORDINAL_PART, prose, pos);
  return m ? part(partNumber(m[1], m[2]), m[2], Number(m[3]), pos + m[0].length) : null;
}

const HANDLERS: Record<AnchorKind, (prose: string, pos: number) => Found | null> = {
  digit: digitAnchor,
  month: monthAnchor,
  weekday: weekdayAnchor,
  day: dayWordAnchor,
  relative: relativeAnchor,
  season: seasonAnchor,
  quarter: quarterAnchor,
  ordinal: ordinalAnchor,
};

/** The handlers by kind code (ANCHOR_KINDS). */
const HANDLER_BY_CODE = ANCHOR_KINDS.map((kind) => HANDLERS[kind]);

/** Every expression built from a template, for the regex-safety test (it cannot read them from the source). */
export const REGEXES: readonly RegExp[] = [
  MONTH_DAY_YEAR, MONTH_YEAR, MONTH_DAY, MONTH_ALONE, DAY_MONTH_YEAR, DAY_MONTH, ORDINAL_OF_MONTH, YEAR_MONTH_DAY,
  WEEKDAY_LEAD, WEEKDAY, EDGE_RELATIVE, NEAR_RELATIVE, SEASON_YEAR, NAMED_UNIT, RELATIVE_PERIOD,
];

/** The result of the many paragraphs that hold no date (frozen: no caller may add to it). */
const NO_DATES: Fact[] = Object.freeze([]) as unknown as Fact[];

/**
 * Finds calendar dates (full, partial, relative) in prose; `resolved` is left for resolveDates.
 * `tokens`: the paragraph's words already read (the engine reads them once for every scanner),
 * whose word starts say where a date may begin; read here when not given.
 */
export function scanDates(prose: string, tokens: Tokens = new Tokens().read(prose)): Fact[] {
  let facts = NO_DATES;
  const { at: anchorAt, kind, count } = tokens.dateAnchors;
  // Anchors never overlap, so the next one tried is the first after the accepted span.
  let resume = 0;
  for (let k = 0; k < count; k++) {
    const pos = anchorAt[k];
    if (pos < resume) continue;
    const found = HANDLER_BY_CODE[kind[k]](prose, pos);
    if (!found) continue;
    resume = found.also?.end ?? found.end;
    if (found.value === null) continue;
    const { start, value } = withModifier(prose, pos, found.value, facts);
    if (facts === NO_DATES) facts = [];
    facts.push({ kind: 'date', text: prose.slice(start, found.end), start, end: found.end, value });
    const also = found.also;
    if (also) facts.push({ kind: 'date', text: prose.slice(also.start, also.end), ...also });
  }
  return facts;
}

/**
 * "early", "mid-", "late", "end of", "beginning of", "start of", "middle of", and "earlier in",
 * "later in", "early in", "late in" narrow the period after them.
 */
const MODIFIER = /\b(?:(?:early|late|mid)(?:-|\s+)|(?:early|late|earlier|later)\s+in\s+|(?:end|beginning|start|middle)\s+of\s+)$/i;
/** Month, year, quarter or half values: the periods that "early", "mid-" and "late" can narrow. */
const PERIOD_VALUE = /^(?:\d{4}(?:-(?:\d{2}|Q[1-4]|H[12]))?|--\d{2})$/;
/**
 * What narrows a relative period ("end of this year", "the second half of next year"); "early" and
 * "late" are read with it already ("early next year", EDGE_RELATIVE).
 */
const RELATIVE_MODIFIER = /\b(?:(?:end|beginning|start|middle)\s+of|(?:first|second|last|final)\s+half\s+of|(?:first|second|third|fourth|last|final)\s+quarter\s+of)\s+$/i;

/**
 * The fact's start and value once a modifier before it is taken into its span: an absolute
 * period keeps its value ("end of 2016" -> `2016`); a relative one takes the words
 * ("end of this year" -> `relative:end-of-this-year`).
 */
function withModifier(prose: string, pos: number, value: string, facts: readonly Fact[]): { start: number; value: string } {
  const relative = RELATIVE_PERIOD.test(value);
  if (!relative && !PERIOD_VALUE.test(value)) return { start: pos, value };
  const m = (relative ? RELATIVE_MODIFIER : MODIFIER).exec(before(prose, pos));
  if (!m) return { start: pos, value };
  const start = pos - m[0].length;
  const previousEnd = facts.length > 0 ? facts[facts.length - 1].end : 0;
  if (start < previousEnd) return { start: pos, value };
  return { start, value: relative ? `relative:${m[0].trim().toLowerCase().split(/\s+/).join('-')}-${value.slice('relative:'.length)}` : value };
}
