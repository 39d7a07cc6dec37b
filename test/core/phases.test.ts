import { strict as assert } from 'assert';
import { scanPhases } from '../../src/core/kinds/phases';

/** [text, value] of every phase found. */
const phases = (s: string) => scanPhases(s).map((f) => [f.text, f.value]);

describe('scanPhases', () => {
  const table: [string, string, string][] = [
    ['a Phase 3 clinical trial', 'Phase 3', '3'],
    ['the phase III study', 'phase III', '3'],
    ['a Phase 1/2 clinical trial', 'Phase 1/2', '1/2'],
    ['in a Phase I/II trial', 'Phase I/II', '1/2'],
    ['a Phase 2b trial', 'Phase 2b', '2b'],
    ['Phase 1b/2a data', 'Phase 1b/2a', '1b/2a'],
    ['the Phase 2/3 study', 'Phase 2/3', '2/3'],
    ['a Phase 0 study', 'Phase 0', '0'],
    ['in Phase 4.', 'Phase 4', '4'],
    ['a phase-3 trial', 'phase-3', '3'],
    ['its Phase IIb study', 'Phase IIb', '2b'],
    ['its Phase IIB study', 'Phase IIB', '2b'],
    ['a Phase 1-2 trial', 'Phase 1-2', '1/2'],
    ['in Phases 2 and 3 trials', 'Phases 2 and 3', '2/3'],
    ['in phase 1 and 2 trials', 'phase 1 and 2', '1/2'],
    ['Phase III/IV', 'Phase III/IV', '3/4'],
    ['phases II and III', 'phases II and III', '2/3'],
    ['a Ph. 3 trial', 'Ph. 3', '3'],
    ['a phase three trial', 'phase three', '3'],
    ['a phase one clinical trial', 'phase one', '1'],
    ['a phase I trial', 'phase I', '1'],
    ['phase I is meant to show safety', 'phase I', '1'],
    ['data from Phase I.', 'Phase I', '1'],
    ['the Phase 2b/3 trial', 'Phase 2b/3', '2b/3'],
    ['the Phase 2 / 3 study', 'Phase 2 / 3', '2/3'],
    ['in phase\u00a02 trials', 'phase\u00a02', '2'],
    ['the European phase I, II and III trials', 'phase I, II and III', '1/2/3'],
    ['Phases 1, 2, and 3 trials', 'Phases 1, 2, and 3', '1/2/3'],
    ['in phase 2, 3 patients died', 'phase 2', '2'],
    ['the Phase 2 and 3-year data', 'Phase 2', '2'],
    ['a Phase 3-ready drug', 'Phase 3', '3'],
  ];
  for (const [s, text, value] of table) {
    it(`"${s}" -> ${value}`, () => {
      const found = scanPhases(s);
      assert.deepEqual(found.map((f) => [f.text, f.value]), [[text, value]]);
      assert.equal(found[0].start, s.indexOf(text));
      assert.equal(found[0].end, s.indexOf(text) + text.length);
      assert.equal(found[0].kind, 'phase');
    });
  }

  const none = [
    'a late-stage trial',
    'a pivotal study',
    'this phase of life',
    'the next phase',
    'Phase 1 of the 2014 campaign',
    'stage 3 cancer',
    'in this phase I noticed a change',
    'Ph3 trial',
    'Ph. 3 of the plan',
    'phase one of the project',
    'phase 1.5',
    'phase 12 results',
    'phase 5',
    'phase 3rd',
    'a phased rollout 3',
    'Ph.D. 2',
    'emphasis 3',
  ];
  for (const s of none) {
    it(`"${s}" is not a phase`, () => assert.deepEqual(phases(s), []));
  }

  it('appends to the array it is given', () => {
    const into = scanPhases('a Phase 3 trial');
    assert.equal(scanPhases('its Phase 2 data', into), into);
    assert.deepEqual(into.map((f) => [f.value, f.start]), [['3', 2], ['2', 4]]);
  });

  it('keeps separate phases apart when joined by prose', () => {
    assert.deepEqual(phases('Phase 2 and Phase 3 trials'), [['Phase 2', '2'], ['Phase 3', '3']]);
    assert.deepEqual(phases('a phase 3 - 12 patients'), [['phase 3', '3']]);
  });

  it('reads phases across a single line break', () => {
    assert.deepEqual(phases('a Phase\n3 trial'), [['Phase\n3', '3']]);
  });

  // Linear time is proven for the regexes by test/core/regex-safety.test.ts and measured on
  // adversarial input by `npm run bench`; here: such input gives sane results and never throws.
  it('handles adversarial input', function () {
    for (const unit of ['phase ', 'phase 1 and ', 'Phase 1/', 'phase I, ', 'Ph. ', 'phase-', 'phase\n']) {
      const big = unit.repeat(20000);
      const found = scanPhases(big);
      for (const f of found) assert.equal(big.slice(f.start, f.end), f.text);
      for (let k = 1; k < found.length; k++) assert.ok(found[k - 1].end <= found[k].start);
    }
  });
});
