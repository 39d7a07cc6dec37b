import type { DocumentDate, Fact } from './facts';

export { resolveDates } from './kinds/dates/resolve';

/**
 * The document's own date, picked from its full-date facts by what surrounds them:
 * - a dateline near the start: "LOS ANGELES (Dec. 5, 2018)", "THURSDAY, Oct. 12, 2017 (HealthDay News)",
 *   "NEW YORK, March 3, 2019 /PRNewswire/ --", a date alone on a line, "published today (Dec. 17, 2018)";
 * - a "Published: ..." / "Posted on ..." label at the start of a line near the start;
 * - an embargo ("(Embargoed until Oct. 18, 2018 ...)"), a date opening its line before the place
 *   ("April 21, 2017, Amsterdam:"), a date ending one of the first lines ("Headline - 10/26/2015");
 * - an "updated" note anywhere ("This story was updated March 31, 2021", "Updated: ...",
 *   "Correction appended, Sept. 14, 2015", a correction note's closing "(May 30, 2016)"), and a
 *   newspaper's print line anywhere ("A version of this article appeared in print on August 24,
 *   2010"), read as a published label.
 * The dateline (else the published label) is the base; a later "updated" note wins, since
 * it is the date the text speaks from. Only day-precise dates qualify.
 */

/** Datelines and labels live in the header: the first this many characters. */
export const HEADER_CHARS = 1500;
/** How far back on the line the words before a date are read. */
const PREFIX_CHARS = 90;

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Words before a dateline's date: capitalized place names, state abbreviations, dashes and brackets. */
const DATELINE_TOKEN = /^(?:[([]?[A-Z][\w.'’&()\-–—]*[)\]]?[,:]?|[-–—─(:|/]+|and|on|de|del|la)$/;
/** A time of day before the date ("5:00 AM PST, November 23, 2010", "11 A.M. (ET), ..."). */
const TIME_TOKEN = /^\d{1,2}(?::\d{2})?(?:[AaPp]\.?[Mm]\.?)?,?$/;
/** What follows a dateline's date: a bracket, a dash, a slash (/PRNewswire/), a colon, a bar or the line's end. */
const DATELINE_END = /^(?:\s*(?:[)(:;|/·]|[-—–─](?!\d))|[ \t]*(?:\r?\n|$)|\s+\d{1,2}:\d{2})/;
/** "published today (Dec. 17, 2018)", "published today, Nov. 17, 2015": the document says which day "today" is. */
const TODAY_BRACKET = /\btoday ?[(,]$/i;
/** "LOS ANGELES (Embargoed Until", "EMBARGOED FOR RELEASE: 11 A.M. (ET),": a release's embargo is its day. */
const EMBARGO = /\bembargoed (?:for release|until)\b[^\n]{0,30}$/i;
/** A date opening its line, then the place: "April 21, 2017, Amsterdam, The Netherlands:" or "... -". */
const PLACE_AFTER = /^,(?: [A-Z][\w.'’-]*,?){1,5}(?::| [-–—])/;
/** A headline or a date line among the first lines may end with the story's date ("... conference 10/28/2019"). */
const HEAD_LINES = 3;
const HEAD_LINE_CHARS = 160;
const ENDS_LINE = /^[ \t]*(?:\r?\n|$)/;
const EVENT_PREPOSITION = /\b(?:on|in|since|until|by|from|through|before|after|of|between|and|to)$/i;

/** Tested on the trimmed line prefix. */
const PUBLISHED_LABEL = /^(?:(?:(?:first|originally) )?(?:published|posted|released)(?: (?:on|online))?:?|(?:release |publication )?date:)$/i;
/** "... Published on: 5 December 2017": a capitalized label with a colon, anywhere in the header. */
const PUBLISHED_INLINE = /\b(?:Published|Posted)(?: on)?:$/;
/** A newspaper's print line: "A version of this article appeared in print on". */
const IN_PRINT = /\bversion of this article appear(?:s|ed) in print on$/i;
const UPDATED_WORDS = /(?<![A-Za-z])(?:updated|revised|corrected|update|correction appended,?)(?: on)?(?: ?[:(])?$/i;
/** An "updated" that speaks about the text itself, not about a guideline or a label in the story. */
const ABOUT_THE_TEXT = /\b(?:story|article|post|page|piece|release|report|note|editor|this)\b/i;
const SHORT_LABEL_CHARS = 24;

export type DateSource = Exclude<DocumentDate['source'], 'option'>;

/** A date fact that may be the document's own, and why. */
export interface Candidate {
  fact: Fact;
  source: DateSource;
}

/** Markup between a label and its date (`Published <span class="date">`): read as a space. */
const MARKUP = /<[^<>]{0,80}>|&[a-zA-Z0-9#]{1,8};|[_*]+/g;

function linePrefix(text: string, start: number): { prefix: string; fromLineStart: boolean } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const from = Math.max(lineStart, start - PREFIX_CHARS);
  // Spaces collapsed and trimmed, so the label patterns need no "\s*" runs that could backtrack.
  const prefix = text.slice(from, start).replace(MARKUP, ' ').replace(/\s+/g, ' ').trim();
  return { prefix, fromLineStart: from === lineStart };
}

function isDatelinePrefix(prefix: string): boolean {
  const tokens = prefix.split(/\s+/).filter((t) => t.length > 0);
  return tokens.length <= 10 && tokens.every((t) => DATELINE_TOKEN.test(t) || TIME_TOKEN.test(t));
}

function classify(text: string, fact: Fact): DateSource | null {
  const { prefix, fromLineStart } = linePrefix(text, fact.start);
  if (UPDATED_WORDS.test(prefix)) {
    const shortLabel = fromLineStart && prefix.trim().length <= SHORT_LABEL_CHARS;
    return shortLabel || ABOUT_THE_TEXT.test(prefix) ? 'updated' : null;
  }
  // "A version of this article appears in print on August 24, 2010, on page D5": the paper's day, at its end.
  if (IN_PRINT.test(prefix)) return 'published';
  if (endsCorrectionNote(text, fact)) return 'updated';
  if (fact.start >= HEADER_CHARS) return null;
  if ((fromLineStart && PUBLISHED_LABEL.test(prefix)) || PUBLISHED_INLINE.test(prefix)) return 'published';
  if (TODAY_BRACKET.test(prefix) || EMBARGO.test(prefix)) return 'dateline';
  const suffix = text.slice(fact.end, fact.end + 40).replace(MARKUP, ' ');
  if (fromLineStart && prefix === '' && PLACE_AFTER.test(suffix)) return 'dateline';
  if (fromLineStart && isDatelinePrefix(prefix) && DATELINE_END.test(suffix)) return 'dateline';
  // "... approved on October 28, 2019" tells of an event, not of the story's day.
  const eventDate = EVENT_PREPOSITION.test(prefix);
  return !eventDate && ENDS_LINE.test(suffix) && endsHeadLine(text, fact.start) ? 'dateline' : null;
}

/** A newspaper's correction heading: "Corrections & Amplifications", "Correction:". */
const CORRECTION_HEADING = /^Corrections?(?: (?:&|and) Amplifications)?:?$/i;
const CORRECTION_LEAD = /^Corrections?(?: (?:&|and) Amplifications)?:/i;

/**
 * The date in brackets that ends a correction note ("Corrections & Amplifications" / "... An
 * earlier version of this article referred to her as an associate professor. (May 30, 2016)"):
 * the day the text was corrected, an "updated" note.
 */
function endsCorrectionNote(text: string, fact: Fact): boolean {
  if (text[fact.start - 1] !== '(' || text[fact.end] !== ')' || !ENDS_LINE.test(text.slice(fact.end + 1, fact.end + 3))) return false;
  const blank = text.lastIndexOf('\n\n', fact.start);
  const paragraph = blank < 0 ? 0 : blank + 2;
  if (CORRECTION_LEAD.test(text.slice(paragraph, paragraph + 40).trimStart())) return true;
  if (blank < 0) return false;
  const heading = text.slice(Math.max(0, paragraph - 60), paragraph).trim();
  return CORRECTION_HEADING.test(heading.slice(heading.lastIndexOf('\n') + 1).trim());
}

/** True when the line holding `start` is a short one among the first HEAD_LINES non-blank lines. */
function endsHeadLine(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > HEAD_LINE_CHARS) return false;
  let lines = 0;
  for (const line of text.slice(0, lineStart).split('\n')) if (line.trim() !== '') lines++;
  return lines < HEAD_LINES;
}

const toDocumentDate = (c: Candidate): DocumentDate => ({
  value: c.fact.value,
  start: c.fact.start,
  end: c.fact.end,
  source: c.source,
});

/** Finds the document's own date (dateline, "updated ..." note, "Published: ...") among its date facts. */
export function findDocumentDate(text: string, dates: readonly Fact[]): DocumentDate | null {
  const candidates: Candidate[] = [];
  for (const fact of dates) {
    const source = dateSource(text, fact);
    if (source !== null) candidates.push({ fact, source });
  }
  return pickDocumentDate(candidates);
}

/**
 * What makes a date fact of `text` a candidate for the document's date, if anything. Past the
 * header, only the line before the date counts (up to 90 characters, after its last line break).
 */
export function dateSource(text: string, fact: Fact): DateSource | null {
  return fact.kind === 'date' && FULL_DAY.test(fact.value) ? classify(text, fact) : null;
}

/** The document's date among its candidates, in document order. */
export function pickDocumentDate(candidates: readonly Candidate[]): DocumentDate | null {
  let dateline: Candidate | null = null;
  let published: Candidate | null = null;
  let updated: Candidate | null = null;
  for (const c of candidates) {
    if (c.source === 'dateline') dateline ??= c;
    else if (c.source === 'published') published ??= c;
    else if (!updated || c.fact.value > updated.fact.value) updated = c;
  }
  const base = dateline ?? published;
  if (updated && (!base || updated.fact.value > base.fact.value)) return toDocumentDate(updated);
  return base ? toDocumentDate(base) : null;
}
