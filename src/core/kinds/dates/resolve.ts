import type { Fact } from '../../facts';
import {
  addDays,
  daysInMonth,
  formatYmd,
  isoDay,
  isoMonth,
  monthNumber,
  parseIsoDay,
  partNumber,
  weekdayNumber,
  weekdayOf,
  type Ymd,
} from './calendar';

/**
 * Turns partial and relative date values into the ISO date they stand for,
 * seen from a reference day (the document's own date). News convention: a
 * month, a day or a weekday without a year is the most recent one on or before
 * the reference ("as of December", "on Friday") unless its clause speaks of the
 * future ("is expected by June 30", "will meet in January"): then it is the next
 * one on or after the reference.
 *
 * Precision follows the words: "last month" -> `YYYY-MM`, "next year" -> `YYYY`,
 * "this quarter" -> `YYYY-Qn`, "this summer" -> `YYYY-summer`, "this morning" -> the day.
 * Week-level points ("this week", "last week", "next weekend") resolve to the ISO
 * week, `YYYY-Www`, as the evaluation set does (test/fixtures/articles/README.md).
 */

const YEARLESS_MONTH = /^--(\d{2})$/;
const YEARLESS_DAY = /^--(\d{2})-(\d{2})$/;
const RELATIVE = 'relative:';
const EDGE_WORDS = new Set(['earlier', 'later', 'early', 'late']);

type Direction = 'last' | 'next' | 'this';

/**
 * The year of a month (and day) read in the past tense: this year's when the month is not later
 * than the reference's month, else last year's. By month, not by day: "published May 4" in a
 * May 3 article is the next day (an embargoed journal's date), not a year ago; the evaluation
 * set's annotators read it so, twice (test/fixtures/articles/README.md).
 */
function yearOnOrBefore(ref: Ymd, month: number): number {
  return month <= ref.month ? ref.year : ref.year - 1;
}

/** The year in which month `month` (and `day`) next falls on or after `ref`. */
function yearOnOrAfter(ref: Ymd, month: number, day: number): number {
  return month > ref.month || (month === ref.month && day >= ref.day) ? ref.year : ref.year + 1;
}

function yearlessDay(ref: Ymd, month: number, day: number, future: boolean): string | null {
  let year = future ? yearOnOrAfter(ref, month, day) : yearOnOrBefore(ref, month);
  // 29 February: move to the nearest leap year in the same direction.
  for (let i = 0; i < 8 && day > daysInMonth(year, month); i++) year += future ? 1 : -1;
  return day <= daysInMonth(year, month) ? isoDay(year, month, day) : null;
}

/** ISO 8601 week of a day: the week (Monday-Sunday) belongs to the year of its Thursday. */
function isoWeek(d: Ymd): string {
  const thursday = addDays(d, 4 - (weekdayOf(d) || 7));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const dayOfYear = Math.round((Date.UTC(thursday.year, thursday.month - 1, thursday.day) - Date.UTC(jan1.year, 0, 1)) / 86_400_000);
  const week = Math.floor(dayOfYear / 7) + 1;
  return `${thursday.year}-W${week < 10 ? '0' : ''}${week}`;
}

