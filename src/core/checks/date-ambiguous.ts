import type { Fact } from '../facts';
import type { Check, CheckContext } from './context';
import { periodEnd } from './calendar';

/**
 * date-ambiguous: a month or a month and day written without a year (`--12`,
 * `--03-31`). With a document date the year is inferable (the resolver has done
 * it), so nothing is reported. Otherwise, when the same sentence states the year
 * before it ("early in 2015 ... over on May 9"), the fix writes that year in. The dates
 * with no year anywhere near give ONE finding, on the first of them, listing the others
 * as related places: the remedy (a dateline, or the years) is the same for all, and a
 * long story should not light up at every "in June".
 */
export const dateAmbiguous: Check = (ctx) => {
  if (ctx.analysis.documentDate) return [];
  const out: ReturnType<Check> = [];
  const unknown: Fact[] = [];
  const dates = ctx.analysis.facts.filter((f) => f.kind === 'date');
  for (const date of dates) {
    if (!date.value.startsWith('--') || date.resolved || yearWrittenAround(ctx, date)) continue;
    const year = nearbyYear(ctx, dates, date);
    const what = date.value.length > 4 ? 'This date' : 'This month';
    if (year === null) {
      unknown.push(date);
    } else {
      out.push({
        code: 'date-ambiguous',
        message: `${what} ('${date.text}') has no year; the sentence points to ${year}: add it`,
        start: date.start,
        end: date.end,
        fix: { start: date.start, end: date.end, text: withYear(date, year) },
      });
    }
  }
  if (unknown.length > 0) {
    const [first, ...others] = unknown;
    const more = others.length ? ` (nor do ${others.length} other date${others.length === 1 ? '' : 's'})` : '';
    out.push({
      code: 'date-ambiguous',
      message: `'${first.text}' has no year${more}, and the article states no date of its own: add a dateline or the year`,
      start: first.start,
      end: first.end,
      ...(others.length ? { related: others.map((d) => ({ start: d.start, end: d.end, message: `'${d.text}' has no year either` })) } : {}),
    });
  }
  return out.sort((a, b) => a.start - b.start);
};

/**
 * The year is written right next to the date, outside its span: "2014 Jan 16" and
 * "(2016: March 24" in reference lists, "April 21 to 27, 2018", "August 4 @ 5 PM, 2015".
 */
function yearWrittenAround(ctx: CheckContext, date: Fact): boolean {
  if (YEAR_BEFORE.test(ctx.prose.slice(Math.max(0, date.start - 7), date.start))) return true;
  const sentence = ctx.sentences.at(date.start);
  return YEAR_AFTER.test(ctx.prose.slice(date.end, Math.min(sentence.end, date.end + 30)));
}
const YEAR_BEFORE = /\b(?:19|20)\d\d[,:]? $/;
const YEAR_AFTER = /^[^.;()]*?,? (?:19|20)\d\d\b/;

/**
 * The year stated earlier in the same sentence as "in 2016" / "of 2015" ("which in
 * 2016 will be April 2-4"), when there is exactly one; a year used as an adjective
 * ("his 2018 budget, announced in March") or anything outside the sentence is no
 * evidence, and "May of last year" is relative to a date the article does not give.
 */
function nearbyYear(ctx: CheckContext, dates: readonly Fact[], date: Fact): number | null {
  if (/^ of (?:that|last|next|this) year/.test(ctx.prose.slice(date.end, date.end + 16))) return null;
  const sentence = ctx.sentences.at(date.start);
  const years = new Set<number>();
  for (const d of dates) {
    if (d.start < sentence.start || d.end > date.start || d.value.startsWith('--') || d.value.startsWith('relative:')) continue;
    if (!YEAR_INTRODUCED.test(ctx.prose.slice(Math.max(0, d.start - 12), d.start))) continue;
    const p = periodEnd(d.value);
    if (p) years.add(p.year);
  }
  return years.size === 1 ? [...years][0] : null;
}

const YEAR_INTRODUCED = /\b(?:in|of|during|early|late|mid)[ -]$/i;

/** "March 31" -> "March 31, 2021"; "31 March" / "December" -> "... 2021". */
function withYear(date: Fact, year: number): string {
  return /\d$/.test(date.text) ? `${date.text}, ${year}` : `${date.text} ${year}`;
}
