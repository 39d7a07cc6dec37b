import type { Fact } from '../facts';
import type { Check, CheckContext } from './context';
import { periodEnd } from './calendar';

/**
 * date-ambiguous: a month or a month and day written without a year (`--12`,
 * `--03-31`). With a document date the year is inferable (the resolver has done
 * it), so nothing is reported. Otherwise, when a year-bearing date sits in the same
 * paragraph before it, that year is the likely one and the fix writes it in; with no
 * year anywhere near, the finding has no fix.
 */
export const dateAmbiguous: Check = (ctx) => {
  if (ctx.analysis.documentDate) return [];
  const out: ReturnType<Check> = [];
  const dates = ctx.analysis.facts.filter((f) => f.kind === 'date');
  for (const date of dates) {
    if (!date.value.startsWith('--') || date.resolved) continue;
    const year = nearbyYear(ctx, dates, date);
    const what = date.value.length > 4 ? 'This date' : 'This month';
    if (year === null) {
      out.push({
        code: 'date-ambiguous',
        message: `${what} ('${date.text}') has no year, and the article gives none: readers cannot tell which year is meant`,
        start: date.start,
        end: date.end,
      });
    } else {
      out.push({
        code: 'date-ambiguous',
        message: `${what} ('${date.text}') has no year; the paragraph points to ${year}: add it`,
        start: date.start,
        end: date.end,
        fix: { start: date.start, end: date.end, text: withYear(date, year) },
      });
    }
  }
  return out;
};

/** The year of the closest earlier full date in the same paragraph, when there is exactly one such year. */
function nearbyYear(ctx: CheckContext, dates: readonly Fact[], date: Fact): number | null {
  const para = paragraphStart(ctx.text, date.start);
  const years = new Set<number>();
  for (const d of dates) {
    if (d.start >= para && d.end <= date.start && !d.value.startsWith('--') && !d.value.startsWith('relative:')) {
      const p = periodEnd(d.value);
      if (p) years.add(p.year);
    }
  }
  return years.size === 1 ? [...years][0] : null;
}

function paragraphStart(text: string, offset: number): number {
  const blank = text.lastIndexOf('\n\n', offset);
  return blank < 0 ? 0 : blank + 2;
}

/** "March 31" -> "March 31, 2021"; "31 March" / "December" -> "... 2021". */
function withYear(date: Fact, year: number): string {
  return /\d$/.test(date.text) ? `${date.text}, ${year}` : `${date.text} ${year}`;
}
