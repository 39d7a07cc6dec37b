import type { Fact } from '../facts';
import { DEFAULT_STALE_MONTHS } from '../config';
import type { Check, CheckContext } from './context';
import { describeMonths, describeYearMonth, monthsBetween, periodEnd } from './calendar';

/**
 * date-stale: a present-tense claim tied to a date that is older than the configured
 * age before the reference date. "Tied" is narrow on purpose, because most dates
 * near "now" or "currently" are past events ("approved in 2015, it is now used"):
 *  - "as of" / "as at" directly before the date;
 *  - a claim word ("is recruiting", "currently", "ongoing", "is expected to", ...) and the
 *    date in the same clause (no comma, semicolon, colon, bracket or dash between them),
 *    with the date not introduced by "since", "from", "in" + a past verb before it, etc.
 */

/** Claim words; matched case-insensitively on word boundaries. */
const CLAIM =
  /\b(?:(?:is|are) (?:currently |now |still )?(?:recruiting|enrolling)|currently|(?:is|are|has|have) now|now (?:recruiting|enrolling|underway|available|open)|to date|ongoing|(?:is|are) expected to)\b/gi;
const AS_OF = /\bas (?:of|at) $/i;
/** A date right after these words is a starting point or a past event, not the time of the claim. */
const NOT_TIED_BEFORE =
  /\b(?:since|from|after|between|to|until|through|began|begun|started|launched|approved|founded|published|completed|ended|last)(?: in| on)?\s*$/i;
/** Punctuation or a conjunction between claim and date: they belong to different clauses ("surgery in 2008 and is now coaching"). */
const CLAUSE_BREAK = /[,;:()\u2014\u2013[\]]| - |\b(?:and|but|while|whereas)\b/;
/** Claim and date further apart than this (characters) are not read as tied. */
const MAX_GAP = 80;

const WHOSE: Readonly<Record<CheckContext['reference']['source'], string>> = {
  document: "this article's date",
  given: 'the given date',
  today: 'today',
  config: 'the reference date',
};

export const dateStale: Check = (ctx) => {
  const ref = periodEnd(ctx.reference.date);
  if (!ref) return [];
  const limit = ctx.config.staleMonths ?? DEFAULT_STALE_MONTHS;
  const out: ReturnType<Check> = [];
  for (const date of ctx.analysis.facts) {
    if (date.kind !== 'date') continue;
    const when = periodEnd(date.resolved ?? date.value);
    if (!when || date.value.startsWith('relative:')) continue;
    const age = monthsBetween(when, ref);
    if (age <= limit) continue;
    const claim = claimFor(ctx, date);
    if (!claim) continue;
    const whose = WHOSE[ctx.reference.source];
    out.push({
      code: 'date-stale',
      message: `'${claim.text}' refers to ${describeYearMonth(when)}, ${describeMonths(age)} before ${whose} (${describeYearMonth(ref, true)}): is it still true?`,
      start: date.start,
      end: date.end,
      related: [{ start: claim.start, end: claim.end, message: 'the present-tense claim' }],
    });
  }
  return out;
};

function claimFor(ctx: CheckContext, date: Fact): { start: number; end: number; text: string } | null {
  const { prose } = ctx;
  const before = prose.slice(Math.max(0, date.start - 6), date.start);
  if (AS_OF.test(before)) {
    // "As of March 2021, the trial is recruiting": name the claim when the sentence states one.
    const sentence = ctx.sentences.at(date.start);
    const claim = [...prose.slice(sentence.start, sentence.end).matchAll(CLAIM)][0];
    if (claim) {
      const start = sentence.start + (claim.index ?? 0);
      return { start, end: start + claim[0].length, text: claim[0] };
    }
    const start = date.start - before.length + before.search(/as /i);
    return { start, end: date.start - 1, text: prose.slice(start, date.start - 1) };
  }
  if (NOT_TIED_BEFORE.test(prose.slice(Math.max(0, date.start - 20), date.start))) return null;
  const sentence = ctx.sentences.at(date.start);
  const from = Math.max(sentence.start, date.start - MAX_GAP);
  const to = Math.min(sentence.end, date.end + MAX_GAP);
  const window = prose.slice(from, to);
  let best: { start: number; end: number; text: string } | null = null;
  for (const m of window.matchAll(CLAIM)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    const between = start < date.start ? prose.slice(end, date.start) : prose.slice(date.end, start);
    if (CLAUSE_BREAK.test(between)) continue;
    const gap = start < date.start ? date.start - end : start - date.end;
    if (!best || gap < Math.abs((best.start < date.start ? date.start - best.end : best.start - date.end))) best = { start, end, text: m[0] };
  }
  return best;
}
