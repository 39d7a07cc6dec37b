import { strict as assert } from 'assert';
import { runChecks } from '../../../src/core/checks';
import { analysis, apply, fact } from './helpers';

const ambiguous = (text: string, facts: ReturnType<typeof fact>[], docDate: string | null = null) =>
  runChecks(text, analysis(facts, docDate ? { value: docDate, source: 'dateline' } : null), { today: '2025-06-01' }).filter(
    (f) => f.code === 'date-ambiguous',
  );

describe('date-ambiguous', () => {
  it('reports a month and day with no year anywhere, without a fix', () => {
    const text = 'The results will be presented on March 31 in Boston.';
    const found = ambiguous(text, [fact(text, 'date', 'March 31', '--03-31')]);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
    assert.equal(found[0].fix, undefined);
    assert.match(found[0].message, /^'March 31' has no year, and the article states no date/);
  });

  it('reports every year-less date of an undated article once, listing the others', () => {
    const text = 'In June the trial opened.\n\nBy August 12 it was full; results come in December.';
    const facts = [fact(text, 'date', 'June', '--06'), fact(text, 'date', 'August 12', '--08-12'), fact(text, 'date', 'December', '--12')];
    const found = ambiguous(text, facts);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), 'June');
    assert.match(found[0].message, /nor do 2 other dates/);
    assert.deepEqual(found[0].related?.map((r) => text.slice(r.start, r.end)), ['August 12', 'December']);
  });

  it('does not report a month-day whose year is written just before it (reference lists)', () => {
    const text = 'N Engl J Med. 2014 Jan 16;370(3):211-21.';
    assert.deepEqual(ambiguous(text, [fact(text, 'date', 'Jan 16', '--01-16')]), []);
  });

  it('offers the year stated earlier in the same sentence as the fix', () => {
    const text = 'The trial opened in January 2021, and results came on March 31 with good news.';
    const facts = [fact(text, 'date', 'January 2021', '2021-01'), fact(text, 'date', 'March 31', '--03-31')];
    const [f] = ambiguous(text, facts);
    assert.ok(f.fix);
    assert.equal(apply(text, f.fix), 'The trial opened in January 2021, and results came on March 31, 2021 with good news.');
  });

  it('takes no year from another sentence, from a year used as an adjective, or for "of last year"', () => {
    for (const [text, year, day] of [
      ['The trial opened in 2021. Results came on March 31.', '2021', 'March 31'],
      ['His 2018 budget proposal was announced in March.', '2018', 'March'],
      ['In 2009 the test was introduced in May of last year.', '2009', 'May'],
    ]) {
      const facts = [fact(text, 'date', year, year), fact(text, 'date', day, day.includes(' ') ? '--03-31' : '--05')];
      const [f] = ambiguous(text, facts);
      assert.equal(f.fix, undefined, text);
    }
  });

  it('gives no fix when the sentence holds two different years', () => {
    const text = 'From 2019 to 2020 it grew; in December it paused.';
    const facts = [fact(text, 'date', '2019', '2019'), fact(text, 'date', '2020', '2020'), fact(text, 'date', 'December', '--12')];
    const [f] = ambiguous(text, facts);
    assert.equal(f.fix, undefined);
  });

  it('is quiet when the article has its own date or the year was resolved', () => {
    const text = 'Results came on March 31.';
    assert.equal(ambiguous(text, [fact(text, 'date', 'March 31', '--03-31')], '2021-04-02').length, 0);
    assert.equal(ambiguous(text, [fact(text, 'date', 'March 31', '--03-31', { resolved: '2021-03-31' })]).length, 0);
    assert.equal(ambiguous(text, [fact(text, 'date', 'March 31', '2021-03-31')]).length, 0);
  });
});

describe('date-ambiguous next to a written year', () => {
  it('is quiet when the year is written just after the date in the same sentence', () => {
    for (const [text, day] of [
      ['The meeting is in Los Angeles, April 21 to 27, 2018.', 'April 21'],
      ['Embargoed for August 4 @ 5:00 PM EST, 2015 - Sleeping well.', 'August 4'],
      ['Smith, G. (2016: March 24, online). Bowel syndrome.', 'March 24'],
    ]) {
      const found = runChecks(text, analysis([fact(text, 'date', day, '--04-21')]), { today: '2025-06-01' });
      assert.deepEqual(found.filter((f) => f.code === 'date-ambiguous'), [], text);
    }
  });
});
