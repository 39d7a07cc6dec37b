import { strict as assert } from 'assert';
import type { Fact } from '../../src/core/facts';
import { scanDates } from '../../src/core/kinds/dates';
import { findDocumentDate, resolveDates } from '../../src/core/docdate';

/** The document date of a text, as the engine finds it: from the text's own date facts. */
function documentDate(text: string) {
  return findDocumentDate(text, scanDates(text));
}

function dateFact(value: string): Fact {
  return { kind: 'date', text: value, start: 0, end: value.length, value };
}

/** The `resolved` value of one date value against a reference day. */
function resolve(value: string, reference: string): string | undefined {
  return resolveDates([dateFact(value)], reference)[0].resolved;
}

describe('findDocumentDate', () => {
  it('reads a city dateline with the date in brackets', () => {
    const text = 'Title of the release\n\nLOS ANGELES (Dec. 5, 2018) - Surgeons reported in 2017 that ...';
    const d = documentDate(text);
    assert.deepEqual(d, { value: '2018-12-05', start: 35, end: 47, source: 'dateline' });
    assert.equal(text.slice(d!.start, d!.end), 'Dec. 5, 2018');
  });

  it('reads a weekday dateline followed by the agency', () => {
    const text = 'A headline\n\nBy A. Writer\n\nTHURSDAY, Oct. 12, 2017 (HealthDay News) -- Doctors found ...';
    assert.equal(documentDate(text)?.value, '2017-10-12');
    assert.equal(documentDate(text)?.source, 'dateline');
  });

  it('reads a wire dateline with /PRNewswire/ and a dateline with a state abbreviation', () => {
    assert.equal(documentDate('NEW YORK, March 3, 2019 /PRNewswire/ -- Acme Inc. said ...')?.value, '2019-03-03');
    assert.equal(documentDate('Head\n\nSpringfield, Ill. - June 9, 2016 - A team at ...')?.value, '2016-06-09');
    assert.equal(documentDate('Head\n\nJanuary 4, 2012 -- A drug used for ...')?.value, '2012-01-04');
  });

  it('reads "published today (date)" and a time before the date', () => {
    assert.equal(documentDate('Findings were published today (May 2, 2018) in a journal.')?.value, '2018-05-02');
    assert.equal(documentDate('By A. Writer\n\n4:10 PM EST, November 3, 2011\n\nText.')?.value, '2011-11-03');
  });

  it('reads "Published:" and "Posted on" labels', () => {
    assert.deepEqual(documentDate('Title\nPublished: April 2, 2020\nBody text from 2019.')?.source, 'published');
    assert.equal(documentDate('Title\nPosted on 12 June 2021 by staff\nBody.')?.value, '2021-06-12');
    assert.equal(documentDate('Title\nRelease date: 3 May 2018 | Contact: A. Person\nBody.')?.value, '2018-05-03');
    assert.equal(documentDate('Title\nDate: 10/02/2017\nBody.')?.source, 'published');
    // A newspaper's print line, at the end of a long story.
    const story = `Title\n\n${'Body text. '.repeat(200)}\n\nA version of this article appeared in print on August 24, 2010, on page D5.`;
    assert.deepEqual([documentDate(story)?.value, documentDate(story)?.source], ['2010-08-24', 'published']);
  });

  it('lets a later "updated" note win over the dateline, wherever it is', () => {
    const text =
      'BOSTON, Feb. 1, 2021 -- A trial began.\n\n' +
      'More text about a study from 2019.\n\n' +
      'This article was updated March 31, 2021, to add a comment.';
    const d = documentDate(text);
    assert.equal(d?.value, '2021-03-31');
    assert.equal(d?.source, 'updated');
    assert.equal(documentDate('Updated: May 5, 2020\n\nDALLAS, June 1, 2020 -- Text.')?.value, '2020-06-01');
  });

  it('ignores dates in the body that are not the document date', () => {
    assert.equal(documentDate('The agency approved the drug on March 3, 2019 after a review.'), null);
    assert.equal(documentDate('Head\n\nThe guidelines were updated March 3, 2019 by the panel.'), null);
    assert.equal(documentDate('A photo taken in Basel, Switzerland October 27, 2015. REUTERS/Staff'), null);
    const late = 'x'.repeat(2000) + '\n\nCHICAGO, May 1, 2019 -- Late in the text.';
    assert.equal(documentDate(late), null);
  });

  it('reads a date alone on a first line, ending a headline, or in a byline', () => {
    assert.equal(documentDate('Headline of the story\n\n11/04/2020\n\nA study from 2018 ...')?.value, '2020-11-04');
    assert.equal(documentDate('Team wins a prize for its work in rural clinics 3/9/2021\n\nIn May, ...')?.value, '2021-03-09');
    assert.equal(documentDate('New Scan Finds Tumors Early - 06/15/2016\n\nBody.')?.value, '2016-06-15');
    assert.equal(documentDate('Headline\n\nBy Ann Author, January 7, 2020\n\nBody.')?.value, '2020-01-07');
    assert.equal(documentDate('Headline\n\nBy Ann Author\nJanuary 7, 2020\n\nBody.')?.value, '2020-01-07');
  });

  it('reads an embargo, a date before its place, "published today, date" and a correction note', () => {
    assert.equal(documentDate('Head\n\nBOSTON (Embargoed until 9 a.m., Feb. 3, 2016) - A team ...')?.value, '2016-02-03');
    assert.equal(documentDate('Head\n\nEMBARGOED FOR RELEASE: 10 A.M. (ET), MONDAY, MAY 1, 2017\n\nText.')?.value, '2017-05-01');
    assert.equal(documentDate('Head\n\nMay 2, 2017, Vienna, Austria: A study shows ...')?.value, '2017-05-02');
    assert.equal(documentDate('In the study, published today, Jan. 4, 2016, in a journal, ...')?.value, '2016-01-04');
    const corrected = documentDate('Head\n\nCorrection appended, Oct. 2, 2014\n\nText.');
    assert.equal(corrected?.value, '2014-10-02');
    assert.equal(corrected?.source, 'updated');
  });

  it("reads a newspaper's correction note by the date in brackets that closes it, not any bracketed date", () => {
    const note = 'Head\n\nText of the story.\n\nCorrections & Amplifications:\n\nAn earlier version of this article gave the wrong price. (July 8, 2016)\n\nWrite to the author.';
    assert.deepEqual([documentDate(note)?.value, documentDate(note)?.source], ['2016-07-08', 'updated']);
    assert.equal(documentDate('Head\n\nCorrection: An earlier version misnamed the drug. (May 30, 2016)\n')?.value, '2016-05-30');
    assert.equal(documentDate('Head\n\nText.\n\nThe trial ended early. (May 30, 2016)\n'), null);
  });

  it('does not take an event date ending a first line, or a date opening a sentence', () => {
    assert.equal(documentDate('Head\n\nThe agency approved it on March 3, 2019\n\nBody.'), null);
    assert.equal(documentDate('Head\n\nMarch 3, 2019, was the day the trial began.'), null);
    assert.equal(documentDate('Head\n\nOne\n\nTwo\n\nA line at last that ends with 4/5/2019\n\nBody.'), null);
  });

  it('needs a day-precise date', () => {
    assert.equal(documentDate('Head\n\nMarch 2019\n\nBody.'), null);
  });
});

