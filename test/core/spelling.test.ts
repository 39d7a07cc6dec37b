import { strict as assert } from 'assert';
import { createSpellingIndex, editDistance } from '../../src/core/spelling';

describe('spelling index', () => {
  const index = createSpellingIndex(['riluzole', 'Rilutek', 'edaravone', 'pembrolizumab']);

  it('measures edits, counting an adjacent swap as one', () => {
    assert.equal(editDistance('riluzole', 'riluzole'), 0);
    assert.equal(editDistance('riluzol', 'riluzole'), 1);
    assert.equal(editDistance('rilzuole', 'riluzole'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('abc', 'xyzabc', 2), 3);
  });

  it('finds substitutions, insertions, deletions and swaps, nearest first, in the given spelling', () => {
    assert.deepEqual(index.suggest('rilutec'), [{ name: 'Rilutek', distance: 1 }]);
    assert.deepEqual(index.suggest('rilutkek'), [{ name: 'Rilutek', distance: 1 }]);
    assert.deepEqual(index.suggest('edaravonne', 1), [{ name: 'edaravone', distance: 1 }]);
    assert.deepEqual(index.suggest('pembrolizumb', 2), [{ name: 'pembrolizumab', distance: 1 }]);
    assert.deepEqual(index.suggest('edarvaone', 1), [{ name: 'edaravone', distance: 1 }]);
  });

  it('never suggests the word itself and respects the distance bound', () => {
    assert.deepEqual(index.suggest('riluzole'), []);
    assert.deepEqual(index.suggest('rilxxxle', 1), []);
    assert.ok(index.has('RILUTEK'));
  });

  it('finds near misses among a lexicon-sized list of names', () => {
    const names = Array.from({ length: 20000 }, (_, i) => `drug${i.toString(36)}zumab`);
    const big = createSpellingIndex(names);
    assert.deepEqual(big.suggest('drog1zumab', 1), [{ name: 'drug1zumab', distance: 1 }]);
  });
});
