/**
 * Calendar words and arithmetic shared by the date scanner and the resolver:
 * month and weekday names, day validation, ISO formatting. Dates are handled as
 * plain year/month/day numbers in UTC so the result never depends on the host's zone.
 */

/** Month names as written in news text, full names first so that alternation prefers them. */
export const MONTH_WORDS =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';

/** Full month names only: a bare abbreviation ("Jan", "Mar") alone is too often a name. */
export const FULL_MONTH_WORDS =
  'January|February|March|April|May|June|July|August|September|October|November|December';

export const WEEKDAY_WORDS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

export const SEASON_WORDS = 'spring|summer|fall|autumn|winter';

const MONTH_BY_PREFIX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** 1-12 for a month name or abbreviation in any case, 0 when it is none. */
export function monthNumber(word: string): number {
  return MONTH_BY_PREFIX[word.slice(0, 3).toLowerCase()] ?? 0;
}

const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4 };

/**
 * Which part of a year an ordinal names ("second quarter": 2); "last" and "final" name the last
 * one (the fourth quarter, the second half). 0 for another word.
 */
export function partNumber(ordinal: string, unit: string): number {
  const word = ordinal.toLowerCase();
  if (word === 'last' || word === 'final') return unit.toLowerCase() === 'half' ? 2 : 4;
  return ORDINALS[word] ?? 0;
}

/** 0 (Sunday) - 6 for a weekday name in any case, -1 when it is none. */
export function weekdayNumber(word: string): number {
  return WEEKDAYS.indexOf(word.toLowerCase());
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Years the scanner accepts as calendar years. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2099;

export function isPlausibleYear(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

export function isoMonth(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}

export function isoDay(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** `--MM` or `--MM-DD`: a month or a day without its year. */
export function yearlessIso(month: number, day?: number): string {
  return day === undefined ? `--${pad2(month)}` : `--${pad2(month)}-${pad2(day)}`;
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Parses `YYYY-MM-DD` (a longer ISO string is cut to its day); null when malformed. */
export function parseIsoDay(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

const MS_PER_DAY = 86_400_000;

/** The day `delta` days away from `d`. */
export function addDays(d: Ymd, delta: number): Ymd {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + delta * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 0 (Sunday) - 6. */
export function weekdayOf(d: Ymd): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export function formatYmd(d: Ymd): string {
  return isoDay(d.year, d.month, d.day);
}
