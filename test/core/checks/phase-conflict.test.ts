import { strict as assert } from 'assert';
import { runChecks } from '../../../src/core/checks';
import { analysis, fact } from './helpers';

const conflicts = (text: string, facts: ReturnType<typeof fact>[]) =>
  runChecks(text, analysis(facts), { today: '2025-06-01' }).filter((f) => f.code === 'phase-conflict');

describe('phase-conflict', () => {
  it('reports one NCT ID given two phases, pointing at the other mention', () => {
    const text = 'The Phase 3 trial (NCT04745299) is open. Later, NCT04745299 was called a Phase 2 study.';
    const facts = [
      fact(text, 'phase', 'Phase 3', '3'),
      fact(text, 'nct', 'NCT04745299', 'NCT04745299'),
      fact(text, 'nct', 'NCT04745299', 'NCT04745299', {}, 1),
      fact(text, 'phase', 'Phase 2', '2'),
    ];
    const [f] = conflicts(text, facts);
    assert.equal(f.severity, 'warning');
    assert.equal(text.slice(f.start, f.end), 'Phase 2');
    assert.equal(f.related?.[0].start, text.indexOf('Phase 3'));
    assert.match(f.message, /NCT04745299 is called 'Phase 2' here but 'Phase 3' earlier/);
  });

  it('links a trial name to its NCT ID and reports the name given another phase', () => {
    const text = 'The Phase 3 ALSummit trial (NCT04745299) is recruiting.\n\nThe ALSummit trial, a Phase 2 study, runs in Korea.';
    const facts = [
      fact(text, 'phase', 'Phase 3', '3'),
      fact(text, 'nct', 'NCT04745299', 'NCT04745299'),
      fact(text, 'phase', 'Phase 2', '2'),
    ];
    assert.equal(conflicts(text, facts).length, 1);
  });

  it('accepts compatible phases and different trials', () => {
    const text = 'The Phase 2/3 HEALEY trial began. The HEALEY trial is a Phase 3 study. The Phase 2 CENTAUR trial ended.';
    const facts = [
      fact(text, 'phase', 'Phase 2/3', '2/3'),
      fact(text, 'phase', 'Phase 3', '3'),
      fact(text, 'phase', 'Phase 2', '2'),
    ];
    assert.deepEqual(conflicts(text, facts), []);
  });

  it('skips a sentence that names two phases or two trials', () => {
    const text = 'After the Phase 2 study, the Phase 3 PHOENIX trial began. The PHOENIX trial is Phase 3.';
    const facts = [fact(text, 'phase', 'Phase 2', '2'), fact(text, 'phase', 'Phase 3', '3'), fact(text, 'phase', 'Phase 3', '3', {}, 1)];
    assert.deepEqual(conflicts(text, facts), []);
  });
});