function shiftQuarter(ref: Ymd, delta: number): string {
  const index = ref.year * 4 + Math.floor((ref.month - 1) / 3) + delta;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

function shiftMonth(ref: Ymd, delta: number): string {
  const index = ref.year * 12 + (ref.month - 1) + delta;
  return isoMonth(Math.floor(index / 12), (index % 12) + 1);
}

function weekday(ref: Ymd, target: number, direction: Direction | null, future = false): string {
  const back = (weekdayOf(ref) - target + 7) % 7;
  const ahead = (target - weekdayOf(ref) + 7) % 7;
  if (direction === null) return formatYmd(addDays(ref, future ? ahead : -back));
  if (direction === 'last') return formatYmd(addDays(ref, -(back === 0 ? 7 : back)));
  if (direction === 'next') return formatYmd(addDays(ref, ahead === 0 ? 7 : ahead));
  return formatYmd(addDays(ref, ahead));
}

function namedMonth(ref: Ymd, month: number, direction: Direction): string {
  if (direction === 'this') return isoMonth(ref.year, month);
  if (direction === 'last') return isoMonth(month < ref.month ? ref.year : ref.year - 1, month);
  return isoMonth(month > ref.month ? ref.year : ref.year + 1, month);
}

/** Northern-hemisphere seasons; winter counts both at the start (Jan-Feb) and the end (Dec) of a year. */
const SEASON_ORDER: Record<string, number> = { winter: 0, spring: 1, summer: 2, fall: 3, autumn: 3 };

function currentSeason(month: number): number {
  if (month === 12) return 4;
  return month <= 2 ? 0 : Math.floor(month / 3);
}

function season(ref: Ymd, name: string, direction: Direction): string {
  const label = name === 'autumn' ? 'fall' : name;
  const now = currentSeason(ref.month);
  if (direction === 'this') return `${ref.year}-${label}`;
  if (direction === 'last') return `${SEASON_ORDER[name] < now ? ref.year : ref.year - 1}-${label}`;
  const order = name === 'winter' ? 4 : SEASON_ORDER[name];
  return `${order > now ? ref.year : ref.year + 1}-${label}`;
}

const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

function relative(ref: Ymd, words: string[], future: boolean): string | null {
  if (words.length === 1) {
    const [w] = words;
    if (w === 'today' || w === 'tonight') return formatYmd(ref);
    if (w === 'yesterday') return formatYmd(addDays(ref, -1));
    if (w === 'tomorrow') return formatYmd(addDays(ref, 1));
    const day = weekdayNumber(w);
    return day >= 0 ? weekday(ref, day, null, future) : null;
  }
  // "March of this year", "January last year": that month of the year the other words name.
  const named = monthNumber(words[0]);
  if (named > 0 && words[words.length - 1] === 'year') {
    const year = relative(ref, words.slice(words[1] === 'of' ? 2 : 1), future);
    return year === null ? null : isoMonth(Number(year), named);
  }
  // "earlier this year", "end of this year", "the second half of this year" point into the same
  // period as "this year": the words after "of", or after an edge word.
  const of = words.indexOf('of');
  const [direction, unit] = (of >= 0 ? words.slice(of + 1) : EDGE_WORDS.has(words[0]) ? words.slice(1) : words) as [Direction, string];
  const step = direction === 'last' ? -1 : direction === 'next' ? 1 : 0;
  // A half or quarter of a year is YYYY-Hn or YYYY-Qn; ISO has no half of a month, week or season.
  if (words[1] === 'half') return unit === 'year' ? `${ref.year + step}-H${partNumber(words[0], 'half')}` : null;
  if (words[1] === 'quarter' && of === 2) return unit === 'year' ? `${ref.year + step}-Q${partNumber(words[0], 'quarter')}` : null;
  if (unit === 'year') return String(ref.year + step);
  if (unit === 'month') return shiftMonth(ref, step);
  if (unit === 'quarter') return shiftQuarter(ref, step);
  if (unit === 'week' || unit === 'weekend') return isoWeek(addDays(ref, 7 * step));
  if (DAY_PARTS.has(unit)) return formatYmd(addDays(ref, direction === 'this' ? 0 : step));
  if (unit in SEASON_ORDER) return season(ref, unit, direction);
  const day = weekdayNumber(unit);
  if (day >= 0) return weekday(ref, day, direction);
  const month = monthNumber(unit);
  return month > 0 ? namedMonth(ref, month, direction) : null;
}

/**
 * The ISO date a partial or relative value stands for; null for full values and unknown forms.
 * `future`: the clause speaks of what is to come, which moves a bare month, day or weekday forward.
 */
export function resolveValue(value: string, ref: Ymd, future = false): string | null {
  let m = YEARLESS_MONTH.exec(value);
  if (m) {
    const month = Number(m[1]);
    return isoMonth(future ? yearOnOrAfter(ref, month, 1) : yearOnOrBefore(ref, month), month);
  }
  m = YEARLESS_DAY.exec(value);
  if (m) return yearlessDay(ref, Number(m[1]), Number(m[2]), future);
  if (value.startsWith(RELATIVE)) return relative(ref, value.slice(RELATIVE.length).split('-'), future);
  return null;
}

/** Words that put a clause in the future: "will", "is expected", "plans", "scheduled", "set for", "due". */
const FUTURE =
  /\b(?:will|shall|expects?|expected|expecting|plans?|planned|planning|scheduled|slated|due|upcoming|set (?:for|to)|to be held|aims?|intends?|anticipates?|anticipated|hopes?|would)\b|['’]ll\b/i;
/** How far back from a date its clause is read. */
const CLAUSE_CHARS = 120;

const CLAUSE_STOPS = new Set(['\n', '"', '“', '”', ';']);

/** Where the clause holding `start` begins: after a line break, a quote, a semicolon or a sentence end. */
function clauseStart(text: string, start: number): number {
  const limit = Math.max(0, start - CLAUSE_CHARS);
  for (let i = start - 1; i > limit; i--) {
    const c = text[i];
    if (CLAUSE_STOPS.has(c)) return i + 1;
    // A sentence end, not an initial or abbreviation like "J.P. Morgan": a lower-case letter or digit before the stop.
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? '') && /[a-z0-9)]/.test(text[i - 1] ?? '')) return i + 1;
  }
  return limit;
}

/** True when the clause before the date, up to CLAUSE_CHARS, speaks of the future. */
export function speaksOfFuture(text: string, start: number): boolean {
  return FUTURE.test(text.slice(clauseStart(text, start), start));
}

/** Values whose direction (past or future) the clause decides. */
const TENSE_SENSITIVE = /^(?:--|relative:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$)/;

/**
 * Sets `resolved` on partial and relative dates against the reference date (ISO). Returns new facts.
 * With `text` (the document the facts index), a bare month, day or weekday in a future-tense clause
 * resolves forward; without it every such date resolves to the past.
 */
export function resolveDates(dates: readonly Fact[], reference: string | null, text?: string): Fact[] {
  const ref = reference === null ? null : parseIsoDay(reference);
  if (ref === null) return dates.slice();
  return dates.map((f) => {
    const future = text !== undefined && TENSE_SENSITIVE.test(f.value) && speaksOfFuture(text, f.start);
    const resolved = resolveValue(f.value, ref, future);
    return resolved === null ? f : { ...f, resolved };
  });
}
