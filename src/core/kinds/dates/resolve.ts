import type { Fact } from '../../facts';
import {
  addDays,
  daysInMonth,
  formatYmd,
  isoDay,
  isoMonth,
  monthNumber,
  parseIsoDay,
  weekdayNumber,
  weekdayOf,
  type Ymd,
} from './calendar';

/**
 * Turns partial and relative date values into the ISO date they stand for,
 * seen from a reference day (the document's own date). News convention: a
 * month, a day or a weekday without a year is the most recent one on or before
 * the reference ("as of December", "on Friday").
 *
 * Week-level points ("this week", "last week", "next weekend") resolve to a day:
 * the reference day itself for "this", 7 days before or after for "last"/"next".
 * That is exact to within the week, which is all a staleness check needs, and
 * keeps every `resolved` value a plain ISO date.
 */

const YEARLESS_MONTH = /^--(\d{2})$/;
const YEARLESS_DAY = /^--(\d{2})-(\d{2})$/;
const RELATIVE = 'relative:';
const EDGE_WORDS = new Set(['earlier', 'later', 'early', 'late']);

type Direction = 'last' | 'next' | 'this';

/** The year in which month `month` (and `day`) last fell on or before `ref`. */
function yearOnOrBefore(ref: Ymd, month: number, day: number): number {
  return month < ref.month || (month === ref.month && day <= ref.day) ? ref.year : ref.year - 1;
}

function yearlessDay(ref: Ymd, month: number, day: number): string | null {
  let year = yearOnOrBefore(ref, month, day);
  // 29 February: step back to the last leap year.
  for (let i = 0; i < 8 && day > daysInMonth(year, month); i++) year--;
  return day <= daysInMonth(year, month) ? isoDay(year, month, day) : null;
}

function shiftMonth(ref: Ymd, delta: number): string {
  const index = ref.year * 12 + (ref.month - 1) + delta;
  return isoMonth(Math.floor(index / 12), (index % 12) + 1);
}

function weekday(ref: Ymd, target: number, direction: Direction | null): string {
  const back = (weekdayOf(ref) - target + 7) % 7;
  if (direction === null) return formatYmd(addDays(ref, -back));
  if (direction === 'last') return formatYmd(addDays(ref, -(back === 0 ? 7 : back)));
  const ahead = (target - weekdayOf(ref) + 7) % 7;
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

function relative(ref: Ymd, words: string[]): string | null {
  if (words.length === 1) {
    const [w] = words;
    if (w === 'today') return formatYmd(ref);
    if (w === 'yesterday') return formatYmd(addDays(ref, -1));
    if (w === 'tomorrow') return formatYmd(addDays(ref, 1));
    const day = weekdayNumber(w);
    return day >= 0 ? weekday(ref, day, null) : null;
  }
  // "earlier this year" points into the same period as "this year".
  const [direction, unit] = (EDGE_WORDS.has(words[0]) ? words.slice(1) : words) as [Direction, string];
  const step = direction === 'last' ? -1 : direction === 'next' ? 1 : 0;
  if (unit === 'year') return String(ref.year + step);
  if (unit === 'month') return shiftMonth(ref, step);
  if (unit === 'week' || unit === 'weekend') return formatYmd(addDays(ref, 7 * step));
  if (unit in SEASON_ORDER) return season(ref, unit, direction);
  const day = weekdayNumber(unit);
  if (day >= 0) return weekday(ref, day, direction);
  const month = monthNumber(unit);
  return month > 0 ? namedMonth(ref, month, direction) : null;
}

/** The ISO date a partial or relative value stands for; null for full values and unknown forms. */
export function resolveValue(value: string, ref: Ymd): string | null {
  let m = YEARLESS_MONTH.exec(value);
  if (m) {
    const month = Number(m[1]);
    return isoMonth(yearOnOrBefore(ref, month, 1), month);
  }
  m = YEARLESS_DAY.exec(value);
  if (m) return yearlessDay(ref, Number(m[1]), Number(m[2]));
  if (value.startsWith(RELATIVE)) return relative(ref, value.slice(RELATIVE.length).split('-'));
  return null;
}

/** Sets `resolved` on partial and relative dates against the reference date (ISO). Returns new facts. */
export function resolveDates(dates: readonly Fact[], reference: string | null): Fact[] {
  const ref = reference === null ? null : parseIsoDay(reference);
  if (ref === null) return dates.slice();
  return dates.map((f) => {
    const resolved = resolveValue(f.value, ref);
    return resolved === null ? f : { ...f, resolved };
  });
}
