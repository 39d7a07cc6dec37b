import { strict as assert } from 'assert';
import { scanDates } from '../../src/core/kinds/dates';

/** [text, value] of every date found, after checking the invariants every fact must keep. */
function dates(prose: string): [string, string][] {
  const facts = scanDates(prose);
  let last = -1;
  for (const f of facts) {
    assert.equal(f.kind, 'date');
    assert.equal(f.text, prose.slice(f.start, f.end));
    assert.ok(f.start >= last, `sorted and non-overlapping at ${f.start}`);
    assert.equal(f.resolved, undefined, 'the scanner leaves resolution to resolveDates');
    last = f.end;
  }
  return facts.map((f) => [f.text, f.value]);
}

const none = (prose: string): void => assert.deepEqual(dates(prose), [], prose);

describe('scanDates', () => {
  describe('full dates', () => {
    it('reads month-first dates with full and abbreviated months', () => {
      assert.deepEqual(dates('The board met on March 31, 2021 and again on Sept. 5, 2020.'), [
        ['March 31, 2021', '2021-03-31'],
        ['Sept. 5, 2020', '2020-09-05'],
      ]);
      assert.deepEqual(dates('Filed Mar. 2 2019; decided Dec 25th, 2020.'), [
        ['Mar. 2 2019', '2019-03-02'],
        ['Dec 25th, 2020', '2020-12-25'],
      ]);
      // The abbreviation's period with no space after it; without the period a space is needed.
      assert.deepEqual(dates('Published online Dec.1, the study ran until Jan.15, 2016.'), [
        ['Dec.1', '--12-01'],
        ['Jan.15, 2016', '2016-01-15'],
      ]);
      none('The Dec1 and Mar2 genes were measured.');
    });

    it('reads day-first, ISO and US numeric dates', () => {
      assert.deepEqual(dates('Approved 31 March 2021, listed 2021-04-02, amended 4/15/2021.'), [
        ['31 March 2021', '2021-03-31'],
        ['2021-04-02', '2021-04-02'],
        ['4/15/2021', '2021-04-15'],
      ]);
      assert.deepEqual(dates('It began on the 5th of May, 2020.'), [['5th of May, 2020', '2020-05-05']]);
    });

    it('keeps a weekday inside a dateline span', () => {
      assert.deepEqual(dates('Tuesday, March 15, 2016 -- Doctors said'), [['Tuesday, March 15, 2016', '2016-03-15']]);
      assert.deepEqual(dates('FRIDAY, Nov. 3, 2017 (HealthDay News) -- A trial'), [['FRIDAY, Nov. 3, 2017', '2017-11-03']]);
      assert.deepEqual(dates('The panel meets Monday, Feb. 6 in Boston.'), [['Monday, Feb. 6', '--02-06']]);
    });

    it('takes a day range with a year as one span valued by its first day', () => {
      assert.deepEqual(dates('The congress runs October 9-12, 2022 in Lisbon.'), [['October 9-12, 2022', '2022-10-09']]);
    });

    it('takes a day range written with "to" or before the month as one span', () => {
      assert.deepEqual(dates('The course runs June 3 to 8, 2019, and the school 14-18 May 2018.'), [
        ['June 3 to 8, 2019', '2019-06-03'],
        ['14-18 May 2018', '2018-05-14'],
      ]);
      assert.deepEqual(dates('Sessions run Nov. 4 to 7 in Vienna; the fair March 2-5.'), [
        ['Nov. 4 to 7', '--11-04'],
        ['March 2-5', '--03-02'],
      ]);
      assert.deepEqual(dates('It ran from March 5 to 10 days.'), [['March 5', '--03-05']]);
      assert.deepEqual(dates('Held July 9 to July 12, 2020.'), [
        ['July 9', '--07-09'],
        ['July 12, 2020', '2020-07-12'],
      ]);
    });

    it('reads citation dates written year first as one fact', () => {
      assert.deepEqual(dates('Smith J. Retina. 2001 Mar;21(2):45-52. Epub 2012 Oct 3.'), [
        ['2001 Mar', '2001-03'],
        ['2012 Oct 3', '2012-10-03'],
      ]);
      assert.deepEqual(dates('Lee K. Cornea. 2009;28(4):1-7. Lancet. 2015 Feb 12;385:9-10'), [
        ['2009', '2009'],
        ['2015 Feb 12', '2015-02-12'],
      ]);
      none('Cornea. 2015 Feb 31;12:1-2. doi:10.1016/j.2011.2012 PMID 2014');
    });

    it('leaves a year followed by a month in running text alone', () => {
      assert.deepEqual(dates('Since 2016 March Health has grown.'), [['2016', '2016']]);
    });

    it('rejects impossible days and fraction-like numbers', () => {
      none('The form said February 30, 2021 by mistake.');
      none('A 13/45/2020 code and a Phase 1/2 trial, dosed 1/2 tablet, open 24/7.');
    });
  });

  describe('partial dates', () => {
    it('reads month and year, with or without "of"', () => {
      assert.deepEqual(dates('Enrollment opened in June 2019 and closed in March of 2021.'), [
        ['June 2019', '2019-06'],
        ['March of 2021', '2021-03'],
      ]);
    });

    it('reads a month and day without a year, without the preposition', () => {
      assert.deepEqual(dates('Results are due on August 14.'), [['August 14', '--08-14']]);
      assert.deepEqual(dates('Dosing resumed on 9 July after a pause.'), [['9 July', '--07-09']]);
      assert.deepEqual(dates('The fair ran from the 28th of June to the 2nd of July.'), [
        ['28th of June', '--06-28'],
        ['2nd of July', '--07-02'],
      ]);
      none('Dosing resumed 9 July after a pause.');
      assert.deepEqual(dates('Available online 11 April, in print from 2 May.'), [
        ['11 April', '--04-11'],
        ['2 May', '--05-02'],
      ]);
    });

    it('reads a month alone only where it is used as the calendar month', () => {
      assert.deepEqual(dates('As of December, 40 sites had joined.'), [['December', '--12']]);
      assert.deepEqual(dates('Data arrived in early February and again in mid-October.'), [
        ['early February', '--02'],
        ['mid-October', '--10'],
      ]);
      assert.deepEqual(dates('The findings appear in the April issue of the journal.'), [['April', '--04']]);
    });

    it('does not read names, verbs or charities as months', () => {
      none('Patients may improve, and April Smith may march on.');
      none('The March of Dimes funded it; June Lee and Jan Novak wrote it.');
      none('In May Chen we trust.');
    });
  });

  describe('years', () => {
    it('reads years used as years', () => {
      assert.deepEqual(dates('Approved in 2014, the drug was designated in 2018; a 2019 study followed.'), [
        ['2014', '2014'],
        ['2018', '2018'],
        ['2019', '2019'],
      ]);
      assert.deepEqual(dates('Sales grew between 2010 and 2015 and will peak by 2030.'), [
        ['2010', '2010'],
        ['2015', '2015'],
        ['2030', '2030'],
      ]);
      assert.deepEqual(dates('It launched in mid-2020 and peaks in late 2024.'), [
        ['mid-2020', '2020'],
        ['late 2024', '2024'],
      ]);
    });

    it('reads a year of an earlier century after "in" or "since", where only a year fits', () => {
      assert.deepEqual(dates('Founded in 1765 as the first school, it grew. Since 1878, the lab has worked; quinine, first made in 1820, is old.'), [
        ['1765', '1765'],
        ['1878', '1878'],
        ['1820', '1820'],
      ]);
      // Counts, lists and numbers that are not after "in" or "since".
      none('Results in 1090 individuals, in 1500 mg doses and in 1850 and 1900 cases; 1765 took part, page 1820.');
    });

    it('keeps "end of", "beginning of", "start of", "middle of" in the span, without "the"', () => {
      assert.deepEqual(dates('By the end of 2015, at the beginning of 2019 and the start of March 2020, or the middle of 2011.'), [
        ['end of 2015', '2015'],
        ['beginning of 2019', '2019'],
        ['start of March 2020', '2020-03'],
        ['middle of 2011', '2011'],
      ]);
      assert.deepEqual(dates('At the end of March 31, 2021 sales rose.'), [['March 31, 2021', '2021-03-31']]);
    });

    it('keeps "earlier in", "later in", "early in" and "late in" in the span of the period they narrow', () => {
      assert.deepEqual(dates('The agency warned earlier in 2015; a ruling came later in 2017. Earlier in October it met, and early in July 2015, and late in 2018.'), [
        ['earlier in 2015', '2015'],
        ['later in 2017', '2017'],
        ['Earlier in October', '--10'],
        ['early in July 2015', '2015-07'],
        ['late in 2018', '2018'],
      ]);
      assert.deepEqual(dates('They were later in line in 2019.'), [['2019', '2019']], 'only right before the period');
    });

    it('reads a span of years as one fact per year', () => {
      assert.deepEqual(dates('During the 2019-2020 season and in 2021–22, cases fell.'), [
        ['2019', '2019'],
        ['2020', '2020'],
        ['2021', '2021'],
        ['22', '2022'],
      ]);
      none('Doses of 2000-2500 mg and 2020-2019 codes.');
    });

    it('does not read years in names as dates', () => {
      none('Under the Securities Act of 1933, and at ASH 2023, nothing changed.');
      none('Data were shown (ESMO 2019) and [EHA 2020].');
      assert.deepEqual(dates('Revenue for FY 2020 rose.'), [['2020', '2020']]);
    });

    it('does not read a year in a meeting name as a date, before or after the name', () => {
      none('Shown at the 2017 European Society for Medical Oncology (ESMO) Congress in Madrid.');
      none('Shown at the 2015 EULAR Annual Meeting and at the Digestive Disease Week 2014 meeting.');
      none('Data from the International Conference on Malaria 2012 were shown.');
      none('It was shown at KidneyWeek 2019 and at the NeuroCongress 2018.');
      none('Findings go to the European Society for Medical Oncology 2016 Congress and the ESMO 2017 Congress.');
    });

    it('does not read a year in the name of a marked meeting, a prize, a grant, guidelines, an index or a census as a date', () => {
      none('Presented at The International Liver Congress™ 2017 in Amsterdam.');
      none('He shared the 2013 Fries Prize; the 2015 Dietary Guidelines for Americans agree.');
      none('The study was funded by a 2016 Dixon Translational Research Grant.');
      none('It affects millions, says the World Alzheimer Report 2016.');
      none('It topped the 2015 Nature Index, won the 2015 Foster G. McGaw Prize and used 2010 U.S. Census data.');
      assert.deepEqual(dates('In 2010 U.S. sales rose.'), [['2010', '2010']]);
    });

    it('reads a meeting name through a glued event word that starts in lower case, or two spaces', () => {
      none('It was shown at obesityWeek 2019 and at the 2018 neuroCongress.');
      none('Shown at the EULAR Annual Meeting  2015.');
      assert.deepEqual(dates('Shown in  2015 and in 2016  at it.'), [
        ['2015', '2015'],
        ['2016', '2016'],
      ]);
    });

    it('still reads years next to meeting words that are not names', () => {
      assert.deepEqual(dates('In 2009 Congress acted; at the 2012 annual meeting and the Meeting, 2013 or in 2014.'), [
        ['2009', '2009'],
        ['2012', '2012'],
        ['2013', '2013'],
        ['2014', '2014'],
      ]);
    });

    it('does not read counts, doses, money, codes or decades as years', () => {
      none('The trial enrolled 2000 patients; each got 1950 mg.');
      none('It cost $2019 per dose, reached n=2010, and more than 2000 older adults took part.');
      none('See grant No. 2017 and doi 10.1001/jama.2019.1234, call 555-2019.');
      none('Rates peaked in the 1990s and COVID-19 changed that.');
      none("It has been made since the early 1990's, and in use since 1970’s.");
      none('Only 3000 or 1850 of them; 2100 is out of range too.');
      none('About 2,000 patients were followed for 14 months, then 36 months, to week 48.');
    });

    it('reads a short number as a day whatever space, suffix or dash follows it', () => {
      assert.deepEqual(dates('Seen on 5\u00a0May, on 6 May, on 7TH MAY, 8-9 May 2020, 3Q23, 1H2020, 5/6/2021.'), [
        ['5\u00a0May', '--05-05'],
        ['6 May', '--05-06'],
        ['7TH MAY', '--05-07'],
        ['8-9 May 2020', '2020-05-08'],
        ['3Q23', '2023-Q3'],
        ['1H2020', '2020-H1'],
        ['5/6/2021', '2021-05-06'],
      ]);
      none('Of 5% on 6, 7.5 May or 8: May; 12x May.');
    });

    it('reads day-first dates after any run of spaces or "of", and spans of years with spaced dashes', () => {
      assert.deepEqual(dates('It opened on 5 of May and on 7  OF June; 12 \tJuly 2020 and 3 patients.'), [
        ['5 of May', '--05-05'],
        ['7  OF June', '--06-07'],
        ['12 \tJuly 2020', '2020-07-12'],
      ]);
      assert.deepEqual(dates('From 2019 – 2020, 2015 /16 and 2010\u00a0- 2011; 2000 Apr; 2001 apr;'), [
        ['2019', '2019'],
        ['2020', '2020'],
        ['2015', '2015'],
        ['16', '2016'],
        ['2010', '2010'],
        ['2011', '2011'],
        ['2000 Apr', '2000-04'],
        ['2001', '2001'],
      ]);
    });

    it('does not read ages, times or numbers without a year as dates', () => {
      none('Adults ages 25-75, aged 65 or older, were seen at 10:30 a.m. by 115 nurses.');
    });
  });

  describe('quarters, halves and seasons', () => {
    it('reads quarters in their written forms', () => {
      assert.deepEqual(dates('Data in Q3 2023, a filing in the third quarter of 2024, sales in 4Q22.'), [
        ['Q3 2023', '2023-Q3'],
        ['third quarter of 2024', '2024-Q3'],
        ['4Q22', '2022-Q4'],
      ]);
      assert.deepEqual(dates("Readout in the 2nd quarter of 2025 or Q1 '26, a launch in early Q3 2027."), [
        ['2nd quarter of 2025', '2025-Q2'],
        ["Q1 '26", '2026-Q1'],
        ['early Q3 2027', '2027-Q3'],
      ]);
    });

    it('reads halves and seasons with a year', () => {
      assert.deepEqual(dates('Expected in the first half of 2020 or 2H 2021, launched in spring 2022, reviewed in the autumn of 2023.'), [
        ['first half of 2020', '2020-H1'],
        ['2H 2021', '2021-H2'],
        ['spring 2022', '2022-spring'],
        ['autumn of 2023', '2023-fall'],
      ]);
    });

    it('reads the last or final quarter or half of a year, and of this year', () => {
      assert.deepEqual(dates('Sales fell in the last quarter of 2007 and the final half of 2008.'), [
        ['last quarter of 2007', '2007-Q4'],
        ['final half of 2008', '2008-H2'],
      ]);
      assert.deepEqual(dates('It will be sold in the fourth quarter of this year, or the last quarter of next year.'), [
        ['fourth quarter of this year', 'relative:fourth-quarter-of-this-year'],
        ['last quarter of next year', 'relative:last-quarter-of-next-year'],
      ]);
    });

    it('does not read a bare quarter or season as a date', () => {
      none('Blood pressure can fall in winter; a quarter of patients and a third quarter of them.');
    });
  });

  describe('relative dates', () => {
    it('reads relative points with their words', () => {
      assert.deepEqual(dates('Yesterday the agency said it would decide next year, after a review last month.'), [
        ['Yesterday', 'relative:yesterday'],
        ['next year', 'relative:next-year'],
        ['last month', 'relative:last-month'],
      ]);
      assert.deepEqual(dates('Earlier this year the firm filed; a ruling is due later this year or early next year.'), [
        ['Earlier this year', 'relative:earlier-this-year'],
        ['later this year', 'relative:later-this-year'],
        ['early next year', 'relative:early-next-year'],
      ]);
      // A modifier of a relative period is part of its span, as "end of 2016" is.
      assert.deepEqual(dates('Data are due in the second half of this year, by the end of next year at the latest.'), [
        ['second half of this year', 'relative:second-half-of-this-year'],
        ['end of next year', 'relative:end-of-next-year'],
      ]);
      assert.deepEqual(dates('Shares fell this week and rose last week; a panel meets this month.'), [
        ['this week', 'relative:this-week'],
        ['last week', 'relative:last-week'],
        ['this month', 'relative:this-month'],
      ]);
      assert.deepEqual(dates('The firm said this morning it expects data this quarter, not tonight.'), [
        ['this morning', 'relative:this-morning'],
        ['this quarter', 'relative:this-quarter'],
        ['tonight', 'relative:tonight'],
      ]);
    });

    it('reads weekdays, and last/next with weekdays and months', () => {
      assert.deepEqual(dates('The company said on Friday that enrollment ended last December.'), [
        ['Friday', 'relative:friday'],
        ['last December', 'relative:last-december'],
      ]);
      assert.deepEqual(dates('The vote is next Tuesday.'), [['next Tuesday', 'relative:next-tuesday']]);
    });

    it('reads "today" only as the calendar day', () => {
      assert.deepEqual(dates('Acme Corp. today announced results.'), [['today', 'relative:today']]);
      assert.deepEqual(dates('The study was published today in a journal.'), [['today', 'relative:today']]);
      none('Patients alive today benefit from today’s treatments; today, care is better.');
      none('Many people today live longer; options available today are few; women today at risk.');
      none('Choices made today will shape their future.');
      assert.deepEqual(dates('The company today will present its results.'), [['today', 'relative:today']]);
    });

    it('reads "today" of press releases: briefings, presentations, findings at a meeting', () => {
      assert.deepEqual(dates('It will be discussed in a news briefing today.'), [['today', 'relative:today']]);
      assert.deepEqual(dates('The team reported its findings today at the Annual Congress.'), [['today', 'relative:today']]);
      assert.deepEqual(dates('The agency today permitted marketing of the device.'), [['today', 'relative:today']]);
      assert.deepEqual(dates('Results presented today at the meeting were positive.'), [['today', 'relative:today']]);
      assert.deepEqual(dates('The work appears in the journal Cell today.'), [['today', 'relative:today']]);
      assert.deepEqual(dates('The results, published in Neuron today, were clear.'), [['today', 'relative:today']]);
      assert.deepEqual(dates('Patients published in their blogs today and in Cell.'), []);
      assert.deepEqual(dates('They describe it today in the journal Neuron, says a report out today.'), [
        ['today', 'relative:today'],
        ['today', 'relative:today'],
      ]);
    });

    it('reads a month with "this", "last" or "next year" as one relative date', () => {
      assert.deepEqual(dates('Sales rose in March of this year, after January last year.'), [
        ['March of this year', 'relative:march-of-this-year'],
        ['January last year', 'relative:january-last-year'],
      ]);
    });

    it('reads relative and ordinal words in any case, and not words that only start like them', () => {
      assert.deepEqual(dates('THIS WEEK and EARLIER THIS YEAR, in the FIRST HALF OF 2020.'), [
        ['THIS WEEK', 'relative:this-week'],
        ['EARLIER THIS YEAR', 'relative:earlier-this-year'],
        ['FIRST HALF OF 2020', '2020-H1'],
      ]);
      none('Things found in autism: a lateral thinker, the earth, fourfold wins, the Spratly isles.');
    });

    it('finds dates at the right offsets after 2-, 3- and 4-byte characters and a lone surrogate', () => {
      const prose = 'Café “met” on May 5, 2021; 😀 in 2019 \ud800 and Q3 2020, l\u00e9ast 1999-2001.';
      assert.deepEqual(dates(prose), [
        ['May 5, 2021', '2021-05-05'],
        ['2019', '2019'],
        ['Q3 2020', '2020-Q3'],
        ['1999', '1999'],
        ['2001', '2001'],
      ]);
    });

    it('starts a date only at a word start, as "\\b" sees it (ASCII letters, digits and "_")', () => {
      assert.deepEqual(dates('today_ x_2019 éMay 2021 Q1x Q5x 2019'), [
        ['May 2021', '2021-05'],
        ['2019', '2019'],
      ]);
    });

    it('does not read durations or habits as points', () => {
      none('Over the last year and in the next month, their last week of life, six months later, two years ago.');
      none('The past year was hard; it shuts every Friday and on Good Friday; this may help.');
    });

    it('does not read a weekday in a name ("The Sunday Times") as a date, but does "the Friday before"', () => {
      assert.deepEqual(dates('It ran in The Sunday Times, and on Monday the firm replied on the Friday before the vote.'), [
        ['Monday', 'relative:monday'],
        ['Friday', 'relative:friday'],
      ]);
    });
  });
});
