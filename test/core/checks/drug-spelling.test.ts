import { strict as assert } from 'assert';
import { runChecks } from '../../../src/core/checks';
import { analysis, apply, fact } from './helpers';

const spelling = (text: string, facts: ReturnType<typeof fact>[] = [], allowedWords?: string[]) =>
  runChecks(text, analysis(facts), { today: '2025-06-01', config: { allowedWords } }).filter((f) => f.code === 'drug-spelling');

describe('drug-spelling', () => {
  it('suggests the drug name for a one-letter slip and fixes it', () => {
    const text = 'Patients received riluzol twice a day.';
    const [f] = spelling(text);
    assert.equal(f.severity, 'warning');
    assert.equal(text.slice(f.start, f.end), 'riluzol');
    assert.ok(f.fix);
    assert.equal(apply(text, f.fix), 'Patients received riluzole twice a day.');
    assert.equal(spelling(apply(text, f.fix)).length, 0);
  });

  it('finds two-letter slips in long names, and swapped letters', () => {
    const text = 'They compared pembrolizumb with semaglutdie.';
    const fixes = spelling(text).map((f) => f.fix?.text);
    assert.deepEqual(fixes, ['pembrolizumab', 'semaglutide']);
  });

  it('checks a capitalised word the scanner took for a drug by context', () => {
    const text = 'The drug Rilutec is approved.';
    const found = spelling(text, [fact(text, 'drug', 'Rilutec', 'rilutec')]);
    assert.deepEqual(found.map((f) => f.fix?.text), ['Rilutek']);
  });

  it('never reports English words, known names, capitalised names or allowed words', () => {
    const text = 'The trial was across several sites; Rilutek and riluzole work. Dr. Riluzon spoke. Later, riluzol was given.';
    assert.deepEqual(spelling(text, [], ['riluzol']), []);
    assert.deepEqual(spelling('The ability to respond abstract acetone accord improved.'), []);
  });
});

describe('drug-spelling and people', () => {
  it('does not take a person the scanner mistook for a drug as a misspelled brand', () => {
    const text = "Sharon Belvin took the drug. Belvin remembers it. The Rilutec approval came.";
    const facts = [fact(text, 'drug', 'Belvin', 'belvin', {}, 1), fact(text, 'drug', 'Rilutec', 'rilutec')];
    assert.deepEqual(spelling(text, facts).map((f) => text.slice(f.start, f.end)), ['Rilutec']);
  });
});
