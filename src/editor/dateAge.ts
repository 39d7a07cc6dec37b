/** How far a date lies from a reference date, in words. Pure: no vscode. */

interface Day {
  year: number;
  month: number; // 1-12
  day: number;
}

/** A calendar point from ISO of any precision the core writes (2021, 2021-03, 2021-03-31, 2022-Q3). */
export function parseIso(iso: string): { start: Day; precision: 'year' | 'month' | 'day' } | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) return { start: { year: +m[1], month: +m[2], day: +m[3] }, precision: 'day' };
  m = /^(\d{4})-(\d{2})$/.exec(iso);
  if (m) return { start: { year: +m[1], month: +m[2], day: 1 }, precision: 'month' };
  m = /^(\d{4})-Q([1-4])$/.exec(iso);
  if (m) return { start: { year: +m[1], month: (+m[2] - 1) * 3 + 1, day: 1 }, precision: 'month' };
  m = /^(\d{4})$/.exec(iso);
  if (m) return { start: { year: +m[1], month: 1, day: 1 }, precision: 'year' };
  return undefined;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/**
 * "2 years 8 months before" / "3 days after" / "the same month as", at the precision
 * both dates share; undefined when either date cannot be read.
 */
export function ageBetween(date: string, reference: string): string | undefined {
  const a = parseIso(date);
  const b = parseIso(reference);
  if (!a || !b) return undefined;
  const coarse = a.precision === 'year' || b.precision === 'year' ? 'year' : a.precision === 'month' || b.precision === 'month' ? 'month' : 'day';
  // Compare only what both dates say: "2023-12" against "2025-03-04" counts months, not days.
  const cut = (d: Day): Day => ({ year: d.year, month: coarse === 'year' ? 1 : d.month, day: coarse === 'day' ? d.day : 1 });
  const [x, y] = [cut(a.start), cut(b.start)];
  const before = compare(x, y) < 0;
  const [early, late] = before ? [x, y] : [y, x];
  let months = (late.year - early.year) * 12 + (late.month - early.month);
  let days = late.day - early.day;
  if (days < 0) {
    months -= 1;
    days += daysInMonth(early.year, early.month);
  }
  const years = Math.floor(months / 12);
  months %= 12;
  const parts: string[] = [];
  if (years) parts.push(plural(years, 'year'));
  if (coarse !== 'year' && months) parts.push(plural(months, 'month'));
  if (coarse === 'day' && days && years === 0) parts.push(plural(days, 'day'));
  if (!parts.length) return `the same ${coarse} as`;
  return `${parts.join(' ')} ${before ? 'before' : 'after'}`;
}

function compare(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
