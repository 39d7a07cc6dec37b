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
    assert.match(found[0].message, /has no year/);
  });

  it('offers the year of an earlier date in the same paragraph as the fix', () => {
    const text = 'The trial opened in January 2021. Results came on March 31 and were positive.';
    const facts = [fact(text, 'date', 'January 2021', '2021-01'), fact(text, 'date', 'March 31', '--03-31')];
    const [f] = ambiguous(text, facts);
    assert.ok(f.fix);
    assert.equal(apply(text, f.fix), 'The trial opened in January 2021. Results came on March 31, 2021 and were positive.');
  });

  it('gives no fix when the paragraph holds two different years', () => {
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
