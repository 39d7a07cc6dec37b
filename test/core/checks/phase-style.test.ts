import { strict as assert } from 'assert';
import { runChecks } from '../../../src/core/checks';
import { restyle } from '../../../src/core/checks/phase-style';
import { analysis, apply, fact } from './helpers';

describe('phase-style', () => {
  const text = 'A phase III study followed the Phase 1b/2a trial and a Phase 0 pilot.';
  const facts = [fact(text, 'phase', 'phase III', '3'), fact(text, 'phase', 'Phase 1b/2a', '1b/2a'), fact(text, 'phase', 'Phase 0', '0')];
  const styled = (phaseStyle?: 'arabic' | 'roman' | 'off') =>
    runChecks(text, analysis(facts), { today: '2025-06-01', config: { phaseStyle } }).filter((f) => f.code === 'phase-style');

  it('is off unless a style is chosen', () => {
    assert.deepEqual(styled(), []);
    assert.deepEqual(styled('off'), []);
  });

  it('arabic: rewrites Roman numerals only', () => {
    const found = styled('arabic');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
    assert.ok(found[0].fix);
    assert.equal(apply(text, found[0].fix), 'A phase 3 study followed the Phase 1b/2a trial and a Phase 0 pilot.');
  });

  it('roman: rewrites Arabic numerals, keeps sub-letters, leaves Phase 0 alone', () => {
    const found = styled('roman');
    assert.deepEqual(found.map((f) => f.fix?.text), ['Phase Ib/IIa']);
  });

  it('restyles each written form', () => {
    assert.equal(restyle('Phase IIb', 'arabic'), 'Phase 2b');
    assert.equal(restyle('Phases II and III', 'arabic'), 'Phases 2 and 3');
    assert.equal(restyle('phase-4', 'roman'), 'phase-IV');
    assert.equal(restyle('Phase 0', 'roman'), null);
  });
});