describe('resolveDates', () => {
  it('puts a month alone in the most recent such month on or before the reference', () => {
    assert.equal(resolve('--12', '2021-03-31'), '2020-12');
    assert.equal(resolve('--03', '2021-03-31'), '2021-03');
    assert.equal(resolve('--02', '2021-03-31'), '2021-02');
  });

  it('puts a month and day likewise, and 29 February in a leap year', () => {
    assert.equal(resolve('--03-31', '2021-03-31'), '2021-03-31');
    assert.equal(resolve('--04-01', '2021-03-31'), '2020-04-01');
    assert.equal(resolve('--02-29', '2023-06-01'), '2020-02-29');
  });

  it('resolves day words against the reference day', () => {
    assert.equal(resolve('relative:today', '2021-03-01'), '2021-03-01');
    assert.equal(resolve('relative:yesterday', '2021-03-01'), '2021-02-28');
    assert.equal(resolve('relative:tomorrow', '2020-12-31'), '2021-01-01');
  });

  it('resolves month and year points to their precision', () => {
    assert.equal(resolve('relative:last-month', '2021-01-15'), '2020-12');
    assert.equal(resolve('relative:march-of-this-year', '2018-06-02'), '2018-03');
    assert.equal(resolve('relative:january-last-year', '2018-06-02'), '2017-01');
    assert.equal(resolve('relative:this-month', '2021-01-15'), '2021-01');
    assert.equal(resolve('relative:next-month', '2021-12-15'), '2022-01');
    assert.equal(resolve('relative:next-year', '2021-03-31'), '2022');
    assert.equal(resolve('relative:last-year', '2021-03-31'), '2020');
    assert.equal(resolve('relative:earlier-this-year', '2021-03-31'), '2021');
    assert.equal(resolve('relative:late-last-year', '2021-03-31'), '2020');
    assert.equal(resolve('relative:end-of-this-year', '2021-03-31'), '2021');
    assert.equal(resolve('relative:beginning-of-next-month', '2021-12-15'), '2022-01');
    assert.equal(resolve('relative:second-half-of-this-year', '2021-03-31'), '2021-H2');
    assert.equal(resolve('relative:first-half-of-next-year', '2021-03-31'), '2022-H1');
    assert.equal(resolve('relative:fourth-quarter-of-this-year', '2021-03-31'), '2021-Q4');
    assert.equal(resolve('relative:last-quarter-of-last-year', '2021-03-31'), '2020-Q4');
  });

  it('resolves weekdays to the most recent such day on or before the reference', () => {
    // 2021-03-31 is a Wednesday.
    assert.equal(resolve('relative:wednesday', '2021-03-31'), '2021-03-31');
    assert.equal(resolve('relative:friday', '2021-03-31'), '2021-03-26');
    assert.equal(resolve('relative:last-wednesday', '2021-03-31'), '2021-03-24');
    assert.equal(resolve('relative:next-monday', '2021-03-31'), '2021-04-05');
  });

  it('resolves week points to the ISO week, and quarters and parts of the day', () => {
    assert.equal(resolve('relative:this-week', '2021-03-31'), '2021-W13');
    assert.equal(resolve('relative:last-week', '2021-03-31'), '2021-W12');
    // 2021-01-01 is a Friday: its ISO week is the last of 2020.
    assert.equal(resolve('relative:this-week', '2021-01-01'), '2020-W53');
    assert.equal(resolve('relative:next-week', '2024-12-28'), '2025-W01');
    assert.equal(resolve('relative:this-quarter', '2023-11-06'), '2023-Q4');
    assert.equal(resolve('relative:next-quarter', '2023-11-06'), '2024-Q1');
    assert.equal(resolve('relative:this-morning', '2023-11-06'), '2023-11-06');
    assert.equal(resolve('relative:last-night', '2023-11-06'), '2023-11-05');
  });

  it('moves a bare month, day or weekday forward when its clause speaks of the future', () => {
    const text = 'A decision is expected by June 30. Sales rose in June. The panel will meet on Friday.';
    const facts = scanDates(text);
    const resolved = resolveDates(facts, '2023-06-21', text).map((f) => [f.text, f.resolved]);
    assert.deepEqual(resolved, [
      ['June 30', '2023-06-30'],
      ['June', '2023-06'],
      ['Friday', '2023-06-23'],
    ]);
    // Without the text, and for a past clause, the most recent month on or before the reference's:
    // a day later in the reference's own month is this year's, a later month's last year's.
    assert.equal(resolveDates(facts, '2023-06-21')[0].resolved, '2023-06-30');
    const july = 'Sales rose on July 4.';
    assert.equal(resolveDates(scanDates(july), '2023-06-21', july)[0].resolved, '2022-07-04');
    // A journal's date a day or a week after the story's, in its own month (an embargo), is this year's.
    const journal = 'The study appears online March 23 and in the March 30 print issue of the journal.';
    assert.deepEqual(resolveDates(scanDates(journal), '2010-03-22', journal).map((f) => f.resolved), ['2010-03-23', '2010-03-30']);
    const quoted = '"We expect results later," a spokesperson said on Friday.';
    assert.equal(resolveDates(scanDates(quoted), '2023-06-21', quoted)[0].resolved, '2023-06-16');
    const initials = 'Investors will watch the J.P. Morgan conference in January.';
    assert.equal(resolveDates(scanDates(initials), '2023-12-21', initials)[0].resolved, '2024-01');
  });

  it('resolves last/next with a month name or a season', () => {
    assert.equal(resolve('relative:last-december', '2021-03-31'), '2020-12');
    assert.equal(resolve('relative:last-february', '2021-03-31'), '2021-02');
    assert.equal(resolve('relative:next-january', '2021-03-31'), '2022-01');
    assert.equal(resolve('relative:last-fall', '2021-03-31'), '2020-fall');
    assert.equal(resolve('relative:this-summer', '2021-03-31'), '2021-summer');
  });

  it('leaves full dates, years, quarters and unknown forms without `resolved`', () => {
    for (const value of ['2021-03-31', '2021-03', '2014', '2023-Q3', '2019/2020', 'relative:someday']) {
      assert.equal(resolve(value, '2021-03-31'), undefined, value);
    }
  });

  it('returns the facts unchanged without a reference, and never mutates its input', () => {
    const facts = [dateFact('--12'), dateFact('relative:yesterday')];
    assert.deepEqual(resolveDates(facts, null), facts);
    const out = resolveDates(facts, '2021-03-31');
    assert.equal(out[0].resolved, '2020-12');
    assert.equal(facts[0].resolved, undefined);
  });
});
