import { strict as assert } from 'assert';
import { runChecks } from '../../../src/core/checks';
import { analysis, apply } from './helpers';

const malformed = (text: string) => runChecks(text, analysis([]), { today: '2025-06-01' }).filter((f) => f.code === 'nct-malformed');

describe('nct-malformed', () => {
  it('fixes a stray separator inside an otherwise valid ID', () => {
    const text = 'The trial (NCT 04745299) is enrolling.';
    const [f] = malformed(text);
    assert.equal(f.severity, 'error');
    assert.equal(text.slice(f.start, f.end), 'NCT 04745299');
    assert.ok(f.fix);
    assert.equal(apply(text, f.fix), 'The trial (NCT04745299) is enrolling.');
    assert.equal(malformed(apply(text, f.fix)).length, 0);
  });

  it('reports a wrong digit count without guessing a fix', () => {
    const text = 'See NCT0474529 for details.';
    const [f] = malformed(text);
    assert.equal(f.fix, undefined);
    assert.match(f.message, /exactly 8 digits \(this one has 7\)/);
  });

  it('is quiet on valid IDs', () => {
    assert.deepEqual(malformed('Registered as NCT04745299 and nct01234567.'), []);
  });
});
