/** Month arithmetic on the partial ISO dates that date facts carry. */

export interface YearMonth {
  year: number;
  /** 1-12; for a year alone, the month the period ends in (December). */
  month: number;
  /** False when only a year was written. */
  hasMonth: boolean;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** The last month of the period an ISO-ish value names: `2021-03-31`, `2021-03`, `2021`, `2022-Q3`; null otherwise. */
export function periodEnd(value: string): YearMonth | null {
  const m = /^(\d{4})(?:-(\d{2})|-Q([1-4]))?/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { year, month: Number(m[2]), hasMonth: true };
  if (m[3]) return { year, month: Number(m[3]) * 3, hasMonth: true };
  return { year, month: 12, hasMonth: false };
}

/** Whole months from a to b (b later gives a positive number). */
export function monthsBetween(a: YearMonth, b: YearMonth): number {
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** "4 years 8 months", "11 months", "2 years". */
export function describeMonths(n: number): string {
  const years = Math.floor(n / 12);
  const months = n % 12;
  const parts: string[] = [];
  if (years) parts.push(`${years} year${years === 1 ? '' : 's'}`);
  if (months || !years) parts.push(`${months} month${months === 1 ? '' : 's'}`);
  return parts.join(' ');
}

/** "March 2021" or "2021"; `short` gives "Nov 2025". */
export function describeYearMonth(ym: YearMonth, short = false): string {
  if (!ym.hasMonth) return String(ym.year);
  return `${(short ? SHORT : MONTHS)[ym.month - 1]} ${ym.year}`;
}
