import { strict as assert } from 'assert';
import { runChecks } from '../../../src/core/checks';
import { analysis, fact } from './helpers';

const stale = (text: string, facts: ReturnType<typeof fact>[], opts: Parameters<typeof runChecks>[2] = {}, docDate?: string) =>
  runChecks(text, analysis(facts, docDate ? { value: docDate, source: 'dateline' } : null), opts).filter((f) => f.code === 'date-stale');

describe('date-stale', () => {
  it('reports "as of" a date older than 12 months before the article date, with the gap in words', () => {
    const text = 'As of March 2021, the trial is recruiting adults in Korea.';
    const found = stale(text, [fact(text, 'date', 'March 2021', '2021-03')], {}, '2025-11-20');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.equal(text.slice(found[0].start, found[0].end), 'March 2021');
    assert.match(found[0].message, /'is recruiting' refers to March 2021, 4 years 8 months before this article's date \(Nov 2025\)/);
  });

  it('ties "is recruiting" to a date in the same clause', () => {
    const text = 'The study is recruiting in June 2020 at five sites.';
    const found = stale(text, [fact(text, 'date', 'June 2020', '2020-06')], { today: '2022-01-10' });
    assert.equal(found.length, 1);
    assert.match(found[0].message, /'is recruiting' refers to June 2020, 1 year 7 months before today \(Jan 2022\)/);
    assert.equal(found[0].related?.[0].start, text.indexOf('is recruiting'));
  });

  it('stays quiet within the configured age, and honours staleMonths', () => {
    const text = 'As of March 2021, the trial is recruiting.';
    const facts = [fact(text, 'date', 'March 2021', '2021-03')];
    assert.equal(stale(text, facts, { today: '2021-12-01' }).length, 0);
    assert.equal(stale(text, facts, { today: '2021-12-01', config: { staleMonths: 6 } }).length, 1);
  });

  it('does not tie a past event to a present claim in another clause', () => {
    const text = 'Approved in 2015, the drug is now used widely. Since 2018 the trial is ongoing.';
    const facts = [fact(text, 'date', '2015', '2015'), fact(text, 'date', '2018', '2018')];
    assert.deepEqual(stale(text, facts, { today: '2025-01-01' }), []);
  });

  it('uses the reference date from the configuration when there is no other', () => {
    const text = 'Enrollment is ongoing as of May 2019.';
    const facts = [fact(text, 'date', 'May 2019', '2019-05')];
    const found = stale(text, facts, { config: { referenceDate: '2020-12-01' } });
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^'ongoing' refers to May 2019/);
    assert.match(found[0].message, /the reference date \(Dec 2020\)/);
  });

  it('names "as of" when the sentence states no other claim', () => {
    const text = 'Sales reached $2 billion as of June 2019.';
    const found = stale(text, [fact(text, 'date', 'June 2019', '2019-06')], { today: '2021-01-01' });
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^'as of' refers to June 2019/);
  });

  it('can be turned off', () => {
    const text = 'As of March 2021, the trial is recruiting.';
    const facts = [fact(text, 'date', 'March 2021', '2021-03')];
    assert.equal(stale(text, facts, { today: '2025-01-01', config: { checks: { 'date-stale': false } } }).length, 0);
  });
});

describe('date-stale reference', () => {
  it('names a date given for the article (CLI --date) as the given date', () => {
    const text = 'As of March 2021, the trial is recruiting.';
    const a = analysis([fact(text, 'date', 'March 2021', '2021-03')], { value: '2023-01-15', source: 'option' });
    const [f] = runChecks(text, a, { today: '2030-01-01' }).filter((x) => x.code === 'date-stale');
    assert.match(f.message, /1 year 10 months before the given date \(Jan 2023\)/);
  });
});
